import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name * steps
async def main():
    results = await asyncio.gather(worker('a', 3), worker('b', 2), worker('c', 1))
    print(results)
    print(log)
asyncio.run(main())
