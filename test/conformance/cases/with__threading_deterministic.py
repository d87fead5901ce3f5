import threading

results = []
lock = threading.Lock()

def worker(n, scale=1):
    with lock:
        results.append(n * scale)

threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10}) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads])
print(threads[0].name.startswith('Thread-'), threads[0].name.endswith('(worker)'))
try:
    threads[0].start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print('RuntimeError', e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])

seen = []
def record_name():
    seen.append(threading.current_thread().name)
t = threading.Thread(target=record_name, name='custom')
t.start(); t.join()
print(seen, t.name, t.daemon)

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(name='counter')
        self.total = 0
    def run(self):
        for i in range(5):
            self.total += i
c = Counter()
c.start(); c.join()
print(c.total)

lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(blocking=False), lk.acquire(timeout=0.01))
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError', e)
r = threading.RLock()
with r:
    with r:
        print('nested rlock ok')
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print('ValueError', e)

cond = threading.Condition()
with cond:
    cond.notify_all()
    print(cond.wait(timeout=0.01), cond.wait_for(lambda: 42, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)

data = threading.local()
data.value = 'main'
def set_local():
    data.value = 'thread'
    seen.append(data.value)
lt = threading.Thread(target=set_local)
lt.start(); lt.join()
print(data.value, seen[-1], hasattr(data, 'value'))

def failing():
    raise ValueError('boom in thread')

captured = []
old_hook = threading.excepthook
threading.excepthook = lambda args: captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
ft = threading.Thread(target=failing, name='failer')
ft.start(); ft.join()
threading.excepthook = old_hook
print(captured)
print(isinstance(threading.get_ident(), int), threading.ThreadError is RuntimeError)
