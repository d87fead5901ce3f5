def gen():
    try:
        yield
    except Exception as e:
        yield f'{type(e).__name__}: {e}'
g = gen()
next(g)
print(g.throw(ValueError('v')))
g2 = gen()
next(g2)
print(g2.throw(TypeError('t')))
