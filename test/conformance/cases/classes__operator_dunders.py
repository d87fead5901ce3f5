class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
v = Vec(1, 2)
print(v, repr(v), str(v), v + v, v - v, v * 3, 3 * v, -v, v == Vec(1, 2), v != Vec(0, 0))
print(sorted([Vec(2, 0), Vec(1, 5)]), bool(Vec(0, 0)), list(v), v[1], len(v), 2 in v, {v: 1}[Vec(1, 2)])
x, y = v; print(x, y, f"{v}", "%s" % v, max(Vec(1, 1), Vec(1, 2)))
class NoEq:
    pass
a = NoEq(); print(a == a, a == NoEq(), a != NoEq())
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(Cmp(2) > Cmp(1), Cmp(1) < Cmp(2))
print(Vec(1, 2) < 5)
