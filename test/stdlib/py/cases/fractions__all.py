from fractions import Fraction as F
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(F(3, 4), F(6, -8), F(0, 5), F(5), F(), repr(F(-1, 3)), str(F(7, 1)))
for text in ['3/4', ' -7/21 ', '1.25', '-.5', '3.', '1e3', '2.5E-2', '1_000/3', '+0', '1/0', 'a', '1/2/3', '1.2/3', '', ' ', '.', '1e', '1_/2', '- 1']:
    show(lambda: F(text))
print(F(0.1), F(1.5), F(-0.0), F(2 ** 60 + 0.0), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(True))
show(lambda: F(float('nan')))
show(lambda: F(float('inf')))
show(lambda: F(1, 0))
show(lambda: F(1.5, 2))
show(lambda: F([1]))
show(lambda: F.from_float(0.25))
show(lambda: F.from_float('x'))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, F(-2, 3) ** -3)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, a ** 0, 2 ** F(3), 4 ** F(1, 2), F(1, 4) ** F(1, 2), F(1, 4) ** 0.5)
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.5, a + 1j, a == 1 / 3, a < 0.34, a > 0.33, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j)
print(a < b, a > b, a <= F(2, 6), a >= 1, a == F(2, 6), a != b, F(3) == 3, 3 == F(3), F(1, 2) < 1, sorted([F(1, 2), 0.3, 1, F(1, 3)]))
print(F(7, 2).__floor__(), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), bool(F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-1, 3)), {F(1, 2): 'half'}[0.5])
print(F(math.pi).limit_denominator(10), F(math.pi).limit_denominator(100), F(math.pi).limit_denominator(), F('3.141592653589793').limit_denominator(1000), F(1, 3).limit_denominator(2), F(-7, 13).limit_denominator(3))
show(lambda: F(1, 3).limit_denominator(0))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F(1, 3).real, F(1, 3).imag)
for f in [lambda: F(3, 4) / 0, lambda: F(-3, 4) / F(0), lambda: 1 / F(0), lambda: F(0) ** -1, lambda: F(3, 4) // 0, lambda: F(0) / 0]:
    show(f)
print(sum([F(1, n) for n in range(1, 11)]), math.prod([F(1, 2), F(2, 3), F(3, 4)]), max(F(1, 2), F(2, 3)), F(1, 2) in [0.5])
import copy
print(copy.copy(F(1, 2)), copy.deepcopy(F(1, 2)), F(10 ** 30, 3 * 10 ** 29), F(-2 ** 70, 2 ** 65))
