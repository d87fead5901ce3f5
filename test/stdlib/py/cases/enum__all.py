import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import re
def s(f):
    try: text = repr(f())
    except Exception as e: text = f'{type(e).__name__} {e}'
    print(re.sub('0x[0-9a-f]+', '0x?', text))
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
s(lambda: Color.RED)
s(lambda: str(Color.RED))
s(lambda: format(Color.RED))
s(lambda: f'{Color.RED}')
s(lambda: Color(1))
s(lambda: Color(5))
s(lambda: Color['GREEN'])
s(lambda: Color['X'])
s(lambda: list(Color))
s(lambda: Color.CRIMSON)
s(lambda: Color.__members__)
s(lambda: len(Color))
s(lambda: Color.RED.name, )
s(lambda: (Color.RED.name, Color.RED.value))
s(lambda: Color.RED == 1)
s(lambda: Color.RED is Color(1))
s(lambda: Color.RED in Color)
s(lambda: 1 in Color)
s(lambda: hash(Color.RED) == hash('RED'))
s(lambda: Color.RED < Color.GREEN)
s(lambda: setattr(Color, 'RED', 3))
s(lambda: setattr(Color.RED, 'value', 3))
s(lambda: Color)
s(lambda: type(Color))
s(lambda: Color.__class__.__name__)
s(lambda: sorted(Color, key=lambda c: c.value))
s(lambda: {Color.RED: 1})
s(lambda: Color.RED.__class__)
s(lambda: isinstance(Color.RED, Color))
s(lambda: Color(Color.RED))
s(lambda: list(reversed(Color)))
s(lambda: dir(Color.RED))
s(lambda: Color.RED._name_)
class Num(IntEnum):
    ONE = 1
    TWO = 2
s(lambda: Num.ONE)
s(lambda: str(Num.ONE))
s(lambda: f'{Num.ONE}')
s(lambda: Num.ONE + 1)
s(lambda: Num.ONE == 1)
s(lambda: Num(2))
s(lambda: Num.TWO > Num.ONE)
s(lambda: [1, 2, 3][Num.ONE])
class S(StrEnum):
    A = auto()
    B = 'bee'
s(lambda: S.A)
s(lambda: str(S.A))
s(lambda: S.A == 'a')
s(lambda: S.B.upper())
s(lambda: f'{S.B}')
class Perm(Flag):
    R = 4
    W = 2
    X = 1
s(lambda: Perm.R | Perm.W)
s(lambda: str(Perm.R | Perm.W))
s(lambda: Perm(7))
s(lambda: Perm(0))
s(lambda: Perm.R in (Perm.R | Perm.W))
s(lambda: list(Perm.R | Perm.X))
s(lambda: ~Perm.R)
s(lambda: bool(Perm(0)))
s(lambda: Perm(8))
s(lambda: (Perm.R | Perm.W).name)
s(lambda: Perm.R & Perm.W)
s(lambda: Perm.R ^ Perm.R)
class IP(IntFlag):
    A = 1
    B = 2
s(lambda: IP.A | IP.B)
s(lambda: IP.A | 4)
s(lambda: IP(8))
s(lambda: str(IP.A | IP.B))
s(lambda: IP.A + 1)
class A(Enum):
    X = auto()
    Y = auto()
s(lambda: list(A))
s(lambda: A.X.value)
def bad():
    @unique
    class U(Enum):
        A = 1
        B = 1
s(bad)
def bad2():
    class E(Enum):
        A = 1
        A = 2
s(bad2)
def bad3():
    class E(Enum):
        A = 1
    class F(E):
        B = 2
s(bad3)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return self.mass / (self.radius ** 2)
s(lambda: Planet.EARTH)
s(lambda: Planet.EARTH.mass)
s(lambda: Planet((3.303e+23, 2.4397e6)))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
s(lambda: M(99))
class Shape(Enum):
    SQUARE = 2
    def describe(self): return f'{self.name} has {self.value}'
    @staticmethod
    def default(): return Shape.SQUARE
s(lambda: Shape.SQUARE.describe())
s(lambda: Shape.default())
F2 = Enum('F2', 'A B C')
s(lambda: list(F2))
s(lambda: Enum('F3', [('X', 10), ('Y', 20)]).Y)
s(lambda: Enum('F4', {'P': 'p'}).P)
s(lambda: IntEnum('I', 'A B').B)
s(lambda: Color.RED.__reduce_ex__(2))
import copy
s(lambda: copy.deepcopy(Color.RED) is Color.RED)
s(lambda: Color._member_map_)
s(lambda: Color._value2member_map_)
s(lambda: Color._member_names_)
class WithIgnore(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
s(lambda: list(WithIgnore))
class Mixed(str, Enum):
    A = 'a'
s(lambda: Mixed.A)
s(lambda: str(Mixed.A))
s(lambda: f'{Mixed.A}')
s(lambda: Mixed.A == 'a')
s(lambda: Color.RED.__doc__)
s(lambda: Color.__doc__)
class Ordered(Enum):
    def __lt__(self, other): return self.value < other.value
    A = 1
    B = 2
s(lambda: Ordered.A < Ordered.B)
s(lambda: enum.EnumMeta is enum.EnumType)
s(lambda: Color.__name__)
s(lambda: Color.RED.__hash__() == hash(Color.RED))
s(lambda: Perm.__members__)
s(lambda: Perm.R.value)
class Empty(Enum): pass
s(lambda: list(Empty))
class Sub(Empty):
    Z = 1
s(lambda: Sub.Z)
s(lambda: Color.RED.value.__class__)
s(lambda: [m.name for m in Color])
s(lambda: Color.__members__.items())
s(lambda: enum.unique(Num))
s(lambda: Num.__members__)
s(lambda: Num.ONE.real)
s(lambda: int(Num.TWO))
s(lambda: IntEnum('X', 'A B').A.value)
s(lambda: Num('1'))
s(lambda: Color.RED.__eq__(1))
s(lambda: isinstance(Num.ONE, int))
class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
s(lambda: list(Bits))
s(lambda: [Bits.A.value, Bits.B.value, Bits.C.value, Bits.AB])
s(lambda: Bits.AB in Bits.__members__.values())
s(lambda: Bits(3))
s(lambda: len(Bits.A | Bits.C))
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    def __str__(self):
        return self.value
s(lambda: str(Status.ACTIVE))
s(lambda: f'{Status.ACTIVE}')
s(lambda: Status('inactive'))
def check(st):
    match st:
        case Status.ACTIVE:
            return 'on'
        case Status.INACTIVE:
            return 'off'
s(lambda: [check(x) for x in Status])
s(lambda: dir(Shape.SQUARE))
class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
s(lambda: (Weekday.MON, Weekday.TUE, sorted([Weekday.TUE, Weekday.MON]), Weekday.MON < 2))
s(lambda: max(Weekday))
s(lambda: {s: s.value for s in Status})
class Labeled(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = (1, 'low')
    HIGH = (2, 'high')
s(lambda: (Labeled.LOW, Labeled.LOW.label, Labeled(2)))
class Cfg(StrEnum):
    DEBUG = auto()
s(lambda: (Cfg.DEBUG, Cfg('debug'), Cfg.DEBUG + '!'))
def bad_str():
    class X(StrEnum):
        A = 1
s(bad_str)
s(lambda: FlagBoundary.KEEP)
s(lambda: enum.Enum.__members__)
