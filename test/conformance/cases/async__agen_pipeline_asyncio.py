import asyncio

async def numbers(limit):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i

async def squares(source):
    async for value in source:
        yield value * value

async def take(source, count):
    taken = []
    async for value in source:
        taken.append(value)
        if len(taken) == count:
            break
    return taken

async def main():
    print(await take(squares(numbers(10)), 4))
    print([x async for x in numbers(5) if x % 2 == 0])
    print({x: y async for x, y in squares_pairs()})
    total = sum([v async for v in squares(numbers(4))])
    print(total)
    results = await asyncio.gather(take(numbers(3), 3), take(squares(numbers(3)), 2))
    print(results)
    gen = numbers(2)
    print(await gen.__anext__(), await gen.asend(None))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print('done')

async def squares_pairs():
    async for n in numbers(3):
        yield n, n * n

asyncio.run(main())
