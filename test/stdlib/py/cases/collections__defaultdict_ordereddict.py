from collections import defaultdict, OrderedDict


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = defaultdict(list)
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, dict(d), d['zz'], len(d))
print(d.get('nope'), 'nope' in d)
n = defaultdict(int)
for ch in 'mississippi':
    n[ch] += 1
print(n, sorted(n.items()))
print(defaultdict(None), defaultdict(lambda: 5)['k'] if False else defaultdict(str)['k'])
show(lambda: defaultdict(3))
show(lambda: defaultdict(int, a=1))
show(lambda: defaultdict(int, [('x', 2)], y=3))
show(lambda: defaultdict(None)['a'])
show(lambda: defaultdict(list, {1: 2}) | {3: 4})
show(lambda: {3: 4} | defaultdict(list, {1: 2}))
c = d.copy()
c['q'].append(9)
print(c, type(c).__name__, c.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']), isinstance(nested, dict))
tree = defaultdict(set)
tree[1].add(2)
print(tree)
dd = defaultdict(int)
dd.default_factory = list
dd[1].append(1)
print(dd)

o = OrderedDict()
o['b'] = 1
o['a'] = 2
o['c'] = 3
print(o, list(o), o.keys(), o.values(), o.items())
o.move_to_end('b')
print(o)
o.move_to_end('b', last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
o.update([('x', 1), ('y', 2)], z=3)
print(o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys('abc', 0), list(reversed(OrderedDict.fromkeys('abc'))))
show(lambda: OrderedDict().popitem())
show(lambda: OrderedDict().move_to_end(1))
show(lambda: OrderedDict(a=1) | {'b': 2})
r = OrderedDict(a=1)
r['self'] = r
print(r)
print(o.setdefault('w', 7), o.pop('x'), o)
print(list(reversed(o.items())), list(reversed(o.keys())), list(reversed(o.values())))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


lru = LRU(2)
lru.put(1, 1)
lru.put(2, 2)
print(lru.get_(1))
lru.put(3, 3)
print(lru.get_(2), lru.get_(3), lru)
print(o.keys() & {'y', 'q'}, 'y' in o.keys(), ('y', 2) in o.items(), 2 in o.values())
