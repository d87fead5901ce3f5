import asyncio
async def greet(name):
    await asyncio.sleep(0)
    return f'hello {name}'
async def main():
    result = await greet('world')
    print(result)
    return 'main done'
print(asyncio.run(main()))
