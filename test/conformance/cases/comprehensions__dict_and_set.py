words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words}, {len(w) for w in words}, {w[0] for w in words})
print({k: v for k, v in zip('abc', range(3)) if v}, {v: k for k, v in {'a': 1, 'b': 2}.items()})
print({(x, y): x * y for x in range(2) for y in range(2)})
