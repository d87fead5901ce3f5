import base64
import binascii


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), 'héllo'.encode()]:
    e64 = base64.b64encode(data)
    print(e64, base64.b64decode(e64) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24], base64.b16encode(data)[:20], base64.b85encode(data)[:20])
    print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(base64.b16encode(data)) == data, base64.b85decode(base64.b85encode(data)) == data, base64.b32hexencode(data)[:16])
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/8=', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.urlsafe_b64decode('-_8='), base64.b64decode('aGVs bG8=\n'), base64.b64decode(b'aGVsbG8='), base64.b85encode(b'abc', pad=True))
for bad in ['abc', 'a', 'ab=c', '=abc', 'ab==cd', 'a===', 'abcde', '@@@@', 'YWJj\x00']:
    show(lambda: base64.b64decode(bad))
    show(lambda: base64.b64decode(bad, validate=True))
show(lambda: base64.b64encode('str'))
show(lambda: base64.b64decode(5))
show(lambda: base64.b64decode('é'))
show(lambda: base64.b32decode('MZXW6==='))
show(lambda: base64.b32decode('mzxw6==='))
show(lambda: base64.b32decode('mzxw6===', casefold=True))
show(lambda: base64.b32decode('MZXW6'))
show(lambda: base64.b32decode('MZ1W6===', map01=b'L'))
show(lambda: base64.b16decode('666f6f'))
show(lambda: base64.b16decode('666f6f', casefold=True))
show(lambda: base64.b16decode('666'))
show(lambda: base64.b85decode(b'|NsC0'))
print(base64.encodebytes(bytes(100)), base64.decodebytes(b'AAAA\nAAAA\n'), base64.standard_b64encode(b'x'))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.b2a_hex(b'abc', b':', 2), binascii.unhexlify('01ab'), binascii.a2b_hex(b'FF'))
show(lambda: binascii.unhexlify('0g'))
show(lambda: binascii.unhexlify('abc'))
print(binascii.crc32(b'hello world'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc_hqx(b'123456789', 0))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abc', newline=False), binascii.a2b_base64('YWJj'), issubclass(binascii.Error, ValueError))
