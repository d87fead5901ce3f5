import asyncio
async def slow():
    try:
        await asyncio.sleep(10)
        return 'finished'
    except asyncio.CancelledError:
        print('slow was cancelled')
        raise
async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(0.05 <= loop.time() - start < 1)
    print(await asyncio.wait_for(asyncio.sleep(0.01, 'in time'), timeout=1))
    try:
        async with asyncio.timeout(0.02):
            await slow()
    except TimeoutError:
        print('timeout() expired')
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0.01)
    print('expired?', cm.expired())
    task = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(task.cancel(), task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print('awaiting cancelled task raised CancelledError', task.cancelled())
    inner = asyncio.create_task(asyncio.sleep(0.02, 'shielded'))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except TimeoutError:
        print('shield timed out, inner cancelled?', inner.cancelled())
    print(await inner)
asyncio.run(main())
