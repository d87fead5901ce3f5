import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field

data = {'name': 'Widget', 'tags': ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'],
        'dims': {'w': 10, 'h': 20, 'd': 30}, 'matrix': [[1, 2, 3], [4, 5, 6], [7, 8, 9]] * 3,
        'nested': {'a': {'b': {'c': {'d': list(range(30))}}}}, 'empty': {}, 'tuple1': (1,), 'none': None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({'z': 1, 'a': 2})
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat(tuple(range(25)), width=20))
print(pprint.pformat({3, 1, 2, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170}, width=30))
print(pprint.pformat(frozenset(range(30)), width=40))
text = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(text)
pprint.pprint([text, 'short'], width=50)
pprint.pprint({'key': 'line one\nline two\nline three that is rather long and keeps on going past the width'}, width=40)
pprint.pprint(b'\x00\x01binary data that is long enough to wrap around the width limit' * 2, width=30)
pprint.pprint(OrderedDict((f'k{i}', i) for i in range(12)), width=40)
dd = defaultdict(list)
for i in range(12):
    dd[f'group{i % 4}'].append(i)
pprint.pprint(dd, width=40)
pprint.pprint(Counter('the quick brown fox jumps over the lazy dog'), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(ChainMap({'a': list(range(10))}, {'b': list(range(10))}), width=40)


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


pprint.pprint(Point(1, 2, ['a' * 30, 'b' * 30, 'c' * 30]), width=50)
pprint.pprint([Point(1, 2), Point(3, 4)], width=20)
print(pprint.pformat(12345678901234567890, underscore_numbers=True), pprint.pformat([1_000_000], underscore_numbers=True))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.isreadable([1, 2]), pprint.isreadable(object), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r))
print(pprint.pformat({'mixed': [1, 'a', None, 2.5, True, (1, 2)], 3: 'int key', 'str': 'x', (1, 2): 'tuple'}, width=30))
pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({'alpha': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'beta': {'x': 1}}))
pprint.pprint([], width=1)
pprint.pprint(list(range(10)), width=1)
pprint.pprint({'k': []})
