def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally')
g = gen()
print(next(g))
print('still suspended')
g.close()
print('after close')
