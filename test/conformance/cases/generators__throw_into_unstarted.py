def gen():
    print('never started')
    yield 1
g = gen()
try:
    g.throw(ValueError('early'))
except ValueError as e:
    print('raised immediately', e)
print(list(g))
