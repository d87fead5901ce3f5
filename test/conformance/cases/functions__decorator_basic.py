def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return f'hello {name}'
print(greet('bob'), greet.__name__)
def twice(fn):
    def wrapper(x):
        return fn(fn(x))
    return wrapper
@twice
@twice
def inc(x):
    return x + 1
print(inc(0))
