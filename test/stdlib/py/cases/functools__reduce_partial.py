import functools
from functools import reduce, partial, partialmethod
import operator


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]), reduce(operator.add, ['a'], 'z'))
print(reduce(lambda a, b: a + b, 'abc'), reduce(operator.or_, [{1}, {2}, {1, 3}]))
show(lambda: reduce(pow, []))
show(lambda: reduce(pow, 1))
show(lambda: reduce(pow))
show(lambda: reduce(1, [1, 2]))
p = partial(pow, 2)
print(p(10), p, p.func, p.args, p.keywords)
print(partial(partial(pow, 2), 3), partial(pow, 2, mod=3), partial(pow, 2, mod=3)(5))
b = partial(int, base=2)
print(b('101'), b('11', base=10), b)


def f(a, b, c=0, *, d=1):
    return (a, b, c, d)


g = partial(f, 1, d=5)
print(g(2), g(2, 3), g(2, d=9), partial(g, 7)(), g.func is f)


class P(partial):
    pass


print(P(pow, 2), P(pow, 2)(3), partial(P(pow, 2), 3).args)
show(lambda: partial(1))
show(lambda: partial())
show(lambda: setattr(partial(pow), 'func', 1))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)), list(map(partial(operator.mul, 3), [1, 2])))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
pk = partial(print, sep='-')
pk(1, 2, 3)
print(callable(p), p.__dict__ if hasattr(p, '__dict__') else None)
