"""tempfile: temporary files and directories inside the sandbox filesystem, written for Pyex.

The temporary directory is $TMPDIR (when the environment grants it) or /tmp, created on first
use. Names come from the entropy capability, so a run with a seed picks the same names.
"""

import io
import os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir',
           'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    data = os.urandom(8)
    return ''.join(_NAME_CHARS[byte % len(_NAME_CHARS)] for byte in data)


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _candidate_dir():
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        value = os.environ.get(name)
        if value:
            return value
    return '/tmp'


def gettempdir():
    """The directory temporary files go to (created in the sandbox when missing)."""
    global tempdir
    if tempdir is None:
        candidate = os.path.abspath(_candidate_dir())
        try:
            os.makedirs(candidate, exist_ok=True)
        except FileExistsError:
            pass
        except PermissionError:
            raise
        except OSError:
            raise FileNotFoundError(2, f'No usable temporary directory found in {[candidate]}')
        tempdir = candidate
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def _sanitize(suffix, prefix, dir):
    output_bytes = any(isinstance(value, bytes) for value in (suffix, prefix, dir))
    if suffix is None:
        suffix = b'' if output_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if output_bytes else template
    if dir is None:
        dir = gettempdirb() if output_bytes else gettempdir()
    return prefix, suffix, dir, output_bytes


def _new_path(prefix, suffix, dir, output_bytes):
    name = _random_name()
    if output_bytes:
        name = os.fsencode(name)
    return os.path.abspath(os.path.join(dir, prefix + name + suffix))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file; returns (descriptor, absolute path). Close it with os.close."""
    prefix, suffix, dir, output_bytes = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _new_path(prefix, suffix, dir, output_bytes)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory; returns its absolute path."""
    prefix, suffix, dir, output_bytes = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _new_path(prefix, suffix, dir, output_bytes)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe, as in CPython)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: delegates to the file, deletes it when closed."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper file={self.file!r}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (deleted on close when delete is true)."""
    prefix, suffix, dir, output_bytes = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _new_path(prefix, suffix, dir, output_bytes)
        try:
            io.open(path, 'xb').close()
        except FileExistsError:
            continue
        file = io.open(path, mode, buffering, encoding=encoding, errors=errors, newline=newline)
        return _TemporaryFileWrapper(file, path, delete)
    raise FileExistsError(17, 'No usable temporary file name found')


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file (its name is removed when it is closed)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True,
                              errors=errors)


class SpooledTemporaryFile(io.IOBase):
    """A temporary file kept in memory (the sandbox filesystem is memory too, so it never rolls
    over to a named file)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        self.mode = mode

    def rollover(self):
        self._rolled = True

    def __getattr__(self, name):
        return getattr(self.__dict__['_file'], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def write(self, s):
        return self._file.write(s)

    def writelines(self, iterable):
        return self._file.writelines(iterable)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        return self._file.truncate(size)

    def flush(self):
        return self._file.flush()

    def getvalue(self):
        return self._file.getvalue()


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at the end of a with."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._removed and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._removed = True
