# io.TextIOWrapper over BytesIO and over a binary file; detach.
import io

w = io.TextIOWrapper(io.BytesIO(b'caf\xc3\xa9\nline2\n'), encoding='utf-8')
print(repr(w), w.encoding, repr(w.readline()), repr(w.read()), type(w.buffer).__name__)
for attribute in ('mode', 'name'):
    try:
        getattr(w, attribute)
    except AttributeError as e:
        print(attribute, type(e).__name__)
w2 = io.TextIOWrapper(io.BytesIO(), newline='\r\n')
print(repr(w2), w2.encoding, w2.write('héllo\nworld\n'))
w2.flush()
print(w2.buffer.getvalue())
raw = w2.detach()
print(type(raw).__name__, raw.getvalue())
try:
    w2.write('x')
except ValueError as e:
    print(e)
with open('bin.dat', 'wb') as f:
    f.write('ünïcode\nsecond\n'.encode('latin-1'))
with open('bin.dat', 'rb') as f:
    text = io.TextIOWrapper(f, encoding='latin-1')
    print(repr(text), text.readlines())
    text.close()
    print(f.closed)
with open('out.txt', 'w') as f:
    b = f.detach()
    print(type(b).__name__, b.write(b'bytes'))
    b.close()
print(open('out.txt').read())
try:
    io.TextIOWrapper(5)
except AttributeError as e:
    print(e)
print(open('out.txt').read())
