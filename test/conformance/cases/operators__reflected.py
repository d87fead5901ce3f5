class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Num({self.v})'
    def __radd__(self, o): return Num(o + self.v)
    def __rsub__(self, o): return Num(o - self.v)
    def __rmul__(self, o): return Num(o * self.v)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __rfloordiv__(self, o): return Num(o // self.v)
    def __rmod__(self, o): return Num(o % self.v)
    def __rpow__(self, o): return Num(o ** self.v)
    def __rmatmul__(self, o): return 'rmatmul'
    def __rlshift__(self, o): return Num(o << self.v)
    def __rrshift__(self, o): return Num(o >> self.v)
    def __rand__(self, o): return Num(o & self.v)
    def __ror__(self, o): return Num(o | self.v)
    def __rxor__(self, o): return Num(o ^ self.v)
    def __rdivmod__(self, o): return ('rdivmod', o)
n = Num(3)
print(10 + n, 10 - n, 10 * n, 9 / n, 10 // n, 10 % n, 2 ** n, [1] @ n)
print(1 << n, 16 >> n, 7 & n, 4 | n, 5 ^ n, divmod(10, n))
print(sum([n, n], 0) if False else 0 + n)
