def f():
    pass
f.custom = 'attached'
f.counter = 0
f.counter += 1
print(f.custom, f.counter, sorted(k for k in f.__dict__))
print(callable(f), type(f).__name__, f.__code__.co_name)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
