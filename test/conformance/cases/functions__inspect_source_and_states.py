import inspect
import functools

def decorator(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        return func(*args, **kwargs)
    return inner

@decorator
def decorated(x, y=2):
    # a comment inside
    total = x + y
    return total

class Shape:
    """A shape."""

    sides = 0

    def area(self):
        """Compute the area.

        Subclasses override this.
        """
        raise NotImplementedError

    class Inner:
        pass

print(inspect.getsource(decorated), end='')
print(inspect.signature(decorated))
print(inspect.getsource(Shape.area), end='')
print(inspect.getdoc(Shape.area))
print(inspect.getsourcelines(Shape.Inner)[1])
lam = lambda value: value * 2
print(inspect.getsource(lam), end='')
print(inspect.getcomments(decorated))

async def coro():
    return 1

async def agen():
    yield 1

def gen():
    yield 1
    yield 2

g = gen()
states = [inspect.getgeneratorstate(g)]
for _ in g:
    states.append(inspect.getgeneratorstate(g))
states.append(inspect.getgeneratorstate(g))
print(states)

def self_state():
    yield inspect.getgeneratorstate(me)
me = self_state()
print(next(me))
c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value, inspect.getcoroutinestate(c))
print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()), inspect.iscoroutinefunction(agen))
fresh = coro()
print(inspect.getcoroutinelocals(fresh), inspect.getgeneratorlocals(gen()))
fresh.close()
print(inspect.isgeneratorfunction(functools.partial(gen)))
print(inspect.ismethod(Shape().area), inspect.isfunction(Shape.area), inspect.isroutine(len))
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)
