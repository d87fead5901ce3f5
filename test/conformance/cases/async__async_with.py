import asyncio
class Conn:
    async def __aenter__(self):
        print('open')
        await asyncio.sleep(0)
        return self
    async def __aexit__(self, et, ev, tb):
        print('close', et.__name__ if et else None)
        return et is KeyError
async def main():
    async with Conn() as c:
        print('using', type(c).__name__)
    async with Conn():
        raise KeyError('suppressed')
    print('after suppression')
    try:
        async with Conn():
            raise ValueError('propagated')
    except ValueError as e:
        print('caught', e)
asyncio.run(main())
