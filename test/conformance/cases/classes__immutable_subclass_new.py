class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('hello')
print(u, type(u).__name__, isinstance(u, str), u + '!', len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3) + 1).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p))
