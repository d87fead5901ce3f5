import asyncio

async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print('ticker cleanup')

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def returns_early():
    yield 'only'
    return

async def main():
    g = ticker(5)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted after aclose')
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    r = returns_early()
    print([x async for x in r])
    try:
        await r.asend(None)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    t = ticker(3)
    try:
        await t.athrow(KeyError('k'))
    except KeyError as e:
        print('KeyError before start', e)
    t2 = ticker(3)
    await t2.asend(None)
    try:
        await t2.athrow(ValueError('bad'))
    except ValueError as e:
        print('ValueError propagated', e)
    x = ticker(2)
    try:
        await x.asend('hello')
    except TypeError as e:
        print('TypeError', e)
    a = ticker(2).__anext__()
    print(type(a).__name__, a.__await__() is a)

asyncio.run(main())
