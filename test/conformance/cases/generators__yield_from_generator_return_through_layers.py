def a():
    yield 'a'
    return 'A'
def b():
    r = yield from a()
    yield 'b'
    return r + 'B'
def c():
    r = yield from b()
    return r + 'C'
g = c()
print(list(g))
g = c()
for _ in g:
    pass
def get_return(gen):
    try:
        while True:
            next(gen)
    except StopIteration as e:
        return e.value
print(get_return(c()))
