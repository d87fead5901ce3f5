def gen():
    try:
        yield 1
    finally:
        print('cleanup in generator')
g = gen()
next(g)
g.close()
print('closed')
