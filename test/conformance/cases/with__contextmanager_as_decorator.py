from contextlib import contextmanager
@contextmanager
def traced():
    print('start')
    yield
    print('end')
@traced()
def work(x):
    print('working', x)
    return x * 2
print(work(4))
