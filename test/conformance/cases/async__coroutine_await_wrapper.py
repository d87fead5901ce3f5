async def inner():
    return 'inner result'

async def compute(x):
    return x * 2

coro = compute(21)
wrapper = coro.__await__()
print(type(wrapper).__name__, iter(wrapper) is wrapper)
try:
    next(wrapper)
except StopIteration as e:
    print('result', e.value)
try:
    wrapper.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

def drive(awaitable):
    it = awaitable.__await__()
    while True:
        try:
            it.send(None)
        except StopIteration as e:
            return e.value

print(drive(inner()))

class Delegate:
    def __await__(self):
        value = yield from compute(5).__await__()
        return value + 1

async def outer():
    return await Delegate()

print(drive(outer()))
c = inner()
w = c.__await__()
w.close()
print('closed', c.cr_frame is None)
c2 = compute(1)
w2 = c2.__await__()
try:
    w2.throw(ValueError('thrown in'))
except ValueError as e:
    print('ValueError', e)
