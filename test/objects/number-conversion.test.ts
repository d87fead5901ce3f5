// int(x), float(x), complex(x, y) and math's PyFloat_AsDouble against CPython 3.11: exact values
// directly; for subclasses of int, float and str an overriding __int__ / __float__ wins, as nb_int /
// nb_float do; complex() takes any object with __float__ or __index__.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `class F(float):
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
`;

const EXPECTED = `F 42 int
G 2 int
I 43 int
J 6 int
S 45 int
B 8 int
FT 3 int
FI 4 int
bool 1 int
2 2
'7' 9 int
1.5 TypeError __int__ returned non-int (type str)
b'5' 11 int
3 TypeError __int__ returned non-int (type float)
'  12_3 ' 123 int
b'42' 42 int
7.9 7 int
-0.5 0 int
1.1805916207174113e+21 1180591620717411303424 int
ValueError cannot convert float NaN to integer
OverflowError cannot convert float infinity to integer
TypeError int() argument must be a string, a bytes-like object or a real number, not 'list'
TypeError int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
ValueError invalid literal for int() with base 10: '1.5'
float(F) 1.25
floor 100
ceil 200
round 300
round2 300
abs 400
neg 500
trunc 600
float(I) 2.5
-i 'neg'
abs i 'abs'
+i 'pos'
~i 'inv'
hex '0x5'
range [0, 1, 2]
sqrt 1.9364916731037085
sqrt i 1.5811388300841898
i*1.0 5.0
f+1 4.75
pow 25
divmod (1.0, 1.75)
f.is_integer False
isfinite True
fsum 6.25
str(f) '3.75'
fmt '3.75|5'
F (1.25+0j)
A (2+0j)
J (3+0j)
C (1+2j)
(1, 3.75) (1+1.25j)
F (1.25+1.25j)
(2, 3) (2+3j)
(1.5, 2j) (-0.5+0j)
(1j, 1j) (-1+1j)
(True, 1152921504606846976) (1+1.152921504606847e+18j)
TypeError complex() first argument must be a string or a number, not 'N'
TypeError complex() second argument must be a number, not 'N'
('1+2j',) (1+2j)
TypeError complex() can't take second arg if first is a string
TypeError complex() second arg can't be a string
TypeError BadF.__float__ returned non-float (type int)
OverflowError int too large to convert to float
C (1+4j)
`;

describe('int(x), float(x) and complex(x, y)', () => {
  it('follow CPython order: __int__/__float__ (overrides included), __index__, then text', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
