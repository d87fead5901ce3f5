"""json.encoder: JSONEncoder, written for Pyex from the documented behaviour: CPython's float
repr, escaping (ensure_ascii), separators and indent layout, sort_keys, default(), and circular
reference detection."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_BASIC_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t'}
for _code in range(0x20):
    _BASIC_ESCAPES.setdefault(chr(_code), f'\\u{_code:04x}')
del _code


def py_encode_basestring(s):
    """A JSON string literal for s, escaping only what JSON requires."""
    escapes = _BASIC_ESCAPES
    for char in s:
        if char in escapes:
            break
    else:
        return '"' + s + '"'
    pieces = ['"']
    for char in s:
        pieces.append(escapes.get(char, char))
    pieces.append('"')
    return ''.join(pieces)


def py_encode_basestring_ascii(s):
    """A JSON string literal for s using only ASCII (\\uXXXX escapes, surrogate pairs beyond the
    BMP)."""
    if s.isascii():
        escapes = _BASIC_ESCAPES
        for char in s:
            if char in escapes or char == '\x7f':
                break
        else:
            return '"' + s + '"'
    pieces = ['"']
    escapes = _BASIC_ESCAPES
    for char in s:
        code = ord(char)
        if code < 0x7f:
            pieces.append(escapes.get(char, char))
        elif code < 0x10000:
            pieces.append(f'\\u{code:04x}')
        else:
            code -= 0x10000
            pieces.append(f'\\u{0xd800 | (code >> 10):04x}\\u{0xdc00 | (code & 0x3ff):04x}')
    pieces.append('"')
    return ''.join(pieces)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder: dict, list, tuple, str, int, float, True/False/None (and their
    subclasses). Override default() to serialize other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (the default)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in chunks."""
        chunks = []
        _Encoding(self, chunks).value(o, 0)
        return iter(chunks)


class _Encoding:
    """One run of an encoder over a value: appends text pieces to `chunks`."""

    def __init__(self, encoder, chunks):
        self.encoder = encoder
        self.chunks = chunks
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.item_separator = encoder.item_separator
        self.key_separator = encoder.key_separator

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def value(self, o, level):
        chunks = self.chunks
        if isinstance(o, str):
            chunks.append(self.string(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            marker = self.enter(o)
            replacement = self.encoder.default(o)
            self.value(replacement, level)
            self.leave(marker)

    def enter(self, o):
        markers = self.markers
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError('Circular reference detected')
        markers[key] = o
        return key

    def leave(self, key):
        if key is not None:
            del self.markers[key]

    def array(self, items, level):
        chunks = self.chunks
        if not items:
            chunks.append('[]')
            return
        marker = self.enter(items)
        indent = self.indent
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            chunks.append('[' + newline)
        else:
            newline = None
            separator = self.item_separator
            chunks.append('[')
        first = True
        for item in items:
            if first:
                first = False
            else:
                chunks.append(separator)
            self.value(item, level)
        if newline is not None:
            level -= 1
            chunks.append('\n' + indent * level)
        chunks.append(']')
        self.leave(marker)

    def object(self, dct, level):
        chunks = self.chunks
        if not dct:
            chunks.append('{}')
            return
        marker = self.enter(dct)
        indent = self.indent
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            chunks.append('{' + newline)
        else:
            newline = None
            separator = self.item_separator
            chunks.append('{')
        items = sorted(dct.items()) if self.encoder.sort_keys else dct.items()
        key_separator = self.key_separator
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float_text(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.encoder.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not '
                                f'{key.__class__.__name__}')
            if first:
                first = False
            else:
                chunks.append(separator)
            chunks.append(self.string(key))
            chunks.append(key_separator)
            self.value(value, level)
        if newline is not None:
            level -= 1
            chunks.append('\n' + indent * level)
        chunks.append('}')
        self.leave(marker)
