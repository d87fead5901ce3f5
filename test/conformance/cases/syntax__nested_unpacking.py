((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
[(m, n)] = [(5, 6)]
print(m, n)
a, (b, *c), d = 1, 'xyz', 2
print(a, b, c, d)
points = [(1, 2), (3, 4)]
print([x + y for x, y in points])
