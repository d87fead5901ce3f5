class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, *args, **kwargs):
        return [a * self.k for a in args], kwargs
m = Multiplier(3)
print(m(1, 2, flag=True))
class NoCall:
    pass
print(callable(m), callable(NoCall()))
NoCall()()
