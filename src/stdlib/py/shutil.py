"""shutil: high-level file operations (copy, copytree, rmtree, move), written for Pyex over os.

Everything happens inside the sandbox filesystem. Permission bits and timestamps are not copied
(the sandbox keeps its own); which() finds nothing, since the sandbox runs no programs.
"""

import fnmatch
import os
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
           'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive',
           'get_archive_formats', 'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format', 'unregister_unpack_format',
           'unpack_archive', 'ignore_patterns', 'chown', 'which', 'get_terminal_size',
           'SameFileError', 'disk_usage']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported on a
    special file (e.g. a named pipe)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        chunk = fsrc.read(length)
        if not chunk:
            break
        fdst.write(chunk)


def _same_file(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to the file dst (replacing it); returns dst."""
    if _same_file(src, dst):
        raise SameFileError(f'{str(src)!r} and {str(dst)!r} are the same file')
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Permission bits are not kept by the sandbox: checks both paths exist."""
    os.stat(src)
    os.stat(dst)


def copystat(src, dst, *, follow_symlinks=True):
    """Timestamps and permission bits are not kept by the sandbox: checks both paths exist."""
    os.stat(src)
    os.stat(dst)


def copy(src, dst, *, follow_symlinks=True):
    """Copy the file src to dst (a file or a directory to copy into); returns the new path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy() (metadata is not kept by the sandbox)."""
    return copy(src, dst, follow_symlinks=follow_symlinks)


def ignore_patterns(*patterns):
    """A copytree ignore callable that skips names matching any of the glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; returns dst."""
    with os.scandir(src) as itr:
        entries = list(itr)
    names = [entry.name for entry in entries]
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        src_name = os.path.join(src, entry.name)
        dst_name = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(src_name, dst_name, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(src_name, dst_name)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((src_name, dst_name, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        entries = list(os.scandir(path))
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = entry.path
        if entry.is_dir():
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = True


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to dst (into it, when dst is a directory); returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def disk_usage(path):
    """Usage of the sandbox filesystem is not known: reports the files under path as used."""
    import collections
    usage = collections.namedtuple('usage', 'total used free')
    used = 0
    for root, dirs, files in os.walk(path):
        for name in files:
            used += os.path.getsize(os.path.join(root, name))
    return usage(used, used, 0)


def chown(path, user=None, group=None):
    raise PermissionError(1, 'Operation not permitted (no ownership operations: shutil.chown is '
                             'not available in the sandbox)')


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The sandbox runs no programs: always None."""
    return None


def get_terminal_size(fallback=(80, 24)):
    """COLUMNS/LINES from the granted environment, else fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines))


def _no_archives(*args, **kwargs):
    raise NotImplementedError('archives are not supported by Pyex yet')


make_archive = unpack_archive = register_archive_format = unregister_archive_format = _no_archives
register_unpack_format = unregister_unpack_format = _no_archives


def get_archive_formats():
    return []


def get_unpack_formats():
    return []
