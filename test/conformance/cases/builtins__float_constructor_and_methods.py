print(float(), float(3), float('1.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float('nan'))
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (1.5).hex(), float.fromhex('0x1.8p1'))
print((3.7).__trunc__(), (3.7).__floor__() if hasattr(3.7, '__floor__') else 3, (-3.5).__round__(), round(2.675, 2))
print(float('1_0.5'), 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324 / 2)
for bad in ['abc', '', '1.2.3', '1e', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
float([1])
