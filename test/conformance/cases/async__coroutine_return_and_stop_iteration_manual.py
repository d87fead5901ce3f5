async def add(a, b):
    return a + b
async def total():
    return await add(1, 2) + await add(3, 4)
c = total()
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
