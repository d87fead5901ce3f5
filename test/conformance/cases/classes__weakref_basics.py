import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return 'hi ' + self.name

n = Node('a')
r = weakref.ref(n)
print(r() is n, r().name, weakref.ref(n) is r, weakref.getweakrefcount(n))
print(r == weakref.ref(n), hash(r) == hash(n), isinstance(r, weakref.ReferenceType))
for bad in [1, 'text', (1,), [1], {'k': 1}, object(), None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print('TypeError', e)
class Slotted:
    __slots__ = ('x',)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print('TypeError', e)
class SlottedWeak:
    __slots__ = ('x', '__weakref__')
print(weakref.ref(SlottedWeak()) is not None)
p = weakref.proxy(n)
print(p.name, p.greet())
p.name = 'b'
print(n.name)
wm = weakref.WeakMethod(n.greet)
print(wm()())
cache = weakref.WeakValueDictionary()
cache['k'] = n
print('k' in cache, cache['k'].name, len(cache), list(cache.keys()))
wk = weakref.WeakKeyDictionary()
wk[n] = 5
print(wk[n], len(wk))
ws = weakref.WeakSet([n])
print(n in ws, len(ws))
calls = []
f = weakref.finalize(n, calls.append, 'finalized')
print(f.alive)
f()
f()
print(calls, f.alive)
print(weakref.ref(n, lambda ref: None).__callback__ is not None)
