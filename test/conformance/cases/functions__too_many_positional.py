def f(a, b=1):
    pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print(e)
def h(a, *, k):
    pass
try:
    h(1, 2)
except TypeError as e:
    print(e)
def m(a, b=2, *, k=1):
    pass
m(1, 2, 3, 4)
