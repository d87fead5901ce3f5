"""glob: pathname pattern expansion (*, ?, [seq], and ** with recursive=True), written for Pyex.

Results come in directory-listing order, as CPython's do; names starting with a dot are matched
by a wildcard only when the pattern itself starts with a dot or include_hidden is true.
"""

import fnmatch
import os

__all__ = ['escape', 'glob', 'iglob', 'has_magic']

_MAGIC_CHARS = '*?['


def has_magic(s):
    """Whether s contains a wildcard character."""
    if isinstance(s, bytes):
        return any(c in b'*?[' for c in s)
    return any(c in _MAGIC_CHARS for c in s)


def escape(pathname):
    """Escape the wildcard characters of pathname (each becomes [c])."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in rest)
    else:
        out = ''.join('[' + c + ']' if c in _MAGIC_CHARS else c for c in rest)
    return drive + out


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        return (path for path in results if path)
    return results


def _is_recursive(part):
    return part == '**' or part == b'**'


def _is_hidden(name):
    return name[:1] in ('.', b'.')


def _join(directory, name):
    if not directory:
        return name
    return os.path.join(directory, name)


def _expand(pathname, root_dir, recursive, dirs_only, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        if tail:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, head)):
            yield pathname
        return
    if not head:
        yield from _match_in(root_dir, tail, recursive, dirs_only, include_hidden)
        return
    if head != pathname and has_magic(head):
        parents = _expand(head, root_dir, recursive, True, include_hidden)
    else:
        parents = [head]
    for parent in parents:
        for name in _match_in(_join(root_dir, parent), tail, recursive, dirs_only, include_hidden):
            yield os.path.join(parent, name)


def _match_in(directory, pattern, recursive, dirs_only, include_hidden):
    """Names under directory matching one path component of the pattern."""
    if not has_magic(pattern):
        if pattern:
            if os.path.lexists(_join(directory, pattern)):
                yield pattern
        elif os.path.isdir(directory):
            yield pattern
        return
    if recursive and _is_recursive(pattern):
        yield pattern[:0]
        yield from _walk_names(directory, dirs_only, include_hidden)
        return
    names = _list(directory, dirs_only)
    if not include_hidden and not _is_hidden(pattern):
        names = [name for name in names if not _is_hidden(name)]
    yield from fnmatch.filter(names, pattern)


def _walk_names(directory, dirs_only, include_hidden):
    for name in _list(directory, dirs_only):
        if include_hidden or not _is_hidden(name):
            yield name
            for below in _walk_names(_join(directory, name), dirs_only, include_hidden):
                yield os.path.join(name, below)


def _list(directory, dirs_only):
    try:
        with os.scandir(directory or (b'.' if isinstance(directory, bytes) else '.')) as entries:
            return [entry.name for entry in entries if not dirs_only or entry.is_dir()]
    except OSError:
        return []
