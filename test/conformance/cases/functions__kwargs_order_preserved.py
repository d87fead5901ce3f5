def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**dict(b=1, a=2), c=3))
def g(a, b, **rest):
    return rest
print(g(b=1, a=2, y=3, x=4))
