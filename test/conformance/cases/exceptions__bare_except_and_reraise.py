def f():
    try:
        1 / 0
    except:
        print('bare except caught')
        raise
try:
    f()
except ZeroDivisionError as e:
    print('re-raised', e)
def g():
    try:
        raise KeyError('original')
    except KeyError as e:
        err = e
    raise err
g()
