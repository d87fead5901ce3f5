def inner():
    received = yield 'inner first'
    print('inner got', received)
    yield 'inner second'
    return 'inner done'
def outer():
    result = yield from inner()
    print('outer got', result)
    yield 'outer end'
g = outer()
print(next(g))
print(g.send('hello'))
print(next(g))
print(list(g))
