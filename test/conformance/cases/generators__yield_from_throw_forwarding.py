def inner():
    try:
        yield 1
    except KeyError:
        print('inner caught KeyError')
        yield 'from inner handler'
def outer():
    yield from inner()
    yield 'outer continues'
g = outer()
next(g)
print(g.throw(KeyError))
print(next(g))
