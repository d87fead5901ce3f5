data = [1, 2, 0, 4]
inverses = list(map(lambda v: 1 / v, data))
