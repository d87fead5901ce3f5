# int(x) of one int, str or float argument (converted directly in CALL) next to the forms left to
# int.__new__: errors, big values, other scripts' digits.
vals = ['12', ' 12 ', '1_000', '-7', '+3', '٣', '0012', '123456789012345678901', 3.7, -2.5, -0.0, 1e20, 5, -9, 2**60]
print([int(v) for v in vals])
for bad in ['x', '', '1_', float('inf'), float('nan'), '1.5']:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(int(True), sum(int(d) for d in str(2**200)[::7]))
