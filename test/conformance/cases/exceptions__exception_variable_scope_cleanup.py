def f():
    e = 'original'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
try:
    f()
except UnboundLocalError as err:
    print(err)
