"""pathlib: object-oriented filesystem paths, written for Pyex over os and os.path.

PurePath/PurePosixPath do path arithmetic only; Path/PosixPath also reach the sandbox
filesystem (the host's filesystem capability). PureWindowsPath offers the Windows path syntax
(drives, backslashes, case-insensitive comparison); WindowsPath cannot be instantiated.
"""

import fnmatch
import io
import os
import posixpath
from stat import S_ISDIR, S_ISREG

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _coerce(arg):
    value = os.fspath(arg)
    if not isinstance(value, str):
        raise TypeError('argument should be a str object or an os.PathLike object returning str, '
                        f'not {type(value)!r}')
    return value


class _PosixSyntax:
    sep = '/'
    case_sensitive = True

    @staticmethod
    def split_anchor(text):
        """(drive, root, rest) of one path string."""
        if text.startswith('/'):
            if text.startswith('//') and not text.startswith('///'):
                return '', '//', text[2:]
            return '', '/', text.lstrip('/')
        return '', '', text

    @staticmethod
    def components(rest):
        return [part for part in rest.split('/') if part and part != '.']

    @staticmethod
    def key(part):
        return part


class _WindowsSyntax:
    sep = '\\'
    case_sensitive = False

    @staticmethod
    def split_anchor(text):
        text = text.replace('/', '\\')
        drive = ''
        if len(text) >= 2 and text[1] == ':' and text[0].isalpha():
            drive, text = text[:2], text[2:]
        elif text.startswith('\\\\') and not text.startswith('\\\\\\'):
            pieces = text[2:].split('\\')
            if len(pieces) >= 2 and pieces[0] and pieces[1]:
                drive = '\\\\' + pieces[0] + '\\' + pieces[1]
                text = text[len(drive):]
                return drive, '\\', text.lstrip('\\')
        if text.startswith('\\'):
            return drive, '\\', text.lstrip('\\')
        return drive, '', text

    @staticmethod
    def components(rest):
        return [part for part in rest.replace('/', '\\').split('\\') if part and part != '.']

    @staticmethod
    def key(part):
        return part.lower()


