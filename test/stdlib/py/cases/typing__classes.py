from typing import *
import typing
def s(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P(NamedTuple):
    x: int
    y: float = 0.0
    def norm(self): return self.x + self.y
s(lambda: P(1))
s(lambda: P(1).norm())
s(lambda: P.__annotations__)
s(lambda: P._field_defaults)
s(lambda: P.__mro__)
s(lambda: [b.__name__ for b in P.__orig_bases__])
s(lambda: NamedTuple('Q', [('a', int)])(1))
s(lambda: NamedTuple('Q', a=int))
def bad():
    class B(NamedTuple):
        x: int = 0
        y: int
s(bad)
class M(TypedDict):
    name: str
    year: int
class M2(M, total=False):
    extra: bool
s(lambda: M(name='x', year=1))
s(lambda: type(M(name='x', year=1)))
s(lambda: M2.__required_keys__)
s(lambda: M2.__optional_keys__)
s(lambda: M.__total__)
s(lambda: M2.__annotations__)
s(lambda: isinstance({}, M))
s(lambda: M.__mro__)
s(lambda: TypedDict('TD', {'a': int})(a=1))
T = TypeVar('T')
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
s(lambda: Stack[int])
s(lambda: Stack[int]().items)
s(lambda: Stack[int]().__orig_class__)
s(lambda: Stack.__parameters__)
s(lambda: Stack.__orig_bases__)
s(lambda: Stack.__mro__)
class IntStack(Stack[int]): pass
s(lambda: IntStack.__orig_bases__)
s(lambda: IntStack.__parameters__)
s(lambda: Stack[int, str])
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
s(lambda: isinstance(F(), Closer))
s(lambda: isinstance(1, Closer))
class NP(Protocol):
    def x(self): ...
s(lambda: isinstance(F(), NP))
s(lambda: NP())
s(lambda: isinstance(1, SupportsInt))
s(lambda: isinstance('a', SupportsInt))
s(lambda: isinstance(1.5, SupportsIndex))
def f(a: int, b: 'str' = None) -> List['int']: pass
s(lambda: get_type_hints(f))
class C:
    a: int
    b: 'List[int]'
    c: ClassVar[int] = 1
s(lambda: get_type_hints(C))
s(lambda: get_type_hints(Annotated))
def g(x: Annotated[int, 'm']): pass
s(lambda: get_type_hints(g))
s(lambda: get_type_hints(g, include_extras=True))
@overload
def o(x: int) -> int: ...
s(lambda: o(1))
s(lambda: no_type_check(f) is f)
s(lambda: f.__no_type_check__)
s(lambda: typing.assert_never(1))
s(lambda: reveal_type(1))
s(lambda: assert_type(1, int))
s(lambda: final(F) is F)
s(lambda: len(get_overloads(o)))
s(lambda: Literal[True] == Literal[True])
s(lambda: Literal[1] == Literal[True])
s(lambda: TypeVar('T') == TypeVar('T'))
s(lambda: T.__name__)
s(lambda: Optional[T][int])
s(lambda: Union[T, str][int])
s(lambda: Annotated[List[int], 'x'].__metadata__)
s(lambda: Annotated[Annotated[int, 1], 2])
s(lambda: get_args(Annotated[int, 1]))
s(lambda: get_origin(Annotated[int, 1]))
s(lambda: get_args(Literal[1, 2]))
s(lambda: get_origin(Literal[1]))
s(lambda: get_origin(List))
s(lambda: get_args(List))
s(lambda: get_args(int))
s(lambda: Tuple[int, str] == tuple[int, str])
s(lambda: typing.List.__name__)
s(lambda: List[int].__name__)
s(lambda: Dict.__origin__)
from typing import List, Dict, Optional, Tuple, Callable, Iterator, Union


def process(items: List[int], lookup: Dict[str, int], name: Optional[str] = None) -> Tuple[int, str]:
    return sum(items), name or ''


print(process([1, 2], {}), process.__annotations__)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


print(list(gen(3)), get_type_hints(gen), get_type_hints(process))


class Node:
    def __init__(self, val: int, children: 'List[Node]' = None, parent: Optional['Node'] = None):
        self.val = val


print(get_type_hints(Node.__init__))


class Tree:
    root: 'Optional[Node]'
    size: int = 0
    names: 'Dict[str, List[int]]'
    tag: 'Literal["a", "b"]'
    fn: 'Callable[[int, str], None]'
    alt: 'int | None'
    deep: 'typing.List[Tuple[int, ...]]'


print(get_type_hints(Tree))
s(lambda: get_type_hints(type('X', (), {'__annotations__': {'y': 'Missing'}})))
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]
print(scale(2.0, [1.0, 2.5]), Vector, Union[int, str] | None, Optional[int] | str)
Pair = Tuple[T, T]
print(Pair[int], Pair.__parameters__, Dict[str, Pair[int]])
