print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100, 1 << 10, 1024 >> 3)
print(-8 >> 1, -1 >> 10, -8 & 0xff, (1 << 100) >> 98, (2**64 - 1) & 0xffff)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
