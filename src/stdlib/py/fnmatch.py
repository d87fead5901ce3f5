"""fnmatch: Unix shell-style wildcard matching (*, ?, [seq], [!seq]), written for Pyex.

Matching is done directly on the parsed pattern (no regular expressions); translate() still
returns the regular-expression text CPython's translate() produces, for code that compiles it.
"""

import os

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_MAX_CACHE = 256
_cache = {}


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat (after os.path.normcase, the identity on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of the iterable that match pat."""
    pat = os.path.normcase(pat)
    tokens = _compiled(pat)
    result = []
    for name in names:
        if _match(tokens, os.path.normcase(name)):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    if isinstance(name, bytes) != isinstance(pat, bytes):
        if isinstance(pat, bytes):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return _match(_compiled(pat), name)


# A pattern compiles to a list of tokens: ('lit', text), ('any',), ('star',),
# ('set', negated, chars, ranges) or ('none',) for a set that can match nothing.

def _compiled(pat):
    key = (type(pat), pat)
    tokens = _cache.get(key)
    if tokens is None:
        text = pat.decode('latin-1') if isinstance(pat, bytes) else pat
        tokens = _parse(text)
        if len(_cache) >= _MAX_CACHE:
            _cache.clear()
        _cache[key] = tokens
    return tokens


def _parse_set(pat, i, n):
    """Parse the bracket expression starting after '[' at i; (token, next index) or None."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    body = pat[i:j]
    negated = False
    if body.startswith('!'):
        negated = True
        body = body[1:]
    chars = []
    ranges = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            low, high = body[k], body[k + 2]
            if low <= high:
                ranges.append((low, high))
            k += 3
        else:
            chars.append(body[k])
            k += 1
    if not chars and not ranges:
        return ('none',) if not negated else ('any',), j + 1
    return ('set', negated, frozenset(chars), tuple(ranges)), j + 1


def _parse(pat):
    tokens = []
    literal = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if literal:
                tokens.append(('lit', ''.join(literal)))
                literal = []
            if not tokens or tokens[-1] != ('star',):
                tokens.append(('star',))
        elif c == '?':
            if literal:
                tokens.append(('lit', ''.join(literal)))
                literal = []
            tokens.append(('any',))
        elif c == '[':
            parsed = _parse_set(pat, i, n)
            if parsed is None:
                literal.append('[')
                continue
            if literal:
                tokens.append(('lit', ''.join(literal)))
                literal = []
            token, i = parsed
            tokens.append(token)
        else:
            literal.append(c)
    if literal:
        tokens.append(('lit', ''.join(literal)))
    return tokens


def _char_matches(token, ch):
    kind = token[0]
    if kind == 'any':
        return True
    if kind == 'none':
        return False
    _, negated, chars, ranges = token
    found = ch in chars
    if not found:
        for low, high in ranges:
            if low <= ch <= high:
                found = True
                break
    return found != negated


def _match_at(tokens, t, name, i):
    """Match tokens[t:] against name[i:], backtracking over stars."""
    n = len(name)
    star_t = -1
    star_i = 0
    while True:
        if t < len(tokens):
            token = tokens[t]
            kind = token[0]
            if kind == 'star':
                star_t = t
                star_i = i
                t += 1
                continue
            if kind == 'lit':
                text = token[1]
                if name.startswith(text, i):
                    i += len(text)
                    t += 1
                    continue
            elif i < n and _char_matches(token, name[i]):
                i += 1
                t += 1
                continue
        elif i == n:
            return True
        if star_t < 0 or star_i >= n:
            return False
        star_i += 1
        t = star_t + 1
        i = star_i


def _match(tokens, name):
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    return _match_at(tokens, 0, name, 0)


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def _escape(text):
    return ''.join(_SPECIAL.get(c, c) for c in text)


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches."""
    star = object()
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not star:
                add(star)
        elif c == '?':
            add('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                add('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
                stuff = _set_ops(stuff)
                i = j + 1
                if not stuff:
                    add('(?!)')
                elif stuff == '!':
                    add('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    add(f'[{stuff}]')
        else:
            add(_escape(c))
    inp = res
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not star:
        add(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            add('.*')
            break
        fixed = []
        while i < n and inp[i] is not star:
            fixed.append(inp[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            add('.*')
            add(fixed)
        else:
            groupnum = len(res)
            add(f'(?>.*?{fixed})')
    res = ''.join(res)
    return f'(?s:{res})\\Z'


def _set_ops(stuff):
    out = []
    for ch in stuff:
        if ch in '&~|':
            out.append('\\' + ch)
        else:
            out.append(ch)
    return ''.join(out)
