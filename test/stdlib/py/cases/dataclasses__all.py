from dataclasses import *
import dataclasses
from typing import ClassVar, List
import re


def s(f):
    try:
        text = repr(f())
    except Exception as e:
        text = f'{type(e).__name__} {e}'
    print(re.sub('0x[0-9a-f]+', '0x?', text))
@dataclass
class P:
    x: int
    y: int = 0
s(lambda: P(1))
s(lambda: P())
s(lambda: P(1, 2, 3))
s(lambda: P(1, z=2))
s(lambda: P(1, x=2))
s(lambda: P(1) == P(1, 0))
s(lambda: P(1) < P(2))
s(lambda: hash(P(1)))
s(lambda: P.__eq__)
s(lambda: P.__init__.__qualname__)
s(lambda: fields(P))
s(lambda: fields(P)[0])
s(lambda: P.__dataclass_fields__['x'])
s(lambda: P.__match_args__)
s(lambda: MISSING)
s(lambda: field())
def bad1():
    @dataclass
    class B:
        x: int = 0
        y: int
s(bad1)
def bad2():
    @dataclass
    class B:
        x: list = []
s(bad2)
@dataclass(order=True, frozen=True)
class F:
    a: int
    b: str = 'z'
s(lambda: F(1) < F(2))
s(lambda: F(1) <= F(1, 'a'))
s(lambda: setattr(F(1), 'a', 3))
s(lambda: delattr(F(1), 'a'))
s(lambda: hash(F(1)) == hash((1, 'z')))
s(lambda: F(1) < 1)
s(lambda: replace(F(1), b='q'))
s(lambda: replace(F(1), c='q'))
s(lambda: asdict(F(1)))
s(lambda: astuple(F(1)))
s(lambda: is_dataclass(F))
s(lambda: is_dataclass(F(1)))
s(lambda: asdict(F))
@dataclass
class D:
    items: List[int] = field(default_factory=list)
    secret: str = field(default='s', repr=False, compare=False)
    k: int = field(default=0, metadata={'unit': 'm'})
    cv: ClassVar[int] = 5
    def __post_init__(self):
        self.items.append(len(self.items))
s(lambda: D())
s(lambda: D([7]))
s(lambda: fields(D)[2].metadata)
s(lambda: D() == D(secret='x'))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
s(lambda: K(a=1))
s(lambda: K(1))
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
s(lambda: K2(1, b=2))
s(lambda: K2(1, 2))
s(lambda: K2(1))
@dataclass
class IV:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
s(lambda: IV(2, 5))
s(lambda: fields(IV))
s(lambda: InitVar[int])
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s(lambda: S(1).__slots__)
s(lambda: setattr(S(1), 'c', 1))
@dataclass(eq=False)
class NE:
    a: int
s(lambda: NE(1) == NE(1))
@dataclass(unsafe_hash=True)
class UH:
    a: int
s(lambda: hash(UH(1)) == hash((1,)))
@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Child(Base):
    c: int = 2
    a: int = 9
s(lambda: Child())
s(lambda: Child(1, 2, 3))
s(lambda: make_dataclass('Z', ['a', ('b', int), ('c', int, field(default=3))])(1, 2))
s(lambda: make_dataclass('Z', ['a'], namespace={'f': lambda self: 1})(1).f())
@dataclass
class R:
    r: 'R' = None
x = R(); x.r = x
s(lambda: repr(x))
s(lambda: FrozenInstanceError.__mro__)
@dataclass(repr=False)
class NR:
    a: int
s(lambda: 'object at' in repr(NR(1)))
@dataclass
class Nest:
    p: P
    ps: list
s(lambda: asdict(Nest(P(1), [P(2), (P(3),), {'k': P(4)}])))
s(lambda: astuple(Nest(P(1), [P(2)])))
s(lambda: dataclass(frozen=True)(type('Q', (Base,), {'__annotations__': {'z': int}})))
def bad3():
    @dataclass(frozen=True)
    class FF(Base):
        z: int = 0
s(bad3)
def bad4():
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
s(bad4)
s(lambda: field(default=1, default_factory=list))
def bad5():
    @dataclass
    class U:
        a: int = field(default=[] or set())
s(bad5)
s(lambda: fields(1))
@dataclass
class E: pass
s(lambda: E())
s(lambda: E() == E())
s(lambda: P(1).__dict__)
s(lambda: P.__dataclass_params__)

s(lambda: P.__doc__)
s(lambda: D.__doc__)
s(lambda: K2.__doc__)
s(lambda: P.__hash__)
s(lambda: F.__hash__ is not None)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = Inventory('widget', 3.0, 10)
print(item, item.total_cost(), item == Inventory('widget', 3.0, 10), sorted([F(3), F(1, 'b'), F(1, 'a')]))
match item:
    case Inventory(name, price):
        print('matched', name, price)


@dataclass
class Prop:
    _v: int = 0

    @property
    def v(self):
        return self._v


print(Prop(4).v, Prop())
