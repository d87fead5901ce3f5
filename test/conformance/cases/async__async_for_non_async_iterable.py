import asyncio
async def main():
    async for x in [1, 2]:
        pass
asyncio.run(main())
