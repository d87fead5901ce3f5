// int(x) (toInt in int-methods.ts, also called directly by CALL) against CPython 3.11: exact floats
// and strs directly; for subclasses of int, float and str an overriding __int__ wins, as nb_int does.
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
`;

describe('int(x)', () => {
  it('follows CPython order: __int__ (overrides included), __index__, __trunc__, then text', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
