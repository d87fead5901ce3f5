# Tuple and list comparisons: every operator over primitive, mixed, nested and user-defined items.
import itertools
nan = float('nan')
class Loud:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, Loud) and self.v == other.v
    def __lt__(self, other):
        print('lt', self.v, getattr(other, 'v', other))
        return self.v < other.v
    __hash__ = None
values = [(), (1,), (1, 2), (1, 'a'), ('a', 1), (1, 2.0), (True, 2), (1, 2, 3), (nan,), (1, (2, 3)),
          (1, (2, 'x')), ('b',), ('ab',), ('a', 'b'), (2,), (1.5,), (10**20,), (1, None)]
ops = ['<', '<=', '==', '!=', '>', '>=']
for a, b in itertools.product(values, repeat=2):
    row = []
    for op in ops:
        try:
            row.append(str(eval('a %s b' % op)))
        except TypeError as e:
            row.append('TypeError: %s' % e)
    print(a, b, ' '.join(row))
    la, lb = list(a), list(b)
    print(' list', ' '.join(str(eval('la %s lb' % op)) if not any(isinstance(x, str) for x in la) else '-' for op in ops[2:4]))
one, two = Loud(1), Loud(2)
print((1, one) < (1, two), (one, 1) == (one, 2), (one,) < (Loud(1), 0), [1, one] < [1, two])
x = (nan, 1)
print(x == x, x < x, [x] == [x], (nan,) == (nan,), (1, nan) < (1, nan))
deep = ()
for _ in range(50): deep = (deep,)
print(deep == deep, deep < (deep,))
