// The binary-operator fast paths of protocol-number.ts (two ints, exact str % x, str * int, list and
// tuple + and *, set algebra) against CPython 3.11: subclasses' reflected methods still go first;
// errors; in-place forms.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"
class T(str):
    pass
class O:
    def __rmod__(self, other):
        return "O.__rmod__"
print("a%s" % S("x"))
print("a%s" % T("x"))
print("a%s" % O() if False else "skip")
try:
    print("a" % O())
except TypeError as e:
    print(e)
print("%s" % (O(),) != "")
x = "v=%d"
x %= 5
print(x)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % "s"
except TypeError as e:
    print(e)
print("%(a)s" % {"a": 1})
print(S("%s") % 3, type(S("%s") % 3))
print(b"%d" % 3)
a = [1, 2]; b = [3]
print(a + b, a * 3, a * 0, a * -2, (1, 2) + (3,), (1,) * 4, () * 5)
t = (1,)
t += (2, 3)
print(t)
l = [1]
l2 = l
l += [2]
print(l, l2 is l)
l *= 2
print(l, l2 is l)
class L(list):
    def __radd__(self, other):
        return "L.__radd__"
    def __rmul__(self, other):
        return "L.__rmul__"
print(a + L([9]), type(a + [9]))
print(L([1]) + [2], type(L([1]) + [2]))
print(L([1]) * 2, type(L([1]) * 2))
try:
    a + (1,)
except TypeError as e:
    print(e)
try:
    (1,) + [1]
except TypeError as e:
    print(e)
try:
    a * 2.0
except TypeError as e:
    print(e)
print(a * True, (1, 2) * False)
try:
    [0] * (2**62)
except MemoryError as e:
    print("MemoryError")
try:
    [0] * (2**70)
except OverflowError as e:
    print(e)
class T(tuple): pass
print(T((1,)) + (2,), type(T((1,)) + (2,)), (1,) + T((2,)))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -4, -1 * "x", "ab" * True, False * "ab")
s = "xy"
s *= 2
n = 2
n *= "q"
print(s, n)
for thunk in (lambda: "a" * 2.0, lambda: "a" * "b", lambda: 2.5 * "a", lambda: "a" * (2**63)):
    try:
        print(thunk())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
class Q(str):
    def __rmul__(self, other):
        return "Q.__rmul__"
print(3 * Q("z"), Q("z") * 2, type(Q("z") * 2))
def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as error:
        print(label, type(error).__name__, error)
