# format() of ints and floats with widths: every alignment and fill, signs, grouping, '=' padding,
# zero padding and the errors of 'c'.
values_f = [0.0, -0.0, 1.5, -2.25, 1234567.891, -1e-7, 1e22, float('inf'), float('-inf'), float('nan'), 2.0]
specs_f = ['10', '<10', '>10', '^10', '*^11', '0>9', 'x<8', '\U0001f600>7', '10.2f', '<10.3e', '^12.4g', '>9.1%',
           '10.0f', '#10.0f', 'z8.1f', '-10.2f', '3', '12E', '12G', '=10.2f', '010.2f', '+10.2f', ' 10.2f',
           ',.2f', '12,.1f', '_>12', '10n', '10.3']
for v in values_f:
    print(repr(v), [format(v, s) for s in specs_f])
values_i = [0, 7, -7, 123456789, -2**70, 2**64, True, False]
specs_i = ['5', '<5', '>5', '^6', '*^7', '0>6', 'x<4', '\U0001f600>4', '5d', '<5d', '^6d', '-6d', '#6d',
           '=6', '06', '+6', ' 6', ',', '10,', '8x', '#8x', '8X', '<8b', '8o', '8n', '1', '8c']
for v in values_i:
    row = []
    for s in specs_i:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), row)
print(f"{3.14159:10.2e}|{-2:>5}|{42:^7d}|{1.5:<8}|{-1.5:08.2f}")
