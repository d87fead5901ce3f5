import asyncio
order = []
async def job(name):
    order.append(f'start {name}')
    await asyncio.sleep(0)
    order.append(f'end {name}')
    return name.upper()
async def main():
    t1 = asyncio.create_task(job('x'))
    t2 = asyncio.create_task(job('y'))
    order.append('tasks created')
    print(await t1, await t2)
    print(order, t1.done(), t1.result())
asyncio.run(main())
