import weakref

class Item:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return f'Item({self.key!r})'

items = [Item(k) for k in 'abc']
registry = weakref.WeakValueDictionary({item.key: item for item in items})
print(sorted(registry.keys()), registry['b'], registry.get('zz', 'missing'))
kept = Item('d')
registry['d'] = kept
del registry['a']
print(sorted(registry), len(registry), 'a' in registry)
print(sorted(repr(v) for v in registry.values()))
copy = registry.copy()
print(type(copy).__name__, sorted(copy))
try:
    registry['bad'] = 5
except TypeError as e:
    print('TypeError', e)
meta = weakref.WeakKeyDictionary()
for item in items:
    meta[item] = item.key.upper()
print(sorted(meta.values()), items[0] in meta, 'str key' in meta)
try:
    meta['text'] = 1
except TypeError as e:
    print('TypeError', e)
s = weakref.WeakSet(items[:2])
s.add(items[2])
s.discard(items[0])
print(len(s), items[0] in s, sorted(x.key for x in s))
print(s | weakref.WeakSet([items[0]]) == weakref.WeakSet(items))
def callback(ref):
    print('callback called')
r = weakref.ref(items[0], callback)
print(r() is items[0], r.__callback__ is callback, weakref.ref(items[0]) is not r)
fin = weakref.finalize(items[1], print, 'finalizer', 'ran')
print(fin.peek()[2], fin.alive)
print(fin.detach()[1] is print, fin.alive, fin())
