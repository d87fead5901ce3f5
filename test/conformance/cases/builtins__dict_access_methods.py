d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(list(d.keys()), list(d.values()), list(d.items()), d.pop('a'), d.pop('zz', 'dflt'), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d, d.popitem(), d, len(d), 'x' in d, 'q' not in d)
print(dict.fromkeys('ab', 0), dict(a=1), dict([('k', 'v')]), dict(zip('ab', [1, 2])), d.copy() == d)
d.clear()
print(d, {**{'a': 1}}, dict({'b': 2}, c=3))
