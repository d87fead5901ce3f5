import asyncio
async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0)
        n -= 1
async def main():
    values = [v async for v in countdown(3)]
    print(values)
    agen = countdown(2)
    print(type(agen).__name__, await agen.__anext__(), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print('exhausted')
asyncio.run(main())
