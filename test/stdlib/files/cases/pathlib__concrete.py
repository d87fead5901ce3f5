# pathlib concrete paths on the (sandbox) filesystem.
import os
from pathlib import Path

base = Path('project')
(base / 'src' / 'pkg').mkdir(parents=True)
(base / 'src' / 'pkg').mkdir(parents=True, exist_ok=True)
print((base / 'README.md').write_text('# Title\n'), (base / 'README.md').read_text())
print((base / 'src' / 'main.py').write_bytes(b'print(1)\n'), (base / 'src' / 'main.py').read_bytes())
(base / 'src' / 'pkg' / '__init__.py').touch()
(base / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n')
(base / '.hidden').write_text('h')
print(base.exists(), base.is_dir(), base.is_file(), (base / 'README.md').is_file(), (base / 'nope').exists())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob('*')))
print(sorted(str(p) for p in base.glob('**/*.py')))
print(sorted(str(p) for p in base.rglob('*.py')))
print(sorted(str(p) for p in base.glob('**')))
print(sorted(str(p) for p in base.glob('src/*/')))
print(sorted(str(p) for p in base.glob('*/pkg/m?d.py')), sorted(str(p) for p in base.glob('[.R]*')))
print((base / 'README.md').stat().st_size, (base / 'src').stat().st_size >= 0)
with (base / 'log.txt').open('w') as f:
    f.write('line\n')
with (base / 'log.txt').open('a') as f:
    f.write('more\n')
print((base / 'log.txt').read_text().splitlines())
moved = (base / 'log.txt').rename(base / 'log2.txt')
print(repr(moved), moved.exists(), (base / 'log.txt').exists())
replaced = moved.replace(base / 'README.md')
print(repr(replaced), replaced.read_text())
(base / 'README.md').unlink()
(base / 'README.md').unlink(missing_ok=True)
(base / 'src' / 'pkg' / '__init__.py').unlink()
(base / 'src' / 'pkg' / 'mod.py').unlink()
(base / 'src' / 'pkg').rmdir()
print(sorted(str(p) for p in base.rglob('*')))
print(Path('project/./src/../src').resolve() == Path.cwd() / 'project' / 'src', Path('x').absolute() == Path.cwd() / 'x')
print(Path('project').samefile('project/src/..'), Path('a').expanduser(), isinstance(Path('a'), os.PathLike))

def attempt(label, action):
    try:
        print(label, 'ok', repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('read missing', lambda: Path('missing.txt').read_text())
attempt('mkdir missing parent', lambda: Path('x/y/z').mkdir())
attempt('mkdir exists', lambda: base.mkdir())
attempt('unlink missing', lambda: Path('missing').unlink())
attempt('touch exclusive', lambda: (base / 'src' / 'main.py').touch(exist_ok=False))
attempt('rmdir not empty', lambda: base.rmdir())
attempt('write_text bytes', lambda: Path('t.txt').write_text(b'x'))
attempt('write_bytes str', lambda: Path('t.bin').write_bytes('x'))
attempt('glob empty', lambda: list(base.glob('')))
attempt('glob absolute', lambda: list(base.glob('/x')))
attempt('resolve strict', lambda: Path('missing').resolve(strict=True))
