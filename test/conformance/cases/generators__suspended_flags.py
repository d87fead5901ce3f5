import inspect

def gen():
    yield 1
    yield 2

g = gen()
print(g.gi_suspended, g.gi_running, inspect.getgeneratorstate(g))
next(g)
print(g.gi_suspended, g.gi_frame is not None, inspect.getgeneratorstate(g))

def watcher():
    yield (me.gi_running, me.gi_suspended)
me = watcher()
print(next(me))
list(g)
print(g.gi_suspended, g.gi_frame, inspect.getgeneratorstate(g))

async def coro():
    return 5

c = coro()
print(c.cr_suspended, c.cr_running, c.cr_origin, inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_suspended, c.cr_frame, inspect.getcoroutinestate(c))

async def agen():
    yield 1

a = agen()
print(a.ag_running, a.ag_await, a.ag_frame is not None, a.ag_code.co_name)
step = a.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('yielded', e.value, a.ag_running)
try:
    step.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
a.aclose().close()
print(type(a.aclose()).__name__, type(a.asend(None)).__name__)
