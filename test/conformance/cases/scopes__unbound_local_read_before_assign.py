value = 10
def f():
    print(value)
    value = 20
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def g():
    if False:
        y = 1
    return y
g()
