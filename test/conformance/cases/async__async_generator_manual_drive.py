async def agen():
    yield 1
    yield 2
ag = agen()
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('first', e.value)
print(type(ag).__name__, ag.__aiter__() is ag)
