# Text files: write, read, append, lines, iteration, seek/tell, truncate, context managers.
with open('notes.txt', 'w') as f:
    print(f)
    print(f.write('first line\n'), f.write('second line\n'), f.write('third'))
    print(f.name, f.mode, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)

with open('notes.txt') as f:
    print(repr(f.read()))
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
    f.seek(6)
    print(repr(f.read(4)), f.tell())

with open('notes.txt') as f:
    print(f.readlines())
with open('notes.txt') as f:
    print(f.readlines(12))
with open('notes.txt') as f:
    print([line.rstrip() for line in f])
print(list(open('notes.txt')))

with open('notes.txt', 'a') as f:
    print(f.tell())
    f.write('\nappended')
print(open('notes.txt').read().splitlines())

with open('notes.txt', 'r+') as f:
    f.seek(0)
    f.write('FIRST')
    f.seek(0, 2)
    print(f.tell())
    print(f.truncate(10), f.tell())
    f.seek(0)
    print(repr(f.read()))

with open('lines.txt', 'w') as f:
    f.writelines(['a\n', 'b\n', 'c'])
print(open('lines.txt').read().split('\n'))

with open('x.txt', 'w+') as f:
    f.write('hello world')
    f.seek(0)
    print(f.read(5), f.read(), repr(f.read()))

with open('unicode.txt', 'w', encoding='utf-8') as f:
    print(f.write('héllo wörld 😀\n'))
with open('unicode.txt', encoding='utf-8') as f:
    print(f.read(7), f.tell(), repr(f.read()))
print(open('unicode.txt', 'rb').read())
