# Set iteration order when sets are built from dicts, dict views and other iterables (CPython presizes
# for a dict argument and walks non-set iterables in their own order).
d = {5: 1, 'ab': 2, -1: 3, 'abc,def': 4, 7: 5, 1: 6}
print(set(d), set(list(d)), frozenset(d))
s = {100, 200}; s.update(d); print(s)
print(set().union(d), {3}.union(d), set(d).union(d))
e = dict.fromkeys(range(40, 0, -3)); print(set(e), set(e.keys()))
class D(dict): pass
print(set(D(d)))
big = {i * 7919 % 1000: i for i in range(30)}; print(set(big))
print(set(d) | set(big), {**d, **big}.keys() | set())
a = {'x': 1, 'yy': 2, 3: 3, 'zzz': 4, 10: 0}
b = {'yy': 0, 'q': 1, 10: 2, 'x': 5, 99: 1, 'w': 0, 'x2': 3}
k, j = a.keys(), b.keys()
print(k | j, j | k, k & j, j & k, k - j, j - k, k ^ j, j ^ k)
print(k | {'m', 'x'}, {'m', 'x'} | k, k & {'yy', 3, 'nope'}, {'yy', 3, 'nope', 'x', 'r', 's', 't'} & k, {'yy'} - k, k - {'yy'})
print(k & ['zzz', 'x', 'none'], k | ['p', 'x'], k - ['x'], k ^ ['x', 'new'])
print(a.items() | b.items(), a.items() & {('x', 1), ('q', 2)}, a.items() - b.items())
try: k | 1
except TypeError as e: print(e)
try: 1 & k
except TypeError as e: print(e)
print(k == {'x', 'yy', 3, 'zzz', 10}, k.isdisjoint(['nope']), ('x', 1) in a.items(), 'x' in k)
s1 = {'x', 3, 'm', 'zzz', 10, 'yy', 'k', 'p'}
print(s1.intersection(['p', 'zzz', 3, 'x', 'nope']), s1.intersection(a), s1.union(['q', 'r'], a), frozenset(s1).union(b))
t = set(s1); t.intersection_update(list(a), {'x', 3, 'zzz'}); print(t)
print(s1.intersection(), s1.union())
