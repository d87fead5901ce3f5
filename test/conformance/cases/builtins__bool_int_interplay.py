print(True + 1, True * 2.5, sum([True, True, True]), [0, 1][True], {True: 'a', 1: 'b'}, True == 1.0)
print(int(True), float(False), str(True), isinstance(False, int), False < True)
print(True.__class__.__name__, bool.__base__.__name__, (True).bit_length(), True.real, -True, True // 2)
