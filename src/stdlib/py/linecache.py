"""linecache: source lines of the files the interpreter compiled, written for Pyex. Lines come from
the interpreter's own record of every source it compiled (scripts, imported modules, exec/compile
strings under their filename) rather than from disk, so they are what actually ran.
"""

import _pyex_introspect

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

cache = {}


def _lines_of(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def getlines(filename, module_globals=None):
    """All lines of `filename` (each ending in a newline), or [] when it is unknown."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return updatecache(filename, module_globals)


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename` with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forget every cached file."""
    cache.clear()


def checkcache(filename=None):
    """Drop cache entries whose file changed; compiled sources never change, so this keeps them."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        if _pyex_introspect.source(name) is None and entry[0] is not None:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reload `filename` into the cache and return its lines ([] when unknown)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')
                        and not filename.startswith('<frozen ')):
        text = _pyex_introspect.source(filename) if filename else None
        if text is None:
            return []
    else:
        text = _pyex_introspect.source(filename)
    if text is None:
        if filename in cache and len(cache[filename]) == 1:
            text = cache[filename][0]()
            if text is None:
                return []
        else:
            text = _read_file(filename)
            if text is None:
                return []
    lines = _lines_of(text)
    cache[filename] = (len(text), None, lines, filename)
    return lines


def _read_file(filename):
    try:
        with open(filename, encoding='utf-8') as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def lazycache(filename, module_globals):
    """Register a loader-backed entry for `filename`; True when one was registered."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__loader__' in module_globals:
        loader = module_globals['__loader__']
        get_source = getattr(loader, 'get_source', None)
        name = module_globals.get('__name__')
        if name and get_source is not None:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
