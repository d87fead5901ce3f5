try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    import math
    math.exp(1000)
except OverflowError as e:
    print(e)
print(10 ** 400 // 10 ** 399, 1e308 * 10)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
int(float('nan'))
