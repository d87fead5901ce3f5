import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    return [v async for v in agen()], {v: v * 2 async for v in agen()}, [await asyncio.sleep(0, result=i) for i in range(2)]
print(asyncio.run(main()))
