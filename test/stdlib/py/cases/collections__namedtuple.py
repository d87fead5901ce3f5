from collections import namedtuple


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), p == (1, 2), p._asdict(), p._replace(x=10))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.x.__doc__)
print(Point._make([7, 8]), isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x + y, sum(p), max(p), p + (3,), p * 2, sorted([Point(2, 1), Point(1, 3)]))
print(Point.__new__.__qualname__, Point._make.__qualname__, type(p).__mro__)
show(lambda: setattr(p, 'x', 3))
show(lambda: Point(1))
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, 2, z=3))
show(lambda: Point(1, x=2))
show(lambda: Point._make([1]))
show(lambda: p._replace(z=1))
show(lambda: p.z)
show(lambda: namedtuple('Bad', 'x x'))
show(lambda: namedtuple('Bad', 'x _y'))
show(lambda: namedtuple('Bad', 'x class'))
show(lambda: namedtuple('1Bad', 'x'))
show(lambda: namedtuple('Bad', 'x y', defaults=(1, 2, 3)))
R = namedtuple('R', ['a', 'b', 'c'], defaults=[2, 3])
print(R(1), R(1, 5), R._field_defaults, R(c=0, a=9))
show(lambda: R())
show(lambda: R(1, 2, 3, 4))
W = namedtuple('W', 'abc, def, ghi, _jkl, abc', rename=True)
print(W._fields)
E = namedtuple('E', '')
print(E(), E._fields)
show(lambda: E(1))
Three = namedtuple('Three', 'a b c')
show(lambda: Three())
show(lambda: Three(1))


class Pair(namedtuple('Pair', 'left right')):
    __slots__ = ()

    @property
    def total(self):
        return self.left + self.right

    def __str__(self):
        return f'<{self.left}|{self.right}>'


q = Pair(3, 4)
print(q, repr(q), q.total, Pair._fields)
print(type(p).__module__, Point.__module__)
import copy
print(copy.copy(p), copy.deepcopy(Point([1], [2])))
M = namedtuple('M', 'x y', module='mymod')
print(M.__module__)
match p:
    case Point(a, b):
        print('matched', a, b)
print(namedtuple('V', ['v'])(v=1))
