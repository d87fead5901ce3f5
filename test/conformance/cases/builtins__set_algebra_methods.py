s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), s.pop() in {2, 3, 4}, len(s))
a, b = {1, 2, 3}, {3, 4}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.isdisjoint({9}), {1}.issubset(a), a.issuperset({1, 2}))
a.update([7]); a.intersection_update({1, 2, 7}); a.difference_update({2})
print(a, set(), set('aab'), frozenset([1, 2]), {frozenset({1}): 'fs'})
c = a.copy()
c.clear()
print(c, a)
try:
    s.remove(99)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
frozenset([1]).add(2)
