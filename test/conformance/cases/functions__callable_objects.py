class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, v, *, twice=False):
        return v + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(3))
print(list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print(e)
