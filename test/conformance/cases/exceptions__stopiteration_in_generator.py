def gen():
    yield 1
    raise StopIteration('inner stop')
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def gen2():
    next(iter([]))
    yield 'never'
list(gen2())
