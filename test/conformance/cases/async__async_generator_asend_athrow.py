import asyncio
async def echo():
    received = None
    while True:
        try:
            received = yield received
        except ValueError as e:
            received = f'handled {e}'
async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend('ping'))
    print(await g.athrow(ValueError('oops')))
    await g.aclose()
    print('closed')
asyncio.run(main())
