import asyncio
log = []
async def worker(name, delay):
    log.append(f'start {name}')
    await asyncio.sleep(delay)
    log.append(f'end {name}')
    return name
async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(worker('slow', 0.03), worker('fast', 0.01), worker('mid', 0.02))
    print(results)
    print(log)
    print(0.03 <= loop.time() - start < 1)
    print(await asyncio.gather())
    print(await asyncio.sleep(0.005, result='value'))
    t = asyncio.create_task(worker('named', 0), name='my-task')
    print(t.get_name(), await t)
asyncio.run(main())
