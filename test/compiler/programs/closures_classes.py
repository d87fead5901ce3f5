"""Closures, classes, decorators and name resolution."""
import functools
from collections import defaultdict as dd, OrderedDict

counter = 0


def make_counter(start=0, *, step=1):
    count = start

    def increment(by=None):
        nonlocal count
        count += step if by is None else by
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append((tag, cls.__name__))

    def describe(self):
        return f"{type(self).__name__}({self.__dict__!r})"


class Point(Base, tag="point"):
    __slots__ = ("x", "y")
    __secret = 42

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return (self.x**2 + self.y**2) ** 0.5

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def parse(text: str) -> "Point":
        x, _, y = text.partition(",")
        return Point(int(x), int(y))

    def secret(self):
        return self.__secret + __class__.__secret

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def outer():
    value = "outer"

    class Inner:
        value = "class"

        def get(self):
            return value

        def get_class_value(self):
            return self.value

    return Inner


def shadow(x):
    global counter
    counter += 1
    lambdas = [lambda y, x=x: x + y for x in range(3)]
    return [f(10) for f in lambdas], (lambda: x)()


def star_args(first, *rest, sep=", ", **options):
    head, *middle, tail = (first, *rest, "end")
    merged = {**options, "sep": sep}
    return sep.join(map(str, [head, *middle, tail])), merged


print(make_counter(5, step=2)[0](), fib(20), Point.parse("3,4").norm, outer()().get())
print(shadow(1), star_args(1, 2, 3, sep="-", flag=True), Base.registry)
