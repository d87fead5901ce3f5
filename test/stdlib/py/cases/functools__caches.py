import functools
from functools import lru_cache, cache, cached_property


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())


@lru_cache
def square(x):
    """Square it."""
    return x * x


print(square(3), square(3), square(4), square.cache_info(), square.__doc__, square.cache_parameters())


@lru_cache(maxsize=2)
def ident(x):
    print('computing', x)
    return x


for v in [1, 2, 1, 3, 2, 1, 1]:
    ident(v)
print(ident.cache_info())


@lru_cache(maxsize=3, typed=True)
def typed_fn(x):
    return type(x).__name__


print(typed_fn(1), typed_fn(1.0), typed_fn(True), typed_fn.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths.cache_info())


@lru_cache(None)
def kw(a, b=2):
    return a + b


print(kw(1), kw(1), kw(a=1), kw(1, b=2), kw(1, 2), kw.cache_info())
show(lambda: kw([1]))
show(lambda: lru_cache(maxsize='a'))
show(lambda: lru_cache(maxsize=-3)(pow).cache_info())


class Solver:
    def __init__(self, base):
        self.base = base

    @lru_cache(maxsize=None)
    def power(self, n):
        return self.base ** n

    @cached_property
    def expensive(self):
        print('computing expensive')
        return self.base * 100


s = Solver(3)
print(s.power(4), s.power(4), Solver.power.cache_info())
print(s.expensive, s.expensive, s.__dict__)
del s.expensive
print(s.expensive)
print(type(Solver.expensive).__name__)
show(lambda: functools.cached_property(len).__get__(Solver(1)))


class S:
    __slots__ = ()

    @cached_property
    def x(self):
        return 1


show(lambda: S().x)


def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner


@deco
def documented(x: int) -> int:
    """The doc."""
    return x


print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(5))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def plain():
    pass


def wrapper():
    pass


wrapper.extra = 1
plain.attr = 'x'
functools.update_wrapper(wrapper, plain)
print(wrapper.__name__, wrapper.attr, wrapper.extra, wrapper.__wrapped__ is plain)
