def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally on close')
g = gen()
print(next(g))
g.close()
g.close()
print(list(g))
fresh = gen()
fresh.close()
print('closing unstarted generator runs nothing')
