# io.StringIO and io.BytesIO.
import io

s = io.StringIO('abc\ndef\r\nghi\rjkl')
print(s.readlines(), s.tell())
for newline in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('abc\ndef\r\nghi\rjkl', newline=newline)
    print(repr(newline), repr(s.getvalue()), s.readlines())
s = io.StringIO()
print(s.write('a\nb'), s.tell(), s.seek(10), s.write('x'), repr(s.getvalue()), s.tell())
s = io.StringIO('héllo😀wörld\nx')
print(s.read(6), s.tell(), s.read(), s.tell())
s.seek(3)
print(s.write('ZZ'), repr(s.getvalue()), s.tell())
s = io.StringIO('a\nb\n')
print(repr(s.readline(1)), repr(s.readline(-1)), repr(s.readline(None)), list(s))
s = io.StringIO('abc')
s.read()
print(s.truncate(1), s.tell(), repr(s.getvalue()), s.truncate(), repr(s.getvalue()))
with io.StringIO('lines\nhere\n') as s:
    print([line for line in s], s.closed)
print(s.closed)
s = io.StringIO()
s.writelines(['x', 'y\n', 'z'])
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.isatty())
print(io.StringIO('q').read(None), io.StringIO(initial_value='v', newline='').getvalue())

def attempt(label, action):
    try:
        print(label, 'ok', repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('init type', lambda: io.StringIO(123))
attempt('write int', lambda: io.StringIO().write(5))
attempt('seek negative', lambda: io.StringIO().seek(-1))
attempt('seek cur', lambda: io.StringIO().seek(5, 1))
attempt('seek end', lambda: io.StringIO().seek(5, 2))
attempt('whence', lambda: io.StringIO().seek(0, 3))
attempt('truncate negative', lambda: io.StringIO().truncate(-1))
attempt('newline', lambda: io.StringIO(newline='x'))
attempt('read str', lambda: io.StringIO().read('a'))
attempt('seek float', lambda: io.StringIO().seek(1.5))
attempt('fileno', lambda: io.StringIO().fileno())
closed = io.StringIO()
closed.close()
for name in ('read', 'getvalue', 'tell', 'readline', 'seekable'):
    attempt('closed ' + name, getattr(closed, name))
attempt('closed write', lambda: closed.write('x'))
attempt('closed next', lambda: next(closed))
attempt('closed iter', lambda: iter(closed))

b = io.BytesIO(b'ab\ncd\nef')
print(b.readline(), b.readlines(), b.tell(), b.read(), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.seek(10), b.write(b'Z'), b.getvalue())
b = io.BytesIO()
print(b.write(b'hello'), b.write(bytearray(b' world')), b.getvalue(), b.tell())
b.seek(0)
print(b.read(3), b.read1(2), b.truncate(4), b.getvalue(), b.tell())
buffer = bytearray(3)
b.seek(0)
print(b.readinto(buffer), buffer, list(io.BytesIO(b'x\ny\n')))
with io.BytesIO(b'data') as b:
    print(b.read(), b.closed)
print(b.closed)
attempt('bytes init', lambda: io.BytesIO('a'))
attempt('bytes write str', lambda: io.BytesIO().write('a'))
attempt('bytes seek', lambda: io.BytesIO().seek(-1))
attempt('bytes whence', lambda: io.BytesIO().seek(0, 5))
attempt('bytes truncate', lambda: io.BytesIO().truncate(-5))
attempt('bytes closed', lambda: b.read())
attempt('bytes closed getvalue', lambda: b.getvalue())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.TextIOBase))

class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Upper()
u.write('shout')
print(u.getvalue(), type(u).__name__)
