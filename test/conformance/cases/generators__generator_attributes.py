def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_code.co_name, iter(g) is g)
print(hasattr(g, '__next__'), hasattr(g, 'send'), hasattr(g, 'throw'), hasattr(g, 'close'))
