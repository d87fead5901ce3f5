import asyncio
log = []
async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f'{name} done')
        return name
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('boom')
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok('a', 0.01))
        b = tg.create_task(ok('b', 0.02))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok('c', 0.01))
            tg.create_task(fail(0.02))
            tg.create_task(ok('d', 0.05))
    except* ValueError as eg:
        print('caught', type(eg).__name__, [str(e) for e in eg.exceptions])
    print(log)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01))
            tg.create_task(fail(0.01))
    except ExceptionGroup as eg:
        print(eg.message, len(eg.exceptions))
asyncio.run(main())
