values = map(lambda v: 10 // v, [5, 2, 0])
print(next(values), next(values))
print(list(values))
