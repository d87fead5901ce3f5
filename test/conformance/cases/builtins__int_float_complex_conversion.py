# int(x), float(x), complex(x, y) and math's float conversion: overriding __int__/__float__ on
# int/float/str subclasses wins; complex() takes any object with __float__ or __index__.
class F(float):
    def __int__(self): return 42
class G(float):
    pass
class I(int):
    def __int__(self): return 43
class J(int):
    def __index__(self): return 44
class S(str):
    def __int__(self): return 45
class B(bool if False else int):
    pass
class FT(float):
    def __trunc__(self): return 46
class FI(float):
    def __index__(self): return 47
for v in (F(2.5), G(2.5), I(5), J(6), S("7"), B(8), FT(3.5), FI(4.5), True):
    try:
        r = int(v)
        print(type(v).__name__, r, type(r).__name__)
    except Exception as e:
        print(type(v).__name__, type(e).__name__, e)
import math
print(math.trunc(F(2.5)), round(F(2.5)))
class S2(str):
    def __index__(self): return 9
class FB(float):
    def __int__(self): return "x"
class BY(bytes):
    def __int__(self): return 11
class IB(int):
    def __int__(self): return 12.5
for v in (S2("7"), FB(1.5), BY(b"5"), IB(3), "  12_3 ", b"42", 7.9, -0.5, 2**70 + 0.0):
    try:
        r = int(v)
        print(repr(v), r, type(r).__name__)
    except Exception as e:
        print(repr(v), type(e).__name__, e)
for v in (float("nan"), float("inf"), [], None, "1.5"):
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
import math
class F(float):
    def __float__(self): return 1.25
    def __floor__(self): return 100
    def __ceil__(self): return 200
    def __round__(self, n=None): return 300
    def __abs__(self): return 400
    def __neg__(self): return 500
    def __trunc__(self): return 600
class I(int):
    def __float__(self): return 2.5
    def __index__(self): return 7
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
f = F(3.75); i = I(5)
for label, thunk in (("float(F)", lambda: float(f)), ("floor", lambda: math.floor(f)), ("ceil", lambda: math.ceil(f)),
    ("round", lambda: round(f)), ("round2", lambda: round(f, 1)), ("abs", lambda: abs(f)), ("neg", lambda: -f),
    ("trunc", lambda: math.trunc(f)), ("float(I)", lambda: float(i)), ("-i", lambda: -i), ("abs i", lambda: abs(i)),
    ("+i", lambda: +i), ("~i", lambda: ~i), ("hex", lambda: hex(i)), ("range", lambda: list(range(i))[:3]),
    ("sqrt", lambda: math.sqrt(f)), ("sqrt i", lambda: math.sqrt(i)), ("i*1.0", lambda: i * 1.0), ("f+1", lambda: f + 1),
    ("pow", lambda: pow(i, 2)), ("divmod", lambda: divmod(f, 2)), ("f.is_integer", lambda: f.is_integer()),
    ("isfinite", lambda: math.isfinite(f)), ("fsum", lambda: math.fsum([f, i])), ("str(f)", lambda: str(f)), ("fmt", lambda: f"{f:.2f}|{i:d}")):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)
class F(float):
    def __float__(self): return 1.25
class A:
    def __float__(self): return 2.0
class J:
    def __index__(self): return 3
class C:
    def __complex__(self): return 1 + 2j
class N:
    pass
class BadF:
    def __float__(self): return 1
for args in ((F(3.75),), (A(),), (J(),), (C(),), (1, F(3.75)), (F(1.5), F(2.5)), (2, 3), (1.5, 2j), (1j, 1j), (True, 2**60),
             (N(),), (1, N()), ("1+2j",), ("1", 2), (1, "2"), (BadF(),), (2**1100,), (C(), 2)):
    try:
        print(args if not isinstance(args[0], (F, A, J, C, N, BadF)) else type(args[0]).__name__, complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
