def gen():
    try:
        yield 1
        return
    finally:
        print('cleanup')
    yield 'unreachable'
print(list(gen()))