class _PathParents:
    """The logical ancestors of a path (a sequence: path.parents[0] is path.parent)."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._parts)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index >= len(self) or index < -len(self):
            raise IndexError(index)
        if index < 0:
            index += len(self)
        path = self._path
        return path._from_parts(path._drv, path._root, path._parts[:len(path._parts) - index - 1])

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


class PurePath:
    """A path without filesystem access; PurePath() makes a PurePosixPath."""

    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash')
    _syntax = _PosixSyntax

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        drv = root = ''
        parts = []
        syntax = cls._syntax
        for arg in args:
            if isinstance(arg, PurePath) and arg._syntax is syntax:
                a_drv, a_root, a_parts = arg._drv, arg._root, list(arg._parts)
            else:
                text = _coerce(arg)
                a_drv, a_root, rest = syntax.split_anchor(text)
                a_parts = syntax.components(rest)
            if a_root:
                drv = a_drv or drv
                root = a_root
                parts = a_parts
            elif a_drv and a_drv != drv:
                drv, root, parts = a_drv, '', a_parts
            else:
                parts = parts + a_parts
        return cls._from_parts(drv, root, parts)

    @classmethod
    def _from_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def _child(self, *args):
        return type(self)._from_args((self,) + args)

    def __str__(self):
        if self._str is None:
            body = self._syntax.sep.join(self._parts)
            self._str = (self._drv + self._root + body) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._syntax.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def __reduce__(self):
        return (type(self), tuple(self.parts))

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        path = self.as_posix()
        safe = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')
        quoted = ''.join(chr(b) if b in safe else f'%{b:02X}' for b in path.encode('utf-8'))
        if self._drv and len(self._drv) == 2:
            return 'file:///' + quoted
        return 'file://' + quoted

    # --- comparison ---------------------------------------------------------------------------

    def _key(self):
        key = self._syntax.key
        return [key(self._drv), self._root] + [key(part) for part in self._parts]

    def __eq__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._key()))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._syntax is not other._syntax:
            return NotImplemented
        return self._key() >= other._key()

    # --- components ---------------------------------------------------------------------------

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        if self._drv or self._root:
            return (self._drv + self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        """The path with its last component replaced."""
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        drv, root, rest = self._syntax.split_anchor(name)
        if (not name or drv or root or name == '.' or self._syntax.sep in name
                or self._syntax.components(rest) != [name]):
            raise ValueError(f'Invalid name {name!r}')
        return self._from_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed (added when it has none; '' removes it)."""
        sep = self._syntax.sep
        if sep in suffix or '/' in suffix or (suffix and (not suffix.startswith('.')
                                                           or suffix == '.')):
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other (ValueError when it is not inside it)."""
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)._from_args(other)
        mine = self._key()
        theirs = base._key()
        if mine[:len(theirs)] != theirs:
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(base)!r} OR one path is '
                             'relative and the other is absolute.')
        kept = self._parts[len(base._parts):]
        return self._from_parts('', '', kept)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        if self._syntax is _WindowsSyntax:
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return self._child(*args)

    def __truediv__(self, key):
        try:
            return self._child(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the right."""
        pattern = type(self)._from_args((path_pattern,))
        if not pattern._parts and not pattern._root and not pattern._drv:
            raise ValueError('empty pattern')
        if pattern._drv and self._syntax.key(pattern._drv) != self._syntax.key(self._drv):
            return False
        if pattern._root and pattern._root != self._root:
            return False
        mine = self._parts
        theirs = pattern._parts
        if pattern._drv or pattern._root:
            if len(theirs) != len(mine):
                return False
        elif len(theirs) > len(mine):
            return False
        key = self._syntax.key
        for part, pat in zip(reversed(mine), reversed(theirs)):
            if not fnmatch.fnmatchcase(key(part), key(pat)):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    __slots__ = ()
    _syntax = _PosixSyntax


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax (drives, backslashes, case-insensitive comparison)."""
    __slots__ = ()
    _syntax = _WindowsSyntax


def _is_wildcard(part):
    return '*' in part or '?' in part or '[' in part


class Path(PurePath):
    """A path on the sandbox filesystem; Path() makes a PosixPath."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        if cls._syntax is not _PosixSyntax:
            raise NotImplementedError(f'cannot instantiate {cls.__name__!r} on your system')
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute normalised path (the sandbox has no symbolic links)."""
        if strict:
            os.stat(self)
        return type(self)(os.path.realpath(self))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        try:
            return S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        try:
            return S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return str(self.absolute()) == '/'

    def is_symlink(self):
        return False

    def is_socket(self):
        return False

    def is_fifo(self):
        return False

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def samefile(self, other_path):
        other = other_path if isinstance(other_path, Path) else type(self)(other_path)
        self.stat()
        other.stat()
        return self.resolve() == other.resolve()

    def iterdir(self):
        """The paths of the directory's entries."""
        for name in os.listdir(self):
            yield self._from_parts(self._drv, self._root, self._parts + [name])

    def _entry(self, name):
        return self._from_parts(self._drv, self._root, self._parts + [name])

    def glob(self, pattern):
        """Paths under this directory matching the relative glob pattern (** recurses)."""
        if not pattern:
            raise ValueError(f'Unacceptable pattern: {pattern!r}')
        drv, root, rest = self._syntax.split_anchor(pattern)
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = self._syntax.components(rest)
        if pattern.endswith('/'):
            parts.append('')
        yield from self._select(parts, set())

    def rglob(self, pattern):
        """glob('**/' + pattern)."""
        drv, root, rest = self._syntax.split_anchor(pattern)
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = ['**'] + self._syntax.components(rest)
        if pattern.endswith('/'):
            parts.append('')
        yield from self._select(parts, set())

    def _select(self, parts, seen):
        if not parts:
            yield self
            return
        part, rest = parts[0], parts[1:]
        if part == '':
            if self.is_dir():
                yield self
            return
        if part == '**':
            while rest and rest[0] == '**':
                rest = rest[1:]
            for directory in self._walk_directories():
                for path in directory._select(rest, seen):
                    if path not in seen:
                        seen.add(path)
                        yield path
            return
        if _is_wildcard(part):
            try:
                names = os.listdir(self)
            except OSError:
                return
            for name in names:
                if fnmatch.fnmatchcase(name, part):
                    child = self._entry(name)
                    if rest and not child.is_dir():
                        continue
                    yield from child._select(rest, seen)
            return
        child = self._entry(part)
        if rest:
            if child.is_dir():
                yield from child._select(rest, seen)
        elif child.exists():
            yield child

    def _walk_directories(self):
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._entry(name)
            if child.is_dir():
                yield from child._walk_directories()

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"memoryview: a bytes-like object is required, not "
                            f"'{type(data).__name__}'")
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {data.__class__.__name__}')
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('ab'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        self.stat()

    def lchmod(self, mode):
        self.stat()

    def owner(self):
        raise NotImplementedError('Path.owner() is unsupported in the sandbox')

    def group(self):
        raise NotImplementedError('Path.group() is unsupported in the sandbox')

    def readlink(self):
        self.stat()
        raise OSError(22, 'Invalid argument', str(self))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def expanduser(self):
        if not self._drv and not self._root and self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)._from_args((home, *self._parts[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on the sandbox filesystem."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Cannot be instantiated: the sandbox is POSIX."""
    __slots__ = ()


os.PathLike.register(PurePath)
