import threading

lock = threading.Lock()
print(lock.acquire(blocking=False), lock.acquire(blocking=False))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError', e)
lock.release()
print(lock.locked(), type(lock).__name__)
rlock = threading.RLock()
print(rlock.acquire(), rlock.acquire(), rlock._is_owned())
rlock.release()
rlock.release()
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError', e)
cond = threading.Condition()
try:
    cond.wait(0)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.notify_all()
except RuntimeError as e:
    print('RuntimeError', e)
with cond:
    print(cond.wait(0), cond.wait_for(lambda: 'ready'))
sem = threading.Semaphore(0)
print(sem.acquire(timeout=0), sem.acquire(blocking=False))
try:
    sem.acquire(blocking=False, timeout=1)
except ValueError as e:
    print('ValueError', e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
try:
    sem.release(0)
except ValueError as e:
    print('ValueError', e)
sem.release(3)
print([sem.acquire(blocking=False) for _ in range(4)])
ev = threading.Event()
ev.set()
print(ev.wait(0), ev.is_set())
barrier = threading.Barrier(3)
try:
    barrier.wait(timeout=0)
except threading.BrokenBarrierError:
    print('BrokenBarrierError', barrier.broken)
barrier.reset()
print(barrier.broken, barrier.parties)
try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError', e)
print(threading.stack_size(), threading.TIMEOUT_MAX > 1e9)
