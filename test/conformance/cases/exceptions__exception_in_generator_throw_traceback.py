def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError('converted inside generator')
g = gen()
next(g)
g.throw(KeyError('outside'))