big = 2**40 + 12345
for a, b in ((big, 3), (-big, 2**33 + 7), (2**52 + 1, -(2**52) - 3), (-(2**53 - 1), 1), (7, 0), (-7, 2), (5, -1)):
    for name, thunk in (
        ('&', lambda: a & b), ('|', lambda: a | b), ('^', lambda: a ^ b), ('<<', lambda: a << (b % 70)),
        ('>>', lambda: a >> b), ('**', lambda: a ** (b % 5)), ('neg**', lambda: a ** -1), ('/', lambda: a / b),
        ('//', lambda: a // b), ('%', lambda: a % b), ('*', lambda: a * b), ('+', lambda: a + b), ('-', lambda: a - b),
        ('@', lambda: a @ b),
    ):
        attempt(name, thunk)
x = -(2**53 - 1)
x ^= 1
print(x, x - 1, x == -2**53)
y = 2**40
y **= 2
y //= 3
y <<= 3
print(y)
print(True & False, True | False, True ^ True, True & 3, 6 ^ True, type(True ^ True))
s1 = {1, 2, 3}; s2 = {2, 3, 4}; f1 = frozenset({3, 4, 5})
for label, r in (("&", s1 & s2), ("|", s1 | s2), ("-", s1 - s2), ("^", s1 ^ s2), ("s&f", s1 & f1), ("f|s", f1 | s1), ("f-s", f1 - s1), ("f^f", f1 ^ frozenset({5, 6}))):
    print(label, sorted(r), type(r).__name__)
class SS(set):
    def __rsub__(self, other):
        return "SS.__rsub__"
    def __rand__(self, other):
        return "SS.__rand__"
print(s1 - SS({1}), s1 & SS({1}), type(SS({1, 2}) | s1).__name__)
for thunk in (lambda: s1 + s2, lambda: s1 * 2, lambda: s1 - [1], lambda: s1 @ s2, lambda: f1 % f1):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)
t = s1
t -= {1}
print(sorted(t), t is s1)
u = f1
u |= {9}
print(sorted(u), u is f1, type(u).__name__)
`;

const EXPECTED = `S.__rmod__
ax
skip
not all arguments converted during string formatting
True
v=5
not enough arguments for format string
%d format: a real number is required, not str
1
3 <class 'str'>
b'3'
[1, 2, 3] [1, 2, 1, 2, 1, 2] [] [] (1, 2, 3) (1, 1, 1, 1) ()
(1, 2, 3)
[1, 2] True
[1, 2, 1, 2] True
L.__radd__ <class 'list'>
[1, 2] <class 'list'>
[1, 1] <class 'list'>
can only concatenate list (not "tuple") to list
can only concatenate tuple (not "list") to tuple
can't multiply sequence by non-int of type 'float'
[1, 2] ()
MemoryError
cannot fit 'int' into an index-sized integer
(1, 2) <class 'tuple'> (1, 2)
ababab ababab    ab 
xyxy qq
TypeError can't multiply sequence by non-int of type 'float'
TypeError can't multiply sequence by non-int of type 'str'
TypeError can't multiply sequence by non-int of type 'float'
OverflowError cannot fit 'int' into an index-sized integer
Q.__rmul__ zz <class 'str'>
& 1
| 1099511640123
^ 1099511640122
<< 8796093120968
>> 137438955015
** 1329228040557484105025100574565491561
neg** 9.094946915613837e-13
/ 366503880040.3333
// 366503880040
% 1
* 3298534920363
+ 1099511640124
- 1099511640118
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
& 8589934599
| -1099511640121
^ -1108101574720
<< -590295816986377060352
>> -1
** 1461501702968182455497536150613483083163694518881
neg** -9.094946915613837e-13
/ -128.00000133283902
// -129
% 8589923150
* -9444733079478614446479
+ -1090921705522
- -1108101574720
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
& 1
| -3
^ -4
<< 10141204801825837463773439328256
>> ValueError negative shift count
** 4503599627370497
neg** 2.2204460492503126e-16
/ -0.9999999999999996
// -1
% -2
* -20282409603651688438345760768003
+ -2
- 9007199254740996
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
& 1
| -9007199254740991
^ -9007199254740992
<< -18014398509481982
>> -4503599627370496
** -9007199254740991
neg** -1.1102230246251568e-16
/ -9007199254740991.0
// -9007199254740991
% 0
* -9007199254740991
+ -9007199254740990
- -9007199254740992
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
& 0
| 7
^ 7
<< 7
>> 7
** 1
neg** 0.14285714285714285
/ ZeroDivisionError division by zero
// ZeroDivisionError integer division or modulo by zero
% ZeroDivisionError integer modulo by zero
* 0
+ 7
- 7
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
& 0
| -5
^ -5
<< -28
>> -2
** 49
neg** -0.14285714285714285
/ -3.5
// -4
% 1
* -14
+ -5
- -9
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
& 5
| -1
^ -6
<< 2951479051793528258560
>> ValueError negative shift count
** 625
neg** 0.2
/ -5.0
// -5
% 0
* -5
+ 4
- 6
@ TypeError unsupported operand type(s) for @: 'int' and 'int'
-9007199254740992 -9007199254740993 True
3223802185639011132549800
False True False 1 7 <class 'bool'>
& [2, 3] set
| [1, 2, 3, 4] set
- [1] set
^ [1, 4] set
s&f [3] set
f|s [1, 2, 3, 4, 5] frozenset
f-s [4, 5] frozenset
f^f [3, 4, 6] frozenset
SS.__rsub__ SS.__rand__ set
TypeError unsupported operand type(s) for +: 'set' and 'set'
TypeError unsupported operand type(s) for *: 'set' and 'int'
TypeError unsupported operand type(s) for -: 'set' and 'list'
TypeError unsupported operand type(s) for @: 'set' and 'set'
TypeError unsupported operand type(s) for %: 'frozenset' and 'frozenset'
[2, 3] True
[3, 4, 5, 9] False frozenset
`;

describe('binary operator fast paths', () => {
  it('int operators, str % and *, list and tuple + and *, set algebra give CPython results, errors and dispatch order', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
