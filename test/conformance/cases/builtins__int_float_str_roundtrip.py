for v in [0.1, 1 / 3, 2.5e-8, 123456.789, 1e16 + 1, 2 ** 53 + 1.0]:
    print(repr(v), float(repr(v)) == v, str(v), int(v) if v > 1 else 'small')
print(int('1' * 30), str(-10 ** 19), int(str(2 ** 100)) == 2 ** 100, float('1' * 20))
