import threading

class Config(threading.local):
    def __init__(self, mode='default'):
        self.mode = mode
        self.calls = 0

config = Config('main-mode')
config.calls += 1
observed = []

def worker(label):
    observed.append((label, config.mode, config.calls))
    config.mode = label
    config.calls += 5

threads = [threading.Thread(target=worker, args=(f't{i}',)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(observed), config.mode, config.calls)

fired = []
timer = threading.Timer(0.01, fired.append, args=['tick'])
timer.start()
timer.join()
print(fired)
cancelled = threading.Timer(0.01, fired.append, args=['never'])
cancelled.cancel()
cancelled.start()
cancelled.join()
print(fired)

barrier = threading.Barrier(1, action=lambda: fired.append('barrier action'))
print(barrier.wait(), barrier.parties, barrier.n_waiting, barrier.broken, fired[-1])

results = {}
def compute(key, value):
    results[key] = value ** 2
workers = [threading.Thread(target=compute, args=(k, k + 1), daemon=True) for k in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join(timeout=1)
print(dict(sorted(results.items())), all(w.daemon for w in workers))
cond = threading.Condition(threading.Lock())
items = []
def producer():
    with cond:
        items.append('made')
        cond.notify()
p = threading.Thread(target=producer)
p.start()
p.join()
with cond:
    print(cond.wait_for(lambda: items, timeout=1))
sem = threading.BoundedSemaphore(2)
with sem:
    with sem:
        print('two slots', sem.acquire(blocking=False))
print(threading.Thread(target=None).name.startswith('Thread-'))
