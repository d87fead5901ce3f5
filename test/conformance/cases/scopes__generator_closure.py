def make_gen(n):
    def gen():
        for i in range(n):
            yield i * step
    step = 10
    return gen
g = make_gen(3)
print(list(g()))
def counter_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    for v in range(4):
        yield add(v)
print(list(counter_gen()))
