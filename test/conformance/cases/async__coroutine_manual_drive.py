class Yield:
    def __await__(self):
        value = yield 'suspended'
        return value
async def inner():
    got = await Yield()
    return got * 2
async def outer():
    return await inner() + 1
coro = outer()
print(type(coro).__name__, coro.send(None))
try:
    coro.send(20)
except StopIteration as e:
    print('result', e.value)
