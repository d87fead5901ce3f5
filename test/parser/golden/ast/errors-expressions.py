# Syntax errors (expressions): CPython 3.11's message and location for each case.
f() = 1
# ----
f() = 1 = 2
# ----
x = (1, 2
# ----
foo(a b)
# ----
a b
# ----
(a b c)
# ----
print "x"
# ----
(a, b): int
# ----
f(): int
# ----
f(a=1, b)
# ----
f(**a, *b)
# ----
f(**a, b)
# ----
f(a for a in b, c)
# ----
print(1 if 2)
# ----
(*a)
# ----
f(True=1)
# ----
x = [1, 2 3]
# ----
f(), x = 1
# ----
f(), x.y = 1
# ----
f(), [x] = 1
# ----
[x for f() in y]
# ----
x = (yield) = 1
# ----
f(a.b=1)
# ----
f(a=1 for a in b)
# ----
f(*a=1)
# ----
f(a b=1)
# ----
f(a,, b)
# ----
x = {1: 2, 3}
# ----
x = {1: 2, 3: }
# ----
x = {1: *a}
# ----
x = {**a for a in b}
# ----
[*a for a in b]
# ----
[a, b for a in c]
# ----
{a, b for a in c}
# ----
x = (a for a in b, c)
# ----
x = (]
# ----
f(**)
# ----
f(*)
# ----
x.1
# ----
x = [i for i in range(10) if i if]
# ----
(x for x in)
# ----
x = [1, 2, 3
# ----
print("hello"
# ----
foo(bar(1, 2)
# ----
{1: 2
# ----
x[1:2:3:4]
# ----
x = [1:2]
# ----
f(x) += 1
# ----
f(**a, **b, c)
# ----
f(a, *b, c=1, *d, e)
# ----
f(x for x in y)(z)
