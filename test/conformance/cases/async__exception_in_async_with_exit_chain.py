import asyncio
class Res:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise RuntimeError('aexit failed')
async def main():
    try:
        async with Res():
            raise ValueError('body failed')
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
asyncio.run(main())
