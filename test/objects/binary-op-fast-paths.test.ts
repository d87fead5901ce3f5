// The binary-operator fast paths of protocol-number.ts (exact str % x, str * int, list/tuple + and *)
// against CPython 3.11: reflected methods of subclasses still go first, errors and in-place forms.
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
`;

describe('binary operator fast paths', () => {
  it('str % and *, list and tuple + and * give CPython results, errors and dispatch order', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
