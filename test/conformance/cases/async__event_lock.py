import asyncio
log = []
async def waiter(event, name):
    log.append(f'{name} waiting')
    await event.wait()
    log.append(f'{name} woke')
async def locked_work(lock, name):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0.01)
        log.append(f'{name} out')
async def limited(sem, name):
    async with sem:
        log.append(f'{name} acquired')
        await asyncio.sleep(0.01)
    log.append(f'{name} released')
async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in 'ab']
    await asyncio.sleep(0)
    print(event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(log); log.clear()
    lock = asyncio.Lock()
    await asyncio.gather(*(locked_work(lock, n) for n in 'xyz'))
    print(log, lock.locked()); log.clear()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, n) for n in 'pqr'))
    print(log); log.clear()
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    cond = asyncio.Condition()
    items = []
    async def consume():
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f'consumed {items.pop()}')
    async def produce():
        await asyncio.sleep(0.01)
        async with cond:
            items.append('thing')
            cond.notify()
    await asyncio.gather(consume(), produce())
    print(log)
asyncio.run(main())
