# python3.12
# PEP 695 type parameters and `type` statements. python3 here is 3.11 and cannot parse these, so
# py312.txt is written by hand, not recorded. The f-strings nest without reusing their quotes (a
# 3.11 SyntaxError, as in Pyex); positions inside them follow 3.11 (the span of the string group).
type X = int
type Y[T] = list[T]
type Z[T: int, *Ts, **P] = tuple[T, *Ts]
type W[T: (int, str)] = T
def f[T](x: T) -> T: return x
async def g[T, U: str](): pass
class C[T, *Ts, **P]: pass
class D[T: int](Base, metaclass=M): pass
f"{'nested'}"
f"{f'{x}'}"
f"{x:{'<'}{10}}"
type = 1
type(x)
