print('%d %i %s %r %f %.2f %5d|%-5d| %05d %x %X %o %e %g %%' % (1, 2, 'str', 'repr', 1.5, 2.345, 3, 4, 5, 255, 255, 8, 12345.678, 0.00001))
print('%(name)s is %(age)d' % {'name': 'ann', 'age': 30}, '%c%c' % (72, 'i'), '%s' % (None,), '%s' % [1, 2])
print('%+d %+d % d' % (5, -5, 5), '%.3s' % 'abcdef', '%*d' % (5, 42), '%#x %#o' % (255, 8))
for args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        args[0] % args[1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
