def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key='k'), f(1, flag=True, key=2))
try:
    f(1)
except TypeError as e:
    print(e)
def g(*, x, y):
    return x + y
try:
    g()
except TypeError as e:
    print(e)
print(g(y=1, x=2))
print(f.__kwdefaults__, g.__kwdefaults__, f.__code__.co_kwonlyargcount)
