def inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer()
next(g)
g.close()
