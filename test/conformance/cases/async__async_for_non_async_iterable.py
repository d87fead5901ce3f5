import asyncio
async def main():
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main())
