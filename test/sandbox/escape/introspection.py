# The classic CPython sandbox escapes walk from any object to object, its subclasses, function
# globals, builtins and frames. Here every walk ends at Python objects of this program.
import sys

subclass_names = sorted({c.__name__ for c in object.__subclasses__()})
# No JS-side or interpreter-internal classes among them.
print([n for n in subclass_names if n in ('Interpreter', 'Frame', 'PyObject', 'Function', 'Object',
                                          'Worker', 'Process', 'Popen', 'FileIO', 'Module')])
print(''.__class__.__mro__[-1] is object, ().__class__.__bases__[0].__name__)
print(type(object.__subclasses__()).__name__)

# A class defined here is visible, and only its own subclasses are below it.
class Base: pass
class Child(Base): pass
print([c.__name__ for c in Base.__subclasses__()])

# Function globals are this module's globals; builtins is the builtins module.
def f(): pass
print(f.__globals__ is globals(), f.__globals__['__name__'])
print(__builtins__.__name__)
print(type(f.__code__).__name__, f.__code__.co_name)
print(sorted(k for k in dir(__builtins__) if k in ('eval', 'exec', 'open', 'compile', '__import__')))
print(len.__module__, print.__name__)

# Frames lead back to this program only.
fr = sys._getframe()
print(fr.f_code.co_name, fr.f_globals is globals(), fr.f_back)
def inner():
    return sys._getframe(1)
print(inner() .f_code.co_name, inner().f_lineno > 0)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def g():
    yield sys._getframe()
gen = g()
print(gen.gi_frame.f_code.co_name, next(gen).f_code.co_name)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_frame.f_globals is globals(), tb.tb_next, tb.tb_lineno)
    print(tb.tb_frame.f_back)
print(type(fr.f_builtins).__name__, fr.f_builtins is __builtins__.__dict__)
print(fr.f_locals is globals())

# str.format attribute walking reaches only Python objects.
print('{0.__class__.__mro__}'.format(1))
print('{0.__class__.__base__.__name__}'.format(True))
print('{0.__globals__[__name__]}'.format(f))
print('{0.__class__.__init__.__name__}'.format(1))
print('{.__name__}'.format(len))

# Module objects: modules hold only what Python put there.
import math, os
print(type(math).__name__, math.__name__, os.name)
