x = a + b - c * d / e // f % g ** h @ i
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= m
x &= 1; x |= 1; x ^= 1; x >>= 1; x <<= 1
y = a & b | c ^ ~d << 2 >> 3
z = a < b <= c > d >= e == f != g
w = (a, b); v = [a, b]; u = {a: b}; t = a.b; s = a[1:2, ::3]
def f(a) -> None: ...
if (n := len(a)) > 10: pass
lambda: (yield)
print(*args, **kwargs)
@decorator
@decorator.attr(arg)
def g(): pass
