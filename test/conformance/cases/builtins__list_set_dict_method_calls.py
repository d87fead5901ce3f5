# list.append, set.add and dict.get called as methods (the VM's direct entries for exact receivers)
# and through the class, with their argument errors.
items = []
for i in range(5):
    items.append(i * i)
items.append(items)
print(items)
seen = set()
for w in ['a', 'b', 'a', 3, 3.0, True, (1, 2)]:
    seen.add(w)
print(len(seen), 'a' in seen, 3 in seen, (1, 2) in seen)
try:
    seen.add([1])
except TypeError as error:
    print('TypeError', error)
try:
    seen.add()
except TypeError as error:
    print('TypeError', error)
d = {'x': 1, 2: 'two', None: 0}
print(d.get('x'), d.get('y'), d.get('y', 5), d.get(2, 9), d.get(None, 7), d.get(3.0, 'dflt'))
try:
    d.get([1])
except TypeError as error:
    print('TypeError', error)
try:
    d.get()
except TypeError as error:
    print('TypeError', error)
try:
    d.get('x', 1, 2)
except TypeError as error:
    print('TypeError', error)
class L(list):
    def append(self, item):
        super().append(item * 10)
class D(dict):
    pass
l = L(); l.append(2); list.append(l, 3); print(l)
dd = D(a=1); print(dd.get('a'), dd.get('b', 'no'))
fs = frozenset([1])
try:
    fs.add(2)
except AttributeError as error:
    print('AttributeError', error)
counts = {}
for k in [1, 2, 1, 1]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
