a, b = {1, 2, 3}, {2, 3, 4}
print(a & b, a | b, a ^ b, a - b, b - a)
print(frozenset(a) & b, type(frozenset(a) | b).__name__, type(a | frozenset(b)).__name__)
d1, d2 = {'x': 1, 'y': 2}, {'y': 20, 'z': 30}
print(d1 | d2, d2 | d1)
d1 |= d2
print(d1)
print({1: 'a'}.keys() & {1, 2}, {1: 'a'}.keys() | {3}, {1: 2}.items() & {(1, 2)})
try:
    {1} + {2}
except TypeError as e:
    print(e)
