# os.fspath and os.PathLike with user classes; fsencode/fsdecode round trips.
import os


class Good:
    def __fspath__(self):
        return 'some/where'


class BytesPath:
    def __fspath__(self):
        return b'raw/bytes'


class Bad:
    def __fspath__(self):
        return 42


print(os.fspath(Good()), os.fspath(BytesPath()), os.fspath('plain'), os.fspath(b'b'))
print(isinstance(Good(), os.PathLike), isinstance('str', os.PathLike), issubclass(Good, os.PathLike))
print(os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), os.fsdecode(os.fsencode('\udcff')) == '\udcff')
print(os.path.join(Good(), 'file.txt'), os.path.basename(Good()), os.path.splitext(Good()))
try:
    os.fspath(Bad())
except TypeError as e:
    print(e)
os.fspath(3.5)
