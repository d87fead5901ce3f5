def f():
    try:
        pass
    except Exception:
        print('no')
    else:
        raise ValueError('from else')
    finally:
        print('finally after else raise')
try:
    f()
except ValueError as e:
    print('caught', e, e.__context__)
