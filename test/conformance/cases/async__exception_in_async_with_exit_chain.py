import asyncio
class Res:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise RuntimeError('aexit failed')
async def main():
    async with Res():
        raise ValueError('body failed')
asyncio.run(main())
