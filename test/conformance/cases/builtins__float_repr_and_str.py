vals = [0.1, 1/3, 1e16, 1e-5, 123456789012345.6, 1.0, -0.0, 2.5e-10, 1e100, 3.141592653589793, 100.0, 1e22, 1e23]
for v in vals:
    print(repr(v), str(v))
print(float('nan'), float('-inf'), [float('inf')])
