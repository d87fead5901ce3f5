import asyncio
async def job(name, delay):
    await asyncio.sleep(delay)
    if name == 'bad':
        raise KeyError(name)
    return name
async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [('a', 0.1), ('b', 0), ('c', 0.05)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    for fut in asyncio.as_completed([job('x', 0.06), job('y', 0), job('z', 0.03)]):
        print('completed', await fut)
    done, pending = await asyncio.wait([asyncio.create_task(job('slow', 5))], timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.02, f.set_result, 'from callback')
    print(f.done(), await f, f.done())
    t = asyncio.create_task(job('bad', 0))
    await asyncio.sleep(0.001)
    print(repr(t.exception()))
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(print))
    c = job('q', 0)
    print(asyncio.iscoroutine(c))
    print(await c)
    fut = asyncio.Future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    fut.cancel()
    print(fut.cancelled(), fut.done())
asyncio.run(main())
