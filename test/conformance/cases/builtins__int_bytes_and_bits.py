n = 255
print(n.bit_length(), (0).bit_length(), (-255).bit_length(), n.to_bytes(2, 'big'), n.to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
print((10).as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator, (7).bit_count())
print(int.__name__, (5).__add__(3), (5).__radd__(3), (5).__truediv__(2))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
