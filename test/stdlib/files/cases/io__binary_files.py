# Binary files: modes, reads by size, readline, readinto, seek whence, append, types and reprs.
with open('data.bin', 'wb') as f:
    print(f, f.mode)
    print(f.write(b'\x00\x01\x02hello\nworld\n'), f.write(bytearray(b'tail')))
    print(f.tell())
with open('data.bin', 'rb') as f:
    print(f, f.mode, type(f).__name__)
    print(f.read(3), f.read(5), f.tell())
    print(f.readline(), f.readline(3), f.readline(), f.readline())
    print(f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
    print(f.read(), f.read())
with open('data.bin', 'rb') as f:
    print(f.readlines())
with open('data.bin', 'rb') as f:
    print(list(f))
with open('data.bin', 'rb') as f:
    buffer = bytearray(4)
    print(f.readinto(buffer), buffer)
with open('data.bin', 'ab') as f:
    print(f.tell(), f)
    f.write(b'!')
with open('data.bin', 'r+b') as f:
    print(f, f.mode)
    f.write(b'XY')
    f.seek(0)
    print(f.read())
with open('data.bin', 'w+b') as f:
    print(f.mode)
    f.write(b'abc')
    f.seek(1)
    print(f.read(), f.truncate(2), f.tell())
print(open('data.bin', 'rb').read())
with open('raw.bin', 'wb', buffering=0) as f:
    print(f, type(f).__name__)
    f.write(b'raw')
print(open('raw.bin', 'rb', buffering=0).read())
with open('new.bin', 'xb') as f:
    f.write(b'exclusive')
print(open('new.bin', 'rb').read())
