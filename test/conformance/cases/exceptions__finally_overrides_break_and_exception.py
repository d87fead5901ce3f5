def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'exception discarded by break in finally'
print(f())
def g():
    while True:
        try:
            return 'try return'
        finally:
            print('finally then loop continues? no: break')
            break
    return 'after loop'
print(g())
