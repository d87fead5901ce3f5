import sys
import threading

def explode():
    raise KeyError('thread failure')

t = threading.Thread(target=explode, name='worker-1')
seen = []

def hook(args):
    seen.append((args.exc_type.__name__, repr(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))

threading.excepthook = hook
t.start()
t.join()
print(seen, t.is_alive())

class Job(threading.Thread):
    def run(self):
        raise SystemExit(3)

j = Job()
j.start()
j.join()
print('system exit in thread is silent', seen[-1][0])
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

def nested_start():
    inner = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name='inner')
    inner.start()
    inner.join()
    seen.append(threading.current_thread().name)

outer = threading.Thread(target=nested_start, name='outer')
outer.start()
outer.join()
print(seen[-2:])
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
d = threading.Thread(target=print)
d.daemon = True
print(d.daemon, d.isDaemon())
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError', e)
print(repr(threading.main_thread()).startswith('<_MainThread(MainThread, started'))
