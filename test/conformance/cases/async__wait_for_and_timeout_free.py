import asyncio
async def quick():
    await asyncio.sleep(0)
    return 'quick'
async def main():
    print(await asyncio.wait_for(quick(), timeout=10))
    task = asyncio.ensure_future(quick())
    print(await task)
    print(asyncio.iscoroutinefunction(main))
asyncio.run(main())
