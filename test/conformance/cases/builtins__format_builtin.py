print(format(3.14159, '.2f'), format(42, '08d'), format(42, '+d'), format(0.25, '%'), format(1234567, ','), format(1234567, '_'))
print(format('abc', '>6'), format('abc', '^7'), format('abc', '*<5'), format(5, 'b'), format(1e10, 'e'), format(1e10, 'g'))
print(format(-0.0, '.1f'), format(float('nan'), 'f'), format(12.0, 'g'), format(0.0001, 'g'), format(123456789.0, 'g'))
try:
    format(1, 's')
except ValueError as e:
    print(e)
try:
    format('x', 'd')
except ValueError as e:
    print(e)
format(1.5, 'q')
