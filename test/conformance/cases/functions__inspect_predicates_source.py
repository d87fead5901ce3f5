import inspect
import abc
import asyncio

def plain():
    return 1

def gen():
    yield 1

async def coro():
    return 2

async def agen():
    yield 3

class Base(abc.ABC):
    """Base docs."""
    @abc.abstractmethod
    def run(self):
        """Run it."""

class Impl(Base):
    x = 10
    def run(self):
        return 'ran'
    @property
    def prop(self):
        return 5

objects = [plain, gen, coro, agen, Impl, Impl().run, len, inspect, 3]
for obj in objects:
    print([name for name in ('isfunction', 'isgeneratorfunction', 'iscoroutinefunction',
                             'isasyncgenfunction', 'isclass', 'ismethod', 'isbuiltin',
                             'isroutine', 'ismodule')
           if getattr(inspect, name)(obj)])
g = gen()
c = coro()
a = agen()
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(a), inspect.isawaitable(c))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
print(inspect.isabstract(Base), inspect.isabstract(Impl))
print(inspect.getmro(Impl)[:2])
members = inspect.getmembers(Impl, inspect.isfunction)
print([name for name, _ in members])
print([name for name, _ in inspect.getmembers(Impl()) if not name.startswith('__')])
print(inspect.getdoc(Impl), '|', inspect.getdoc(Impl.run))
print(inspect.getsource(plain), end='')
print(inspect.getsource(Impl.run), end='')
lines, start = inspect.getsourcelines(gen)
print(start, lines)
print(inspect.getsource(Impl), end='')
try:
    inspect.getsource(len)
except TypeError as e:
    print('TypeError', e)

def where_am_i():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name

print(where_am_i())
def stack_names():
    return [info.function for info in inspect.stack()]
def caller():
    return stack_names()
print(caller())
info = inspect.getframeinfo(inspect.currentframe())
print(info.function, info.code_context, info.index)

def counting():
    total = 0
    for i in range(3):
        total += i
        yield total
cg = counting()
next(cg)
print(inspect.getgeneratorlocals(cg))
print(inspect.getmodule(plain).__name__, inspect.getfile(plain) == __file__)
print(inspect.ismethoddescriptor(str.join), inspect.isdatadescriptor(Impl.prop))
