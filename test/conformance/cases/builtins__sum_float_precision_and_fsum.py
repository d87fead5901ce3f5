import math
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), sum(vals) == 1.0, math.isclose(sum(vals), 1.0))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]), sum(range(10), 0.5))
