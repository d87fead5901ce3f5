"""os: operating-system interfaces for Pyex, written over the sandbox's capabilities.

Files and directories are those of the filesystem capability the host granted (none: every call
raises PermissionError naming it), the environment is the granted one (empty unless granted), and
randomness comes from the entropy capability. What a sandbox cannot do (processes, signals,
users) raises PermissionError saying so. The primitives are native, in the _pyex_os module.
"""

import abc
import sys

import _pyex_os
import posixpath as path
import stat as _stat

sys.modules['os.path'] = path

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath', 'name', 'path',
           'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fsencode', 'fsdecode', 'fspath',
           'PathLike', 'environ', 'getenv', 'putenv', 'unsetenv', 'error', 'stat_result', 'stat',
           'lstat', 'listdir', 'scandir', 'DirEntry', 'mkdir', 'makedirs', 'remove', 'unlink',
           'rmdir', 'removedirs', 'rename', 'renames', 'replace', 'getcwd', 'getcwdb', 'chdir',
           'walk', 'urandom', 'cpu_count', 'getpid', 'strerror', 'truncate', 'access', 'F_OK',
           'open', 'close', 'read', 'write', 'fdopen', 'fstat', 'lseek', 'O_RDONLY', 'O_WRONLY',
           'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL', 'O_TRUNC',
           'R_OK', 'W_OK', 'X_OK', 'sys']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_APPEND = 1024
O_CREAT = 64
O_EXCL = 128
O_TRUNC = 512
supports_bytes_environ = False
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()

error = OSError

fspath = _pyex_os.fspath
getcwd = _pyex_os.getcwd
getcwdb = _pyex_os.getcwdb
chdir = _pyex_os.chdir
listdir = _pyex_os.listdir
mkdir = _pyex_os.mkdir
rmdir = _pyex_os.rmdir
remove = _pyex_os.remove
unlink = _pyex_os.unlink
rename = _pyex_os.rename
replace = _pyex_os.replace
truncate = _pyex_os.truncate
urandom = _pyex_os.urandom
strerror = _pyex_os.strerror


def fsencode(filename):
    """Encode a path (str or PathLike) to bytes, as the filesystem encoding (UTF-8) does."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode a path (bytes or PathLike) to str (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(abc.ABC):
    """Abstract base class for objects with a file system path (an __fspath__ method)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented


