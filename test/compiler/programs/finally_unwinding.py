# Compiler test program: finally_unwinding (code shapes, positions and bytecode soundness are checked against CPython).
def f1():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("else")
    return "done"
print(f1())

def f2():
    try:
        return "try"
    finally:
        print("in finally")
print(f2())

def f3():
    try:
        raise ValueError("x")
    except ValueError as e:
        return str(e)
    finally:
        print("f3 finally")
print(f3())

def f4():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f4())

def f5():
    try:
        try:
            1/0
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("caught")
    try:
        raise KeyError(1)
    except (TypeError, KeyError) as e:
        print("tuple", repr(e))
    try:
        e
    except NameError as ne:
        print("e deleted")
f5()

class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None); return self.suppress

def f6():
    with CM("a") as a, CM("b", suppress=True) as b:
        print("inside", a, b)
        raise RuntimeError("boom")
    print("after")
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
    with CM("r"):
        return "returned"
print(f6())

def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = gen()
print(next(g)); print(g.send("hi")); g.close()

def deleg():
    r = yield from gen()
    return r
d = deleg(); print(next(d)); print(d.send(5))
try:
    d.throw(ValueError("t"))
except ValueError as e:
    print("thrown", e)

def walrus(data):
    if (n := len(data)) > 2:
        return [y for x in data if (y := x * 2) > 2], n, y
print(walrus([1, 2, 3]))

def star(*a, **k):
    return a, k
print(star(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
a, *b, c = range(6); print(a, b, c)
[x, [y, *z]] = [1, [2, 3, 4]]; print(x, y, z)
d = {}; d["k"] = 1; d["k"] += 5; print(d)
class O: pass
o = O(); o.v = 1; o.v *= 10; print(o.v)
l = [1, 2, 3, 4, 5]; l[1:3] = [9]; del l[0]; print(l, l[::-1], l[-2:])
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2 != 3)
print(f"{'a'!r:>5}|{3.14159:.2f}|{42:#x}|{'x' * 3}")
print([*range(3), *"ab"], {*range(2), 5}, {**{"a": 1}, "b": 2})
print(not 0 and 1 or 2, 0 or [] or "x", 1 and 0)
print(-2 ** 2, 2 ** -1, 7 // -2, -7 % 3, 1e3, 10**20, ~5)
