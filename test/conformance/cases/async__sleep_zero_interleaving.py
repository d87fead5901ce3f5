import asyncio
async def loop(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(loop('A', 3), loop('B', 3))
asyncio.run(main())
