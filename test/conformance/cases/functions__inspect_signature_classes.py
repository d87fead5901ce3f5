import collections
import dataclasses
import inspect

class Plain:
    pass

class WithNew:
    def __new__(cls, a, b=1):
        return super().__new__(cls)

class WithInit:
    def __init__(self, name, *tags, verbose=False):
        pass

class Child(WithInit):
    pass

@dataclasses.dataclass
class Record:
    x: int
    y: str = 'a'
    z: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, init=False)
    w: int = dataclasses.field(default=0, kw_only=True)

@dataclasses.dataclass
class Custom:
    v: int
    def __init__(self, v, extra):
        self.v = v

Point = collections.namedtuple('Point', 'x y', defaults=[5])

class Callable:
    def __call__(self, q, *, r=2):
        pass

class Meta(type):
    def __call__(cls, special):
        return super().__call__()

class Made(metaclass=Meta):
    pass

for obj in [Plain, WithNew, WithInit, Child, Record, Custom, Point, Callable(), Made, object]:
    print(getattr(obj, '__name__', type(obj).__name__), inspect.signature(obj))
for obj in [int, dict]:
    try:
        inspect.signature(obj)
    except ValueError as e:
        print('ValueError', e)
print(inspect.signature(Record).bind(1, 'b', w=3))
print(inspect.signature(Point).parameters['y'].default)
print(inspect.getfullargspec(WithInit.__init__))
