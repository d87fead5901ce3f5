# Compiler test program: generators_and_jumps (code shapes, positions and bytecode soundness are checked against CPython).
def gen_close():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen_close(); next(g); g.close()
def g2():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("caught in gen")
            yield "recovered"
g = g2(); print(next(g)); print(g.throw(ValueError)); print(next(g))
def inner():
    v = yield "a"
    print("inner got", v)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "b"
o = outer(); print(next(o)); print(o.send("sent"))
def nested_with():
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit", a[0]); return True
    for i in range(2):
        with C():
            if i == 0:
                continue
            raise ValueError
    return "ok"
print(nested_with())
def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        return "no break", i
    return "break", i
print(while_else(3), while_else(20))
def bool_jumps(a, b, c):
    if a and (b or not c):
        r = 1
    elif not (a or b) and c:
        r = 2
    else:
        r = 3
    return r, (a if b else c), a < b < c, not a < b
print([bool_jumps(*t) for t in [(1,0,0),(0,0,1),(1,1,1),(0,1,0)]])
def chained_none(x):
    if x is None:
        return "none"
    if x is not None and x > 1:
        return "big"
    return "small"
print(chained_none(None), chained_none(5), chained_none(0))
def aug(lst, d):
    lst[0] += 1; d["a"] -= 1; lst[-1] *= 2
    x = 5; x //= 2; x **= 3; x <<= 1; x |= 1; x ^= 3; x &= 0xff; x %= 7
    return lst, d, x
print(aug([1, 2], {"a": 5}))
def comp_scopes():
    x = 10
    r = [x + i for i in range(3)]
    s = {i: [j for j in range(i)] for i in range(3)}
    t = list((lambda y: y + x)(i) for i in range(2))
    return r, s, t
print(comp_scopes())
def unpack_for():
    out = []
    for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
        out.append((i, a, b))
    return out
print(unpack_for())
def return_in_finally():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(return_in_finally())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
print(break_in_finally())
def nested_except():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(nested_except())
def raise_from():
    try:
        raise ValueError("x") from KeyError("y")
    except ValueError as e:
        return repr(e.__cause__), e.__suppress_context__
print(raise_from())
def reraise():
    try:
        try:
            raise ValueError("r")
        except ValueError:
            raise
    except ValueError as e:
        return str(e)
print(reraise())
f = lambda: (yield 1)
g = f(); print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print('value', e.value)
def gen_return():
    yield 1
    return 7
g = gen_return(); next(g)
try:
    next(g)
except StopIteration as e:
    print('ret', e.value)
x = 10
class K:
    x = 20
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(K.y, K.z)
def f2():
    a = 1
    def g():
        return a
    del a
    try:
        return g()
    except NameError as e:
        return str(e)
print(f2())
