class Celsius(float):
    def __repr__(self):
        return f'{float(self)}°C'
c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, round(c), f'{c:.0f}', c > 20)
inf, nan = float('inf'), float('nan')
print(inf - inf, inf * 0, nan == nan, nan is nan, min(nan, 1), max(1, nan), sorted([3, nan, 1]))
print(inf > 10 ** 400, -inf < -10 ** 400, 10 ** 400 == inf, float(10 ** 300) < inf)
