print(round(0.5), round(1.5), round(2.5), round(-1.5), round(1.005, 2), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(round(1.23456, 3), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, round(-0.4))
print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
try:
    round('x')
except TypeError as e:
    print(e)
round(1.5, 'x')
