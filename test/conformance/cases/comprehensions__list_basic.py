print([x * x for x in range(6)], [c for c in 'hello' if c != 'l'], [x for x in []])
print([(x, y) for x in range(3) for y in range(x)], [x if x % 2 else -x for x in range(5)])
print([[row * col for col in range(3)] for row in range(3)])
