b = b'abc\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3])
print(B"x", br'\n', rb'\t', b'a' b'b')
print(bytes([72, 105]), bytearray(b'hi'), b'%d-%s' % (3, b'x'))
print(repr(b'\n\r\t\\\''), b'"', list(b'AZ'))
print(b'abc' == b'abc', b'abc' < b'abd', b'' or b'empty')
