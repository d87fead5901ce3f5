print({3, 1, 2}, set([10, 5, 1]), {0, -1, 1}, sorted({'b', 'a', 'c'}), {1, 2} | {9, 8})
print(set(range(10)) - {2, 4}, frozenset([5, 3]), {True, 2, 3.0}, {(1, 2), (0, 0)})
