# Names that mean something to JavaScript objects are plain names to Python: every kind of object,
# every way of spelling a name.
JS_NAMES = ['constructor', '__proto__', 'prototype', 'toString', 'valueOf', 'hasOwnProperty',
            '__defineGetter__', '__defineSetter__', '__lookupGetter__', 'isPrototypeOf',
            'propertyIsEnumerable', 'toLocaleString', 'then', 'call', 'apply', 'bind', 'length', 'name']

def gen():
    yield 1

class Plain:
    pass

class Slotted:
    __slots__ = ('a',)

import math
objects = [1, 2**70, True, 'a', 1.5, 1j, None, [], {}, (), set(), frozenset(), b'', bytearray(),
           range(3), slice(1), print, len, object(), type, object, Plain, Plain(), Slotted(),
           lambda: 0, gen(), Exception(), [].append, str.upper, math, NotImplemented, Ellipsis,
           iter([]), memoryview(b''), property(), staticmethod(len), super(Plain, Plain())]
for obj in objects:
    found = []
    for name in JS_NAMES:
        try:
            getattr(obj, name)
            found.append(name)
        except AttributeError:
            pass
        if hasattr(obj, name):
            found.append('has ' + name)
    print(type(obj).__name__, found, [n for n in dir(obj) if n in JS_NAMES])

# setattr, then getattr gives back exactly what was set
for obj in [Plain(), Plain, gen, Exception(), math]:
    for name in JS_NAMES:
        setattr(obj, name, name.upper())
    print(type(obj).__name__, [getattr(obj, name) for name in JS_NAMES] == [n.upper() for n in JS_NAMES])
    print(sorted(n for n in vars(obj) if n in JS_NAMES) == sorted(JS_NAMES))
    for name in JS_NAMES:
        delattr(obj, name)
    print([n for n in vars(obj) if n in JS_NAMES])

# as dict keys, kwargs names, class attributes, globals
d = {name: i for i, name in enumerate(JS_NAMES)}
print(list(d.items())[:4], len(d), d['__proto__'], d.get('constructor'), 'toString' in d)
print({}.get('__proto__'), {}.get('constructor'), '__proto__' in {}, 'constructor' in {})
def kw(**kwargs):
    return kwargs
print(kw(**d) == d, kw(constructor=1, __proto__=2, prototype=3))
def named(constructor, __proto__, prototype=0, *, toString=5):
    return constructor, __proto__, prototype, toString
print(named(1, 2), named(__proto__=9, constructor=8, toString=7))
K = type('K', (), dict(d))
print(K.__proto__, K.constructor, K().hasOwnProperty, '__proto__' in K.__dict__)
class C:
    constructor = 'c'
    __proto__ = 'p'
    def toString(self):
        return 'ts'
print(C.constructor, C.__proto__, C().toString(), C.__dict__['__proto__'])
g = {}
exec('__proto__ = 1\nconstructor = 2\nprototype = 3', g)
print(g['__proto__'], g['constructor'], g['prototype'])
globals()['__proto__'] = 'gp'
print(__proto__)
try:
    constructor
except NameError as e:
    print(e)
try:
    toString
except NameError as e:
    print(e)
ns = {}
print(eval('valueOf', {'valueOf': 3}), ns.setdefault('hasOwnProperty', 4), ns)
s = set(JS_NAMES)
print(len(s), '__proto__' in s, 'x' in s)
print(vars(Plain()).get('__proto__'), Plain().__dict__)
print(getattr(object(), '__proto__', 'missing'), getattr(1, 'constructor', 'missing'))
for name in ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e)
    try:
        exec(f'from sys import {name}')
    except ImportError as e:
        print(type(e).__name__, e)
import sys
print([n for n in sys.modules if n in JS_NAMES])
print(str.format('{0.__class__.__name__}', 1))
try:
    '{0.constructor}'.format(1)
except AttributeError as e:
    print(e)
try:
    '{0[__proto__]}'.format({})
except KeyError as e:
    print('KeyError', e)
print('{0[__proto__]}'.format({'__proto__': 'ok'}))
print('%(__proto__)s %(constructor)s' % {'__proto__': 1, 'constructor': 2})
try:
    '%(toString)s' % {}
except KeyError as e:
    print('KeyError', e)
try:
    format(1, 'constructor')
except ValueError as e:
    print(e)
from string import Template
print(Template('$__proto__ $constructor').substitute(__proto__='a', constructor='b'))
E = type('E', (Exception,), {'constructor': 5})
try:
    raise E('x')
except E as e:
    print(e.constructor, e.args)
m = type(sys)('constructor')
m.__proto__ = 3
print(m.__name__, m.__proto__, '__proto__' in dir(m))
import collections
c = collections.Counter(['__proto__', '__proto__', 'constructor'])
print(c, collections.OrderedDict(__proto__=1), collections.defaultdict(int, {'valueOf': 1})['valueOf'])
nt = collections.namedtuple('P', ['prototype', 'toString'])
print(nt(1, 2), nt(1, 2).prototype)
print(sorted(['constructor', '__proto__', 'valueOf']), 'constructor'.__len__())
