try:
    bytes(-1)
except ValueError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(e)
try:
    b'abc'.decode('nope')
except LookupError as e:
    print(e)
print(bytes(b'x'), bytes(bytearray(b'y')), bytes.fromhex(''), int.from_bytes(b'', 'big'))
bytes(1.5)
