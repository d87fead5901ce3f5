def f():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(f())
def g():
    try:
        return 'try value'
    finally:
        return 'finally value'
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            continue
    return 'continued past exceptions'
print(h())
