def gen():
    try:
        yield 1
    finally:
        return 'from finally'
g = gen()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print('swallowed', e.value)
