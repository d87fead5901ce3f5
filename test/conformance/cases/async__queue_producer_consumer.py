import asyncio
async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print('put', i, queue.qsize())
    await queue.put(None)
async def consumer(name, queue, out):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        print(name, 'got', item)
        out.append(item * 10)
        queue.task_done()
async def main():
    queue = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(queue, 5), consumer('c1', queue, out))
    await queue.join()
    print(out, queue.empty())
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    full = asyncio.Queue(1)
    full.put_nowait('x')
    try:
        full.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', full.full())
    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'xyz':
        await lq.put(item)
    print([await lq.get() for _ in range(3)])
asyncio.run(main())
