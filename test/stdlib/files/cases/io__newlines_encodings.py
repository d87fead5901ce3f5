# Newline translation and encodings of text files.
with open('mixed.txt', 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour')
for newline in (None, '', '\n', '\r', '\r\n'):
    with open('mixed.txt', newline=newline) as f:
        print(repr(newline), f.readlines())
with open('mixed.txt') as f:
    print(repr(f.read()))

for newline in (None, '', '\n', '\r', '\r\n'):
    with open('out.txt', 'w', newline=newline) as f:
        f.write('a\nb\r\nc')
    print(repr(newline), open('out.txt', 'rb').read())

for encoding in ('latin-1', 'utf-16', 'utf-16-le', 'utf-8-sig', 'ascii', 'cp1252'):
    with open('enc.txt', 'w', encoding=encoding) as f:
        f.write('caf\xe9 ok\n' if encoding != 'ascii' else 'cafe ok\n')
        f.write('line 2')
    print(encoding, open('enc.txt', 'rb').read())
    with open('enc.txt', encoding=encoding) as f:
        print(f.readlines(), f.encoding)

with open('bad.txt', 'wb') as f:
    f.write(b'ok \xff\xfe bytes')
for errors in ('replace', 'ignore', 'surrogateescape', 'backslashreplace'):
    with open('bad.txt', errors=errors) as f:
        print(errors, repr(f.read()))
with open('ascii.txt', 'w', encoding='ascii', errors='replace') as f:
    f.write('na\xefve')
print(open('ascii.txt').read())
try:
    open('bad.txt').read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    with open('ascii.txt', 'w', encoding='ascii') as f:
        f.write('na\xefve')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    open('mixed.txt', encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
open('x.txt', encoding='no-such-codec')
