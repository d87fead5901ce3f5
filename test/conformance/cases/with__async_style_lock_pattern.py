import threading
lock = threading.Lock()
with lock:
    print('locked', lock.locked())
print('released', lock.locked())
rlock = threading.RLock()
with rlock:
    with rlock:
        print('reentrant ok')
