def f(a, b=2, c='three', *, d=None, e=[1]):
    pass
print(f.__defaults__, f.__kwdefaults__)
def g(a):
    pass
print(g.__defaults__, g.__kwdefaults__)
f.__defaults__ = (20, 30)
def show(a, b=2, c=3):
    return a, b, c
show.__defaults__ = (100,)
print(show(1, 2))
try:
    show(1)
except TypeError as e:
    print(e)
