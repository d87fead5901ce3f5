d = {}
d[1] = 'int'
d[1.0] = 'float overwrites value, key stays int'
d[True] = 'bool'
print(d, list(d.keys()), type(list(d)[0]).__name__)
s = {0, 0.0, False, -0.0}
print(s, len(s))
print({2 ** 53: 'a', float(2 ** 53): 'b'}, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(2 ** 53 + 1) == hash(float(2 ** 53 + 1)), 10 ** 20 == 1e20, hash(10 ** 20) == hash(1e20))
