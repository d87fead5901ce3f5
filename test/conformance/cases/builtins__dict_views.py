d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
d['d'] = 4
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i)
print(k & {'a', 'z'}, k - {'a'}, k | {'q'}, k ^ {'a', 'q'}, list(reversed(k)), k == {'a', 'b', 'c', 'd'})
print(type(k).__name__, type(v).__name__, type(i).__name__, sorted(v), list(i)[0])
del d['a']
print(list(k), v.mapping if hasattr(v, 'mapping') else None)
