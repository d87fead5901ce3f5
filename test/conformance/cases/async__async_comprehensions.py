import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def square(v):
    await asyncio.sleep(0)
    return v * v
async def main():
    print([v async for v in agen(4) if v % 2 == 0])
    print({v: await square(v) async for v in agen(3)})
    print([await square(v) for v in range(3)])
asyncio.run(main())
