# Compiler test program: scopes_and_classes (code shapes, positions and bytecode soundness are checked against CPython).
class Base:
    def hello(self):
        return "base"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag")

class Child(Base, tag="t"):
    __secret = "s"
    def hello(self):
        return "child+" + super().hello()
    def secret(self):
        return self.__secret, self._Child__secret, __class__.__name__
    def nested(self):
        def inner():
            return __class__, super(Child, self).hello()
        return inner()
    @property
    def prop(self):
        return [Base.hello(self) for _ in range(1)]

c = Child()
print(c.hello(), c.secret(), c.nested()[1], Child.tag, c.prop)

def outer():
    x = 1
    class Inner:
        x = 2
        y = x
        def get(self):
            return x
        z = [x for _ in range(1)]
    return Inner.y, Inner().get(), Inner.z
print(outer())

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter(); inc(); print(inc())

x = "global"
def g1():
    global x
    x = "changed"
g1(); print(x)

def closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures())

def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return tag + str(f(*a, **k))
        return inner
    return wrap

@deco("a:")
@deco("b:")
def val(v, *, k=1):
    return v * k
print(val(2, k=3), val.__qualname__, closures.__qualname__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.made_by)

def defaults(a, b=[], *args, c=5, d, **kw):
    b.append(a)
    return a, b, args, c, d, kw
print(defaults(1, d=4), defaults(2, [0], 3, d=1, e=9))

def annotated(a: int, b: "str" = "x") -> list:
    return a
print(annotated.__annotations__)

def try_del():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return "err" in dir()
print(try_del())

def gen_expr():
    data = [3, 1, 2]
    return sorted(x * 2 for x in data if x > 1)
print(gen_expr())

def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        return "unbound"
print(unbound())

class Slots:
    a: int = 5
    b: str
print(Slots.__annotations__, Slots.a)

def kwonly(*, a, b=2):
    return a + b
print(kwonly(a=1), kwonly(b=3, a=1))

def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))

import sys as system
from sys import version_info as vi
print(type(system).__name__, vi[0])
