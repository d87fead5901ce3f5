def gen():
    x = yield
    print('x =', x)
    y = (yield x) + 1
    print('y =', y)
    z = yield (x, y)
    print('z =', z)
g = gen()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    g.send(30)
except StopIteration:
    print('done')
