g = (x for x in range(3))
l = [x for x in range(3)]
print(type(g).__name__, type(l).__name__, list(g), list(g), l)
print(sum(x for x in range(5)), sorted(x % 3 for x in range(6)))
