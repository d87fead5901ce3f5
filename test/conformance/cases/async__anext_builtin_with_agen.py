import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    g = ticker(2)
    print(await anext(g), await anext(g))
    print(await anext(g, 'default'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    it = aiter(ticker(3))
    print([x async for x in it])
    try:
        anext([1, 2])
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
