# pathlib pure paths: parsing, parts, names, suffixes, parents, joins, comparisons, matching.
from pathlib import PurePath, PurePosixPath, PureWindowsPath

p = PurePath('data') / 'sub' / 'file.tar.gz'
print(p, repr(p), type(p).__name__, p.parts, p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, list(p.parents), p.parents[0], p.parents[-1], p.parents[:2], len(p.parents))
print(p.with_name('x.txt'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('other'))
print(p.relative_to('data'), p.is_relative_to('data'), p.is_relative_to('other'), p.is_absolute())
print(p.match('*.gz'), p.match('sub/*.gz'), p.match('/data/*/*.gz'), p.match('*.TXT'))
print(PurePath('/a/b/c.py').match('/*/*/*.py'), PurePath('/a/b/c.py').match('/*.py'))
q = PurePath('/usr/local/bin')
print(q.parts, q.anchor, q.root, q.drive, q.is_absolute(), list(q.parents), q.as_uri(), bytes(q))
print(PurePath('//host/share').parts, PurePath('///a/b').parts, PurePath('a/..').parts, PurePath('./a/./b/'))
print(PurePath(), PurePath(''), PurePath('.').name, PurePath('/').name, PurePath('/').parent, PurePath('a').parent)
print(PurePath('a', '/b', 'c'), PurePath(PurePath('a'), 'b'), PurePath('a').joinpath('b', 'c'), 'x' / PurePath('y'))
print(PurePath('a') == PurePosixPath('a'), PurePath('a') == 'a', hash(PurePath('a/b')) == hash(PurePath('a//b')))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]), PurePath('a') < PurePath('b'))
print(PurePath('a.b.c').suffixes, PurePath('.hidden').suffix, PurePath('trailing.').suffix, PurePath('x.').suffixes)
print(PurePath('/a/b').relative_to('/a'), PurePath('a/b').relative_to('a/b'), PurePath('a/b').as_posix())
w = PureWindowsPath('C:/Users/me\\file.TXT')
print(w, repr(w), w.drive, w.root, w.parts, w.name, w.suffix, w == PureWindowsPath('c:\\users\\ME\\FILE.txt'))

def attempt(label, action):
    try:
        print(label, 'ok', repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('int', lambda: PurePath(5))
attempt('relative_to', lambda: PurePath('a/b').relative_to('c'))
attempt('relative_to abs', lambda: PurePath('/a/b').relative_to('c'))
attempt('with_name empty', lambda: PurePath('a').with_name(''))
attempt('with_name of empty', lambda: PurePath('').with_name('x'))
attempt('with_name slash', lambda: PurePath('a').with_name('b/c'))
attempt('with_suffix bad', lambda: PurePath('a').with_suffix('x'))
attempt('with_suffix dot', lambda: PurePath('a').with_suffix('.'))
attempt('with_stem empty', lambda: PurePath('a').with_stem(''))
attempt('parents index', lambda: PurePath('a/b').parents[5])
attempt('div int', lambda: PurePath('a') / 5)
attempt('rdiv int', lambda: 5 / PurePath('a'))
attempt('lt int', lambda: PurePath('a') < 5)
attempt('match empty', lambda: PurePath('a').match(''))
attempt('uri relative', lambda: PurePath('a').as_uri())
