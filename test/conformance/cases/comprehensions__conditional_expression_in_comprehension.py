print(['fizz' * (i % 3 == 0) + 'buzz' * (i % 5 == 0) or str(i) for i in range(1, 16)])
print([v if v > 0 else 0 for v in [-1, 2, -3, 4]])
