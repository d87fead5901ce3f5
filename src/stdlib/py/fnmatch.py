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
    """Parse the bracket expression starting after '[' at i; (token, next index) or None.

    A set token keeps its members in order (('c', ch) or ('r', low, high)) for translate().
    """
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
    negated = body.startswith('!')
    if negated:
        body = body[1:]
    members = []
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            low, high = body[k], body[k + 2]
            if low <= high:
                members.append(('r', low, high))
            k += 3
        else:
            members.append(('c', body[k]))
            k += 1
    if not members:
        return (('any',) if negated else ('none',)), j + 1
    chars = frozenset(m[1] for m in members if m[0] == 'c')
    ranges = tuple((m[1], m[2]) for m in members if m[0] == 'r')
    return ('set', negated, chars, ranges, tuple(members)), j + 1


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
    negated, chars, ranges = token[1], token[2], token[3]
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
_SET_SPECIAL = {'\\': '\\\\', '-': '\\-', '&': '\\&', '~': '\\~', '|': '\\|'}


def _escape(text):
    return ''.join(_SPECIAL.get(c, c) for c in text)


def _set_regex(token):
    kind = token[0]
    if kind == 'any':
        return '.'
    if kind == 'none':
        return '(?!)'
    negated, members = token[1], token[4]
    parts = []
    for member in members:
        if member[0] == 'c':
            parts.append(_SET_SPECIAL.get(member[1], member[1]))
        else:
            low = _SET_SPECIAL.get(member[1], member[1])
            high = _SET_SPECIAL.get(member[2], member[2])
            parts.append(f'{low}-{high}')
    body = ''.join(parts)
    if negated:
        return f'[^{body}]'
    if body[0] in '^[':
        body = '\\' + body
    return f'[{body}]'


def translate(pat):
    """The regular expression (as text) that matches what the shell pattern pat matches.

    Text between two stars becomes an atomic group `(?>.*?TEXT)`, which keeps matching linear.
    """
    pieces = []
    for token in _parse(pat):
        kind = token[0]
        if kind == 'star':
            pieces.append(None)
        elif kind == 'lit':
            pieces.append(_escape(token[1]))
        else:
            pieces.append(_set_regex(token))
    out = []
    index = 0
    while index < len(pieces) and pieces[index] is not None:
        out.append(pieces[index])
        index += 1
    while index < len(pieces):
        index += 1
        fixed = []
        while index < len(pieces) and pieces[index] is not None:
            fixed.append(pieces[index])
            index += 1
        fixed = ''.join(fixed)
        if index < len(pieces):
            out.append(f'(?>.*?{fixed})')
        else:
            out.append('.*' + fixed)
    return '(?s:' + ''.join(out) + ')\\Z'
