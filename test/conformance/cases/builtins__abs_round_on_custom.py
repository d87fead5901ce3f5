class Money:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Money(abs(self.v))
    def __round__(self, n=0):
        return Money(round(self.v, n))
    def __repr__(self):
        return f'Money({self.v})'
print(abs(Money(-5)), round(Money(2.567), 2), round(Money(2.5)))
class NoRound:
    pass
round(NoRound())
