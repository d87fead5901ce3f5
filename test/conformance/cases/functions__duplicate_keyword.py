def f(**kw):
    return kw
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
def g(x):
    return x
g(1, x=2)
