# Syntax errors (statements): CPython 3.11's message and location for each case.
del f()
# ----
import a.b as c.d
# ----
from x import a,
# ----
del *a
# ----
del a + b
# ----
del (a, f())
# ----
import
# ----
from import x
# ----
from x import
# ----
from x import (a, b
# ----
from x import *, y
# ----
global
# ----
assert
# ----
raise from x
# ----
del
# ----
import a as
# ----
from . import (a as)
# ----
del [a, (b, c())]
# ----
del a.b, f()[0], g()
