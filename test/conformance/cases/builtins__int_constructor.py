print(int(), int(5), int(-5.9), int('42'), int(' -7 '), int('1_000'), int('ff', 16), int('0xff', 0), int('0b101', 0), int('z', 36))
print(int(True), int('0o17', 8), int('11', 2), int(b'12'), int(bytearray(b'34')), int('٣'))
for bad in ['x', '1.5', '', ' ', '0x', '1__0', '_1']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
try:
    int(5, 10)
except TypeError as e:
    print(e)
try:
    int('5', 1)
except ValueError as e:
    print(e)
int('twelve')
