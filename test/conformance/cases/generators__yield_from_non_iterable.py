def gen():
    yield from 42
list(gen())
