b = b'Hello World'
print(b.upper(), b.lower(), b.split(), b.replace(b'o', b'0'), b.find(b'o'), b.count(b'l'), b[::-1])
print(b.startswith(b'He'), b.hex(), bytes.fromhex('48 69'), b.decode('ascii'), b.strip(b'Hd'), b.partition(b' '))
print(list(b[:3]), b[0], b[-1:], b + b'!', b * 2, b'-'.join([b'a', b'b']), b'%s %d' % (b'x', 5))
print(bytes(3), bytes('é', 'utf-8'), bytes(range(65, 70)), b'abc'.center(7, b'*'), b'a,b'.split(b','))
try:
    b'abc' + 'def'
except TypeError as e:
    print(e)
try:
    bytes('str')
except TypeError as e:
    print(e)
b'x'[0] = 1
