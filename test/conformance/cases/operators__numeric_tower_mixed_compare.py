from fractions import Fraction
from decimal import Decimal
print(1 == 1.0, Fraction(1, 2) == 0.5, 1 < 1.5 < 2, Fraction(1, 3) < 0.34)
print(Fraction(1, 2) + 1, Fraction(1, 2) + 0.5, Fraction(3, 4) * 2)
print(Decimal('1.1') + Decimal('2.2'), Decimal('0.1') * 3 == Decimal('0.3'))
print(complex(1, 0) == 1, 1j ** 2 == -1)
try:
    1j < 2j
except TypeError as e:
    print(e)
