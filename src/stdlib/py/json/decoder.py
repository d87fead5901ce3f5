"""json.decoder: JSONDecoder and JSONDecodeError, written for Pyex from the documented behaviour
(CPython's error messages and positions). Strings and numbers are matched with `re`; structure is
parsed by plain loops."""

import re

__all__ = ['JSONDecoder', 'JSONDecodeError']

_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
# A run of ordinary characters, then the character that ends it (quote, backslash or control).
_STRING_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_WHITESPACE = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = frozenset('0123456789abcdefABCDEF')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with: msg (the unformatted message), doc (the document), pos (the
    index where parsing failed), lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


def _skip_whitespace(s, index):
    end = len(s)
    while index < end and s[index] in _WHITESPACE:
        index += 1
    return index


def _parse_hex4(s, index):
    """The value of the 4 hex digits at s[index:index+4]; `index` is the position of the 'u'."""
    digits = s[index + 1:index + 5]
    if len(digits) == 4:
        ok = True
        for char in digits:
            if char not in _HEX:
                ok = False
                break
        if ok:
            return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, index)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at end - 1; returns (text, index after the
    closing quote)."""
    begin = end - 1
    pieces = []
    append = pieces.append
    match_chunk = _STRING_CHUNK.match
    while True:
        chunk = match_chunk(s, end)
        if chunk is None:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            append(content)
        if terminator == '"':
            break
        if terminator != '\\':
            if strict:
                raise JSONDecodeError('Invalid control character at', s, end - 1)
            append(terminator)
            continue
        if end >= len(s):
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        escape = s[end]
        if escape != 'u':
            char = _ESCAPES.get(escape)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 1)
            end += 1
        else:
            code = _parse_hex4(s, end)
            end += 5
            if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                low = _parse_hex4(s, end + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            char = chr(code)
        append(char)
    return ''.join(pieces), end


class JSONDecoder:
    """Simple JSON decoder: objects -> dict, arrays -> list, strings -> str, integers -> int,
    other numbers -> float, true/false/null -> True/False/None (and NaN/Infinity accepted)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        """The Python value of the JSON document s (only whitespace may surround it)."""
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, index after it) for the JSON value starting exactly at s[idx]."""
        self.memo = {}
        try:
            return self._value(s, idx)
        finally:
            self.memo = {}

    def _value(self, s, index):
        """Parse one value at s[index] (no leading whitespace); returns (value, end)."""
        if index >= len(s):
            raise JSONDecodeError('Expecting value', s, index)
        char = s[index]
        if char == '"':
            return scanstring(s, index + 1, self.strict)
        if char == '{':
            return self._object(s, index + 1)
        if char == '[':
            return self._array(s, index + 1)
        if char == 'n' and s.startswith('null', index):
            return None, index + 4
        if char == 't' and s.startswith('true', index):
            return True, index + 4
        if char == 'f' and s.startswith('false', index):
            return False, index + 5
        number = _NUMBER.match(s, index)
        if number is not None:
            integer, fraction, exponent = number.groups()
            if fraction or exponent:
                value = self.parse_float(integer + (fraction or '') + (exponent or ''))
            else:
                value = self.parse_int(integer)
            return value, number.end()
        if char == 'N' and s.startswith('NaN', index):
            return self.parse_constant('NaN'), index + 3
        if char == 'I' and s.startswith('Infinity', index):
            return self.parse_constant('Infinity'), index + 8
        if char == '-' and s.startswith('-Infinity', index):
            return self.parse_constant('-Infinity'), index + 9
        raise JSONDecodeError('Expecting value', s, index)

    def _object(self, s, index):
        pairs = []
        memo = self.memo
        index = _skip_whitespace(s, index)
        if index < len(s) and s[index] == '}':
            return self._finish_object(pairs), index + 1
        while True:
            if index >= len(s) or s[index] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, index)
            key, index = scanstring(s, index + 1, self.strict)
            key = memo.setdefault(key, key)
            index = _skip_whitespace(s, index)
            if index >= len(s) or s[index] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, index)
            index = _skip_whitespace(s, index + 1)
            value, index = self._value(s, index)
            pairs.append((key, value))
            index = _skip_whitespace(s, index)
            if index < len(s):
                char = s[index]
                if char == '}':
                    return self._finish_object(pairs), index + 1
                if char == ',':
                    index = _skip_whitespace(s, index + 1)
                    continue
            raise JSONDecodeError("Expecting ',' delimiter", s, index)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, s, index):
        values = []
        index = _skip_whitespace(s, index)
        if index < len(s) and s[index] == ']':
            return values, index + 1
        while True:
            value, index = self._value(s, index)
            values.append(value)
            index = _skip_whitespace(s, index)
            if index < len(s):
                char = s[index]
                if char == ']':
                    return values, index + 1
                if char == ',':
                    index = _skip_whitespace(s, index + 1)
                    continue
            raise JSONDecodeError("Expecting ',' delimiter", s, index)
