def gen():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
g = gen()
next(g)
print(g.close())
