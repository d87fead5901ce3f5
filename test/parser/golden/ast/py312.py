# python3.12
# PEP 695 type parameters and `type` statements, and PEP 701 f-strings. python3 here is 3.11 and
# cannot parse these, so py312.txt is written by hand, not recorded. Positions inside f-strings
# follow 3.11's rules (every part at the span of the whole string group), as Pyex does everywhere.
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = tuple[T, *Ts]
type W[T: (int, str)] = T
def f[T](x: T) -> T: return x
async def g[T, U: str](): pass
class C[T, *Ts, **P]: pass
class D[T: int](Base, metaclass=M): pass
f"{"nested"}"
f"{f"{x}"}"
f"{x:{"<"}{10}}"
type = 1
type(x)
