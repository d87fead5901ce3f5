# Syntax errors (parameters): CPython 3.11's message and location for each case.
def f(:
 pass
# ----
def f(a=1, b): pass
# ----
def f() x: pass
# ----
def f x: pass
# ----
def f(*): pass
# ----
def f(*, **k): pass
# ----
def f(a, /, /): pass
# ----
def f(/, a): pass
# ----
def f(*a, /): pass
# ----
def f(a=1, /, b): pass
# ----
def f(**k, a): pass
# ----
def f(**k=1): pass
# ----
def f(*a=1): pass
# ----
def f(a, *b, *c): pass
# ----
def f(a=): pass
# ----
def f((a, b)): pass
# ----
lambda (a, b): 0
# ----
lambda *: 0
# ----
lambda a=1, b: 0
# ----
lambda **k, a: 0
# ----
def f():
    return
  x
# ----
x = lambda: yield
# ----
def f():
  x = 1
    y = 2
# ----
def f(a, b):
  return a +
# ----
def f() -> : pass
# ----
async def f():
  await
# ----
lambda x: x = 1
# ----
def f(a, b, /, c, *, d, **e): pass
def g(a=1, /, b=2, *, c): pass
x = 1 +
