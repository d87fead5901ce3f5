print(any([]), all([]), any([0, None, '']), all([1, 'a', [0]]), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
print(bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(set()), bool(None), bool(0j), bool(range(0)), bool(' '), bool([0]))
print(bool(), bool(1), True and 'x', type(bool(1)).__name__, bool.__mro__)
