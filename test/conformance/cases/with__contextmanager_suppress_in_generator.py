from contextlib import contextmanager
@contextmanager
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print('ignored', repr(e))
with ignoring(KeyError):
    {}['x']
print('after')
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
