def outer():
    factor = 3
    return [[factor * x * y for y in range(3)] for x in range(2)]
print(outer())
def counter():
    return [(lambda: n)() for n in range(3)]
print(counter())
