def f():
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not here')
try:
    f()
except BaseException as e:
    print('BaseException caught', type(e).__name__)
try:
    raise KeyboardInterrupt('interrupted')
except KeyboardInterrupt as e:
    print(repr(e), isinstance(e, Exception))
