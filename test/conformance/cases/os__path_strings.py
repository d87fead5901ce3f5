# os.path: the string operations (no filesystem access).
import os
import os.path as p

print(os.sep, os.linesep == '\n', os.name, os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull)
print(p.join('a', 'b', 'c'), p.join('a', '/b', 'c'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''), p.join(b'a', b'b'))
print(p.split('a/b/c'), p.split('/a'), p.split('a/'), p.split(''), p.split('//x'), p.split('a//b'))
print(p.splitext('x.tar.gz'), p.splitext('.bashrc'), p.splitext('a/.b.c'), p.splitext('..a'), p.splitext('a.'), p.splitext(b'f.py'))
print(p.basename('a/b.txt'), p.basename('a/'), p.dirname('a/b/c'), p.dirname('/a'), p.dirname('a'), p.dirname('//a//b'))
print(p.normpath('//a//b/../c/./d/'), p.normpath('///a'), p.normpath(''), p.normpath('../..//a'), p.normpath('/../x'), p.normpath('a/../..'))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''), p.isabs(b'/'))
print(p.commonprefix(['interstellar', 'internet', 'interval']), p.commonprefix([]), p.commonprefix(['/a/b', '/a/c']))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c/d']), p.commonpath(['a', 'a']))
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/x/y', '/a/b'), p.relpath('/a', '/a'))
print(p.splitdrive('/a/b'), p.normcase('AbC'), p.expandvars('no vars'), p.islink('x'))
print(os.fspath('s'), os.fspath(b'b'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))

class Custom:
    def __fspath__(self):
        return 'custom/path'

print(p.join(Custom(), 'x'), os.fspath(Custom()), isinstance(Custom(), os.PathLike))

def attempt(label, action):
    try:
        print(label, 'ok', repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('join int', lambda: p.join('a', 5))
attempt('join mixed', lambda: p.join('a', b'b'))
attempt('join first int', lambda: p.join(5))
attempt('split int', lambda: p.split(5))
attempt('commonpath empty', lambda: p.commonpath([]))
attempt('commonpath mixed', lambda: p.commonpath(['/a', 'b']))
attempt('commonpath types', lambda: p.commonpath(['a', b'b']))
attempt('relpath empty', lambda: p.relpath(''))
attempt('fspath int', lambda: os.fspath(1))
attempt('dirname None', lambda: p.dirname(None))
