def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(g())
