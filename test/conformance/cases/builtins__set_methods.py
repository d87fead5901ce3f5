s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(s, len(s), 2 in s)
print(s | {9}, s & {2, 3}, s - {2}, s ^ {3, 5}, s.union([7]), s.intersection({2, 4, 6}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2}.isdisjoint({3}), {1, 2}.issuperset({1}))
print(set(), set("hello") == set("olleh"), frozenset([1, 2]), sorted({5, 3, 8}), {x * 2 for x in range(5)})
print({10, 20, 30, 40, 50}, {"a"} | {"a"}, set([1, 1, 1]), {1, 2, 3}.pop(), len(set(range(100))))
print({-1, -2, 5, 100, 7}, {0.5, 1, 2.5}, {(1, 2), (0, 1)})
s.remove(99)
