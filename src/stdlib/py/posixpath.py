"""posixpath (os.path): POSIX path operations, written for Pyex.

The string functions follow CPython's documented behaviour exactly. The ones that look at files
(exists, isdir, getsize...) ask the sandbox filesystem through os.stat; the sandbox has no
symbolic links or mount points, and no home directory unless HOME is in the granted environment.
"""

import os
import stat as _stat

import _pyex_os

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'samefile', 'sameopenfile', 'samestat', 'curdir', 'pardir', 'sep',
           'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath',
           'supports_unicode_filenames', 'relpath', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _check_types(funcname, *args):
    has_str = has_bytes = False
    for arg in args:
        if isinstance(arg, str):
            has_str = True
        elif isinstance(arg, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or os.PathLike object, '
                            f'not {type(arg).__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components: an absolute component discards everything before it."""
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component, leading dots excepted."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    i = p.rfind(_sep(p)) + 1
    return p[i:]


def dirname(p):
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest common leading string of a list of paths (character by character)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Collapse redundant separators and '.'/'..' components (lexically)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 0
    if path.startswith(sep):
        initial_slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """The absolute path, relative to the sandbox's working directory."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The sandbox has no symbolic links: the absolute normalised path."""
    return abspath(filename)


def relpath(path, start=None):
    """path relative to start (default: the working directory)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of a sequence of paths (component by component)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_types('commonpath', *paths)
        raise


# --- questions about files ------------------------------------------------------------------------

def exists(path):
    """Whether path names something in the sandbox filesystem (False on any OSError)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    return exists(path)


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    """The sandbox filesystem shows no symbolic links."""
    os.fspath(path)
    return False


def isjunction(path):
    os.fspath(path)
    return False


def ismount(path):
    return abspath(path) in ('/', b'/')


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev and s1.st_size == s2.st_size


def samefile(f1, f2):
    os.stat(f1)
    os.stat(f2)
    return abspath(f1) == abspath(f2)


def sameopenfile(fp1, fp2):
    return samefile(fp1.name, fp2.name)


def expanduser(path):
    """Expand ~ from HOME when the environment grants it; otherwise path is returned unchanged."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    """Replace $name and ${name} with variables of the granted environment."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b'$' if is_bytes else '$'
    if dollar not in path:
        return path
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '$' and i + 1 < len(text):
            if text[i + 1] == '{':
                end = text.find('}', i + 2)
                name = text[i + 2:end] if end >= 0 else ''
                if end >= 0 and name and name in os.environ:
                    out.append(os.environ[name])
                    i = end + 1
                    continue
            else:
                j = i + 1
                while j < len(text) and (text[j].isalnum() or text[j] == '_') and text[j].isascii():
                    j += 1
                name = text[i + 1:j]
                if name and name in os.environ:
                    out.append(os.environ[name])
                    i = j
                    continue
        out.append(ch)
        i += 1
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result


# The hottest functions are native (same results and errors as the definitions above).
join = _pyex_os.path_join
split = _pyex_os.path_split
basename = _pyex_os.path_basename
dirname = _pyex_os.path_dirname
splitext = _pyex_os.path_splitext
isabs = _pyex_os.path_isabs
normpath = _pyex_os.path_normpath
exists = _pyex_os.path_exists
isfile = _pyex_os.path_isfile
isdir = _pyex_os.path_isdir
