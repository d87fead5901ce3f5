values = [0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e-7, 123456789.123, 0.5, 1.005, 2.675, 1e16, 1.0]
for v in values:
    print(v, f'{v:.2f}', round(v, 2), f'{v:g}', f'{v:.3e}', str(v * 100))
print(sum(values), [round(v, 1) for v in values[:4]], f'{0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f}')
