def gen():
    yield 1
    return 99
results = [v for v in gen()]
print(results)
def catcher():
    r = yield from gen()
    return r
g = catcher()
next(g)
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)
