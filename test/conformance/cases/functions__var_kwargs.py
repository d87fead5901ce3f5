def f(**kw):
    return kw
print(f(), f(a=1, b=2), f(**{'x': 1}, y=2))
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, c=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, 2, k='v'))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
