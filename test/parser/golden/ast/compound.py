# Compound statements: if, while, for, with, try, try/except*, def, class, decorators, async.
if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    x = 1
if a: pass
if (x := f()): pass
while x:
    break
else:
    continue
while True: pass
for x in y:
    pass
for x, y in z:
    pass
else:
    pass
for (x, y) in z: pass
for [x, *y] in z: pass
for x.y in z: pass
for x[0] in z: pass
for x in y, z: pass
for x in *y, z: pass
with a: pass
with a as b: pass
with a as b, c as d, e: pass
with a as (b, c): pass
with a as [b, *c]: pass
with a as b.c: pass
with (a): pass
with (a, b): pass
with (a as b): pass
with (a as b, c as d,): pass
with (
    a as b,
    c as d,
):
    pass
with (a, b) as c: pass
with (a) as b: pass
with (yield): pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E, F) as e:
    pass
except G as g:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as e:
    pass
else:
    pass
finally:
    pass
def f(): pass
def f(a, b, c): return a
def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    return 1
def f(a, /, b, *, c): pass
def f(a=1, /, b=2, *, c): pass
def f(a, /): pass
def f(*, a): pass
def f(*args: int, **kwargs: str): pass
def f(a: int = 1, *, b: "str" = "x") -> None: ...
def f(a, b,): pass
def f(
    a,
    b,
): pass
@decorator
def f(): pass
@a.b.c
@d(e)
@f[g]
@(lambda x: x)
@x := y
def f(): pass
class A: pass
class A(): pass
class A(B): pass
class A(B, C, metaclass=M, **kw):
    x = 1
    def method(self):
        return self
@dataclass
class A:
    x: int
    y: str = ""
async def f():
    await x
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c):
        pass
    return [i async for i in j]
@deco
async def f(): pass
def outer():
    def inner():
        nonlocal x
        global y
        return lambda: x
    return inner
if a:
    if b:
        if c:
            pass
        else:
            pass
    elif d:
        pass
