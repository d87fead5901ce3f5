def gen():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('handled', e)
            yield 'recovered'
g = gen()
print(next(g))
print(g.throw(ValueError('bad')))
print(next(g))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', e)
print(list(g))
