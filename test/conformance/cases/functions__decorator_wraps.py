import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """Add numbers."""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__qualname__)
print(add.__wrapped__.__name__)
