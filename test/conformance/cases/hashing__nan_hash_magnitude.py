# hash() of NaN floats is large and per object (an address in CPython); other float hashes and NaN
# membership in sets are unchanged.
in0 = 65535; li0 = [-0.0, 0.0, float('-inf'), float('inf')]; in0 %= hash(sum(li0)); print(in0)
x = float('nan'); y = float('nan')
print(hash(x) == hash(x), hash(x) != hash(y), hash(x) > 2**40, hash(x) < 2**53)
s = {x, y, x, 1.5, 2.5, -0.0, 0.0}; print(len(s), x in s, y in s, float('nan') in s, 1.5 in s, 0.0 in s)
print(hash(1.5), hash(-2.5), hash(1e300), hash(float('inf')), hash(-1.0), hash(0.1))
d = {x: 1}; print(d[x], len({0.5, 0.25, 0.5}))
