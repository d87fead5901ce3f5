def gen():
    yield 1
    return 'result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def wrapper():
    value = yield from gen()
    print('inner returned', value)
    yield value
print(list(wrapper()))
