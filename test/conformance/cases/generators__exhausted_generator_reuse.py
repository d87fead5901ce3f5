def gen():
    yield from range(3)
g = gen()
print(list(g), list(g), next(g, 'exhausted'))
print(list(gen()), sum(gen()))
