import asyncio
async def main():
    try:
        await 5
    except TypeError as e:
        print(type(e).__name__, e)
    class NotAwaitable:
        pass
    try:
        await NotAwaitable()
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main())