# --- stat ---------------------------------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple of integers, with float times as attributes."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, sequence, extra=None):
        values = tuple(sequence)
        if len(values) < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({len(values)}-sequence '
                            'given)')
        if len(values) > 16:
            raise TypeError(f'os.stat_result() takes an at most 16-sequence ({len(values)}-sequence '
                            'given)')
        self = tuple.__new__(cls, values[:10])
        self._extra = values[10:]
        return self

    def __repr__(self):
        fields = ', '.join(f'{name}={value!r}' for name, value in zip(_STAT_FIELDS, self))
        return f'os.stat_result({fields})'

    def __reduce__(self):
        return (stat_result, (tuple(self),))

    def _time(self, index, ns_index):
        extra = self._extra
        if len(extra) > ns_index and extra[ns_index] is not None:
            return extra[ns_index] / 1e9
        return float(self[index])

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._time(7, 0))
    st_mtime = property(lambda self: self._time(8, 1))
    st_ctime = property(lambda self: self._time(9, 2))
    st_atime_ns = property(lambda self: self._extra[3] if len(self._extra) > 3 else self[7] * 10**9)
    st_mtime_ns = property(lambda self: self._extra[4] if len(self._extra) > 4 else self[8] * 10**9)
    st_ctime_ns = property(lambda self: self._extra[5] if len(self._extra) > 5 else self[9] * 10**9)
    st_blksize = property(lambda self: 4096)
    st_blocks = property(lambda self: (self[6] + 511) // 512)


def _make_stat(raw):
    mode, size, mtime_ns, nlink = raw
    seconds = mtime_ns // 10**9
    return stat_result((mode, 0, 0, nlink, 0, 0, size, seconds, seconds, seconds,
                        mtime_ns, mtime_ns, mtime_ns, mtime_ns, mtime_ns, mtime_ns))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Facts about a file or directory of the sandbox filesystem (no symbolic links exist)."""
    return _make_stat(_pyex_os.stat(path))


def lstat(path, *, dir_fd=None):
    """Like stat(): the sandbox filesystem shows no symbolic links."""
    return _make_stat(_pyex_os.stat(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether path exists (F_OK) and may be read/written (R_OK/W_OK) in the sandbox."""
    try:
        result = _pyex_os.stat(path)
    except (OSError, ValueError):
        return False
    if mode & W_OK and _pyex_os.filesystem_state() != 'read-write':
        return False
    if mode & X_OK and not _stat.S_ISDIR(result[0]):
        return False
    return True


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Checks path exists; the sandbox keeps modification times itself."""
    _pyex_os.stat(path)


def cpu_count():
    """The sandbox runs on one virtual CPU."""
    return 1


def getpid():
    """A fixed process id: the sandbox is not an operating-system process of its own."""
    return 1


def getppid():
    return 0


def umask(mask):
    return 0o022


def get_exec_path(env=None):
    return []


# --- directories --------------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and every missing parent (FileExistsError unless exist_ok)."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and then every parent that becomes empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename() that creates the new parents and prunes the emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir(): its name, path, and cached kind."""

    __slots__ = ('name', 'path', '_stat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def is_junction(self):
        return False

    def inode(self):
        return 0


class _ScandirIterator:
    """The iterator scandir() returns; also a context manager."""

    def __init__(self, directory, names):
        self._directory = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of a directory."""
    if path is None:
        path = '.'
    directory = fspath(path) if not isinstance(path, (str, bytes)) else path
    names = listdir(directory)
    if isinstance(directory, bytes):
        return _ScandirIterator(directory, names)
    return _ScandirIterator(directory, names)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory under top."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            if entry.is_dir():
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                stack.append(path.join(top, dirname))
        else:
            stack.append((top, dirs, nondirs))
            for dirname in reversed(dirs):
                stack.append(path.join(top, dirname))


# --- environment --------------------------------------------------------------------------------

class _Environ:
    """os.environ: the environment the host granted (changes stay inside this run).

    A mutable mapping written out in full rather than over collections.abc.MutableMapping, so
    `import os` does not import collections.abc (isinstance(os.environ, Mapping) is False).
    """

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')

    def __getitem__(self, key):
        self._check(key)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ', '.join(f'{key!r}: {value!r}' for key, value in self._data.items())
        return f'environ({{{items}}})'

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f'pop expected at most 2 arguments, got {1 + len(default)}')
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def popitem(self):
        for key in self._data:
            value = self._data.pop(key)
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwargs):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        merged = dict(other)
        merged.update(self._data)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    __hash__ = None


environ = _Environ(_pyex_os.environ())


def getenv(key, default=None):
    """The environment variable key, or default when it is not set (or not granted)."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


# --- what a sandbox cannot do -------------------------------------------------------------------

def _denied(name, what):
    def denied(*args, **kwargs):
        raise PermissionError(1, f'Operation not permitted ({what}: os.{name} is not available '
                                 'in the sandbox)')
    denied.__name__ = name
    denied.__qualname__ = name
    return denied


for _name in ('system', 'popen', 'fork', 'forkpty', 'spawnl', 'spawnle', 'spawnlp', 'spawnlpe',
              'spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'posix_spawn', 'posix_spawnp',
              'execl', 'execle', 'execlp', 'execlpe', 'execv', 'execve', 'execvp', 'execvpe',
              'wait', 'waitpid', 'wait3', 'wait4', 'waitstatus_to_exitcode'):
    globals()[_name] = _denied(_name, 'no process capability')
for _name in ('kill', 'killpg', 'abort', '_exit', 'setsid', 'nice'):
    globals()[_name] = _denied(_name, 'no signal capability')
for _name in ('symlink', 'link', 'readlink', 'chmod', 'chown', 'lchown', 'mkfifo', 'mknod',
              'chroot', 'pipe', 'dup', 'dup2', 'getlogin', 'setuid', 'setgid'):
    globals()[_name] = _denied(_name, 'no file-descriptor or ownership operations')
del _name


# --- file descriptors: numbers naming files opened with os.open (no host descriptors) ----------

_descriptors = {}
_next_descriptor = [3]


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a sandbox file, returning a descriptor number usable with read/write/close/fdopen."""
    import io
    access = flags & 3
    if flags & O_CREAT and flags & O_EXCL:
        text_mode = 'xb+' if access == O_RDWR else 'xb'
    elif flags & O_APPEND:
        text_mode = 'ab+' if access == O_RDWR else 'ab'
    elif flags & O_TRUNC or (flags & O_CREAT and access != O_RDONLY and not _exists(path)):
        text_mode = 'wb+' if access == O_RDWR else 'wb'
    elif access == O_RDONLY:
        text_mode = 'rb'
    else:
        text_mode = 'rb+'
    file = io.open(path, text_mode)
    descriptor = _next_descriptor[0]
    _next_descriptor[0] += 1
    _descriptors[descriptor] = file
    return descriptor


def _exists(name):
    return path.exists(name)


def _file_of(fd):
    try:
        return _descriptors[fd]
    except (KeyError, TypeError):
        raise OSError(9, 'Bad file descriptor') from None


def read(fd, n):
    return _file_of(fd).read(n)


def write(fd, data):
    return _file_of(fd).write(data)


def lseek(fd, position, whence):
    return _file_of(fd).seek(position, whence)


def fstat(fd):
    return stat(_file_of(fd).name)


def close(fd):
    _file_of(fd).close()
    del _descriptors[fd]


def closerange(low, high):
    for fd in list(_descriptors):
        if low <= fd < high:
            close(fd)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """A file object over a descriptor from os.open (it takes the descriptor over)."""
    import io
    file = _file_of(fd)
    name = file.name
    position = file.tell()
    file.close()
    del _descriptors[fd]
    if 'w' in mode:
        mode = mode.replace('w', 'r+') if '+' not in mode else mode.replace('w', 'r')
    result = io.open(name, mode, buffering, encoding, *args, **kwargs)
    if position:
        result.seek(position)
    return result


class terminal_size(tuple):
    """A (columns, lines) pair, as get_terminal_size() returns it."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence, extra=None):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)')
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')
