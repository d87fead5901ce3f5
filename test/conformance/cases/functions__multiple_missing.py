def f(a, b, c, d):
    pass
for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
def g(*, x, y, z):
    pass
try:
    g(y=1)
except TypeError as e:
    print(e)
