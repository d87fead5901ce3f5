# Expressions: every operator and precedence level, calls, subscripts, displays, comprehensions.
a + b - c * d / e // f % g @ h ** i
-a ** -b
~a + +b - -c
not a and b or not c and not not d
a < b <= c > d >= e == f != g is h is not i in j not in k
a | b ^ c & d << e >> f
(a | b) ^ (c & d)
a if b else c if d else e
(x := 1) + (y := x)
lambda: 0
lambda a, b=1, *args, c, d=2, **kw: a
lambda a, /, b, *, c: 0
lambda *a: 0
lambda **k: 0
lambda a=(1, 2): a
f()
f(a, b, *c, d=1, *e, **g, **h)
f(x for x in y)
f(a)(b)(c)
a.b.c.d
a[1][2:3][::4][1:2:3][:, 1][...]
a[b, c:d, *e]
a[*b]
a[b:=1]
a[lambda: 0]
obj.method(arg).attr[0]
(yield)
[1, 2, *a, 3]
(1, 2, *a)
(1,)
()
[]
{}
{1, 2, *a}
{1: 2, **a, 3: 4}
{**a}
[x for x in y]
[x for x in y if x if not x for z in x]
{x for x in y}
{x: y for x, y in z}
(x for x in y)
[(a, b) for a in x async for b in y]
[x async for x in y]
[[x for x in y] for y in z]
await x
await f(x).y
x = yield
x = yield a, b
x = yield from y
...
None, True, False
0, 1, 123, 0x1f, 0o17, 0b101, 1_000_000, 0x_ff, 9007199254740993, 12345678901234567890123
1.5, 1e10, 1e16, 1e-5, 1.0e-4, .5, 5., 1_0.0_1, 1e400, 0.1, 123456789012345678.0
1j, 2.5j, 1e16j, 0j, 10J
"str", 'str', """triple""", '''triple''', r"raw\n", R'raw', u"unicode", U'unicode'
b"bytes", B'bytes', rb"raw\x00", Rb'x', bR'y', BR"z"
"a" "b" 'c'
b"a" b"b"
u"a" "b"
"a" u"b"
"\a\b\f\n\r\t\v\\\'\"\0\1\12\123\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}\N{BOM}"
b"\a\b\f\n\r\t\v\\\'\"\0\1\12\123\x41\xff"
"\q\d unknown escapes"
"line \
continued"
"""multi
line\
string"""
'quote\'s "double"'
"only ' single"
'both \' and "'
"\x00\x7f\x80\xff\u2028\u200b\ud800 \U0010ffff"
a = 'tab\there'
print(*args, sep='')
x = -1
x = 1 - -1
x = 2 ** -1
x = (-1) ** 2
x = a.b(c)[d].e
x = [
    1,
    2,
]
x = f(
    a,
    b=2,
)
