# Binary operators on built-in operand pairs (two ints, str % x, str * int, list/tuple + and *, set
# algebra): subclasses' reflected methods still go first; errors; in-place forms.
class S(str):
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
