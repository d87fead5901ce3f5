class CM:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a[0])
def f():
    with CM():
        return 'returned'
print(f())
def g():
    for i in range(3):
        with CM():
            if i == 1:
                break
            continue
    return i
print(g())
