# Compiler test program: evaluation_order (code shapes, positions and bytecode soundness are checked against CPython).
log = []
def side(v):
    log.append(v)
    return v
class Box:
    def __init__(self): self.items = {"k": 1}; self.n = 0
b = Box()
side(b).items[side("k")] += 5
side(b).n += 1
print(b.items, b.n, len(log), log[1])

def multi_finally():
    try:
        try:
            return "inner"
        finally:
            print("f1")
    finally:
        print("f2")
print(multi_finally())

def return_in_handler():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                return f"returned {e}"
            continue
        finally:
            print("fin", i)
print(return_in_handler())

def break_in_with_in_try():
    class CM:
        def __enter__(self): print("enter")
        def __exit__(self, *a): print("exit"); return False
    try:
        while True:
            with CM():
                break
    finally:
        print("outer finally")
    return "after"
print(break_in_with_in_try())

def exc_in_finally():
    try:
        try:
            raise KeyError("a")
        finally:
            raise ValueError("b")
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(exc_in_finally())

def handler_name_cell():
    try:
        raise ValueError("cell")
    except ValueError as err:
        f = lambda: err
        v = f()
    return str(v)
print(handler_name_cell())

class Base1: pass
class Base2: pass
bases = (Base1, Base2)
class Multi(*bases, **{}):
    pass
print([c.__name__ for c in Multi.__mro__])

def kw(a, *, b: int = 2, c, **rest) -> str:
    return f"{a}{b}{c}{rest}"
print(kw(1, c=3, d=4), kw.__kwdefaults__, sorted(kw.__annotations__))

width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'x':^{width}}|{width!r:>{prec}}")

data = [1, 2, 3, 4]
print({(y := v * 2): v for v in data if v % 2}, y)

i = 0
while 0 <= i < 3:
    i += 1
print(i)

try:
    assert i > 5, f"i is {i}"
except AssertionError as e:
    print("assert", e)

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen_finally()
for v in g:
    print(v)
    break
g.close()

def match_it(cmd):
    match cmd.split():
        case ["go", direction] if direction in ("n", "s"):
            return f"go {direction}"
        case ["pick", *items]:
            return f"pick {items}"
        case [("drop" | "throw") as verb, obj]:
            return f"{verb} {obj}"
        case _:
            return "?"
print([match_it(c) for c in ["go n", "go x", "pick a b", "drop key", "throw ball", ""]])

def nested_comp_scope():
    n = 3
    return [[i * j for j in range(n)] for i in range(n)]
print(nested_comp_scope())

print(*(x for x in "abc"), sep="-")
print(sorted({3, 1, 2}), list(reversed(range(3))), [*map(str, range(3))])


def swaps(first, second):
    left, right = second, first
    one, two, three = right, left, first
    same, same = 1, 2
    return left, right, one, two, three, same


print(swaps(1, 2))
