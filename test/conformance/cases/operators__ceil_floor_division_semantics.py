import math
vals = [7, -7, 7.5, -7.5]
for a in vals:
    print(a, a // 2, a % 2, math.floor(a / 2), math.ceil(a / 2), divmod(a, -2))
print(math.fmod(-7, 2), -7 % 2, math.remainder(7, 2))
