import functools
from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f'V{self.major}.{self.minor}'


a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b), Version.__gt__.__name__)
show(lambda: a < 1)
show(lambda: a >= 1)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(1) <= Rev(1), Rev(3) > Rev(2))


@total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        return self.v <= other.v


print(G(1) < G(2), G(2) >= G(2), G(3) >= G(4))
show(lambda: total_ordering(type('X', (), {})))


def compare(x, y):
    return (x > y) - (x < y)


def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return compare(b, a)


print(sorted(['ccc', 'a', 'bb', 'b', 'aa'], key=cmp_to_key(by_len_then_rev)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)), max([1, 5, 3], key=cmp_to_key(compare)))
nums = [3, 30, 34, 5, 9]
print(''.join(sorted(map(str, nums), key=cmp_to_key(lambda x, y: compare(y + x, x + y)))))
K = cmp_to_key(compare)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
show(lambda: hash(K(1)))


@singledispatch
def describe(x):
    return f'object {x!r}'


@describe.register
def _(x: int):
    return f'int {x}'


@describe.register(list)
def _(x):
    return f'list of {len(x)}'


@describe.register
def _(x: str | bytes):
    return f'text {x!r}'


def describe_float(x):
    return f'float {x}'


describe.register(float, describe_float)
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(b'b'), describe(2.5), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(dict).__name__, describe.__name__)
from collections.abc import Mapping


@describe.register
def _(x: Mapping):
    return f'mapping with {len(x)}'


print(describe({'a': 1}))
show(lambda: describe())
show(lambda: describe.register(3))


def bad(x: 3):
    pass


show(lambda: describe.register(bad))


class Shapes:
    @singledispatchmethod
    def area(self, arg):
        return 'unknown'

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register
    def _(self, arg: tuple):
        return arg[0] * arg[1]


print(Shapes().area(3), Shapes().area((2, 5)), Shapes().area('x'))
