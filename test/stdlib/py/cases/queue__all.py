import queue


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait(), q.get(block=False), q.empty())
show(lambda: q.get_nowait())
show(lambda: q.get(block=False))
show(lambda: q.get(timeout=0.01))
show(lambda: q.get(timeout=-1))
b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
print(b.full(), b.qsize())
show(lambda: b.put_nowait('c'))
show(lambda: b.put('c', timeout=0))
b.get()
b.task_done()
b.get()
b.task_done()
show(lambda: b.task_done())
print(b.join(), b.unfinished_tasks)
p = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    p.put(item)
print([p.get() for _ in range(4)])
l = queue.LifoQueue()
for item in 'xyz':
    l.put(item)
print([l.get() for _ in range(3)], l.empty())
s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
show(lambda: s.get_nowait())
print(issubclass(queue.Empty, Exception), queue.Queue[int], queue.Full.__name__, queue.PriorityQueue().queue)
tasks = queue.Queue()
for t in ['download', 'parse', 'store']:
    tasks.put(t)
done = []
while not tasks.empty():
    done.append(tasks.get().upper())
    tasks.task_done()
print(done, tasks.unfinished_tasks, tasks.join())
