print('{}, {}!'.format('Hello', 'World'), '{1} {0}'.format('a', 'b'), '{x} {y[0]} {z.real}'.format(x=1, y=[2], z=3))
print('{:>5}|{:<5}|{:^5}|'.format('a', 'b', 'c'), '{:05.1f}'.format(3.14159), '{!r}'.format('q'), '{{literal}}'.format())
print('{0[key]}'.format({'key': 'v'}), '{:,.2f}'.format(1234.5), '{:x}'.format(255), '{:#b}'.format(5))
for fmt, args in [('{}', ()), ('{0} {}', (1, 2)), ('{x}', ()), ('{', ()), ('{:d}', ('s',))]:
    try:
        fmt.format(*args)
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
