def nest(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from nest(n - 1)
print(list(nest(400)))
def runaway(n):
    yield from runaway(n + 1)
next(runaway(0))
