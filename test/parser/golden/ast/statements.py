# Simple statements: assignment forms, augmented and annotated assignment, del, flow, imports.
x = 1
x = y = z = 2
x, y = 1, 2
x, = 1,
[x, y] = z
(x, y), z = a
*a, b = c
a, *b, c = d
[*a] = b
a.b = 1
a[0] = 1
a[1:2] = 3
a.b.c[d].e = f
(a) = 1
((a)) = 1
(a.b) = 1
x = *a, *b
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x >>= 1
x <<= 1
x &= 1
x |= 1
x ^= 1
x @= 1
a.b += 1
a[0] += 1
x: int
x: int = 1
(x): int = 1
a.b: int = 1
a[0]: int
x: list[int] = []
x: int = yield
del x
del x, y
del (x, y)
del [x, y]
del a.b, a[0], a[1:2]
del (a), b,
pass
x = 1; y = 2;
assert x
assert x, "message"
raise
raise E
raise E from None
raise E("m") from cause
global a
global a, b
nonlocal a, b
import a
import a.b.c
import a as b, c.d as e
from a import b
from a.b import c as d, e
from . import a
from .. import a
from ... import a
from .... import a
from .a import b
from ...a.b import c
from a import (b, c)
from a import (b, c,)
from a import (b as c,
               d)
from a import *
from . import *
x = 1 if y else 2
f(a)
-x
match = 1
case = 2
type = 3
_ = 4
match(x)
match[x]
match.x = 1
print(match, case, type, _)
