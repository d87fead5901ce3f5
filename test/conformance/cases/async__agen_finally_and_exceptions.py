import asyncio

log = []

async def resource(name):
    log.append(f'open {name}')
    try:
        yield 1
        yield 2
    except KeyError as e:
        log.append(f'caught {e}')
        yield 'recovered'
    finally:
        log.append(f'close {name}')

async def main():
    r = resource('a')
    print(await r.__anext__())
    print(await r.athrow(KeyError('k')))
    await r.aclose()
    print(log)
    log.clear()
    r2 = resource('b')
    async for item in r2:
        print('item', item)
    print(log)
    log.clear()
    r3 = resource('c')
    await r3.__anext__()
    try:
        await r3.athrow(ValueError('v'))
    except ValueError as e:
        print('propagated', e)
    print(log, r3.ag_frame is None)
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for _ in bad():
            pass
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)
    async def raiser():
        raise ValueError('inside')
        yield
    try:
        await raiser().__anext__()
    except ValueError as e:
        print('ValueError', e)

asyncio.run(main())
