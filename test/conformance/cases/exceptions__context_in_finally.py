def f():
    try:
        raise ValueError('in try')
    finally:
        raise TypeError('in finally')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
f()
