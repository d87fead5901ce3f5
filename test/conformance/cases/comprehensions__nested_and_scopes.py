print([x * y for x in range(3) for y in range(3) if x != y])
print({x: [y for y in range(x)] for x in range(4)})
print({c.upper() for c in "hello"} == set("HELO"), sorted({c for c in "mississippi"}))
g = (x ** 2 for x in range(5)); print(next(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = 10; print([x for x in range(3)], x)
print([(a, b) for a in "ab" for b in (1, 2)])
