def inner():
    x = yield "a"
    yield x
    return "ret"
def outer():
    result = yield from inner()
    yield result
o = outer()
print(next(o), o.send("sent"), next(o))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]]], 5])))
print(list(x for x in range(3)), sum(i for i in range(101)))
def walk(n):
    if n:
        yield n
        yield from walk(n - 1)
print(list(walk(5)))
