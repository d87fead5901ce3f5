def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount)
def h(a, b=2, /):
    return a + b
print(h(1), h(1, 1))
h(a=1)
