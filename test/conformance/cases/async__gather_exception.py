import asyncio
async def ok():
    await asyncio.sleep(0)
    return 'ok'
async def bad():
    await asyncio.sleep(0)
    raise ValueError('bad task')
async def main():
    try:
        await asyncio.gather(ok(), bad())
    except ValueError as e:
        print('gather raised', e)
    results = await asyncio.gather(ok(), bad(), return_exceptions=True)
    print([repr(r) for r in results])
asyncio.run(main())
