print(True + True, True - False, True * 3, True / 2, True // 2, True ** 3, -True, abs(False))
print(repr(True & True), repr(True | 0), repr(True ^ 1), True == 1, hash(True) == hash(1))
print(isinstance(True, int), int.__add__(True, 1), str(True), repr(False), f'{True:d}', f'{True}')
print(sum([True, True, False]), max(True, 2), sorted([True, 0, -1, False]))
