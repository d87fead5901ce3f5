d = {}
d['z'] = 1; d['a'] = 2; d['m'] = 3
print(list(d))
del d['z']
d['z'] = 4
print(list(d), d == {'m': 3, 'a': 2, 'z': 4})
d2 = {1: 'int', 1.0: 'float', True: 'bool'}
print(d2, len(d2))
print({0: 'a', False: 'b', 0.0: 'c'})
print(dict(sorted({'b': 1, 'a': 2}.items())), list(reversed(d.items())))
