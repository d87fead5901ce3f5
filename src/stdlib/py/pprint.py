"""pprint: pretty-printing of data structures (pprint, pformat, pp, PrettyPrinter, saferepr),
written for Pyex from the documented behaviour: an object whose repr fits in the remaining width is
printed as its repr; otherwise containers are split one item per line (dict keys sorted by
default) and long strings are split into adjacent literals, with CPython's layout."""

import sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a trailing newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with sort_dicts=False by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Sort key that orders anything: values that cannot be compared fall back to their type
    name and id."""
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


class _TextSink:
    """The smallest writable stream: collects text."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return ''.join(self.parts)


_BUILTIN_SCALARS = frozenset([str, bytes, bytearray, float, complex, bool, type(None)])


def _recursion(object):
    return f'<Recursion on {type(object).__name__} with id={id(object)}>'


class PrettyPrinter:
    """Pretty printer with settings: indent per level, width, depth limit, compact item packing,
    sorted dict keys, underscores in ints."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else sys.stdout
        if stream is not None:
            self._format(object, stream, 0, 0, {}, 0)
            stream.write('\n')

    def pformat(self, object):
        sink = _TextSink()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        representation, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) of object; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, dict(context), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(text) > max_width:
            printer = self._printer_for(object)
            if printer is not None:
                context[key] = 1
                printer(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if _is_plain_dataclass(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _printer_for(self, object):
        representation = type(object).__repr__
        printer = _DISPATCH.get(representation)
        if printer is None:
            printer = _lazy_dispatch().get(representation)
        return printer

    # --- containers -----------------------------------------------------------------------

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        self._format(list(object.items()), stream, indent + len(cls.__name__) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = object.__class__
        if kind is set:
            stream.write('{')
            end = '}'
        else:
            stream.write(kind.__name__ + '({')
            end = '})'
            indent += len(kind.__name__) + 1
        ordered = sorted(object, key=_SafeKey)
        self._format_items(ordered, stream, indent, allowance + len(end), context, level)
        stream.write(end)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        """A long string as adjacent literals, split at line ends and then between words."""
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        width_first = width = self._width - indent
        last_line = len(lines) - 1
        for line_index, line in enumerate(lines):
            text = repr(line)
            if line_index == last_line:
                width_first -= allowance
            if len(text) <= width_first:
                chunks.append(text)
                continue
            parts = _split_words(line)
            limit = width
            current = ''
            last_part = len(parts) - 1
            for part_index, part in enumerate(parts):
                candidate = current + part
                if part_index == last_part and line_index == last_line:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(text)
            return
        if level == 1:
            write('(')
        for index, text in enumerate(chunks):
            if index > 0:
                write('\n' + ' ' * indent)
            write(text)
        if level == 1:
            write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parenthesize = level == 1
        if parenthesize:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        for text in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(text)
            if not delim:
                delim = '\n' + ' ' * indent
        if parenthesize:
            write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        stream.write(f'{cls.__name__}({factory},\n{" " * indent}')
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(cls.__name__) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        for index, mapping in enumerate(object.maps):
            if index == len(object.maps) - 1:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write(f'],\n{" " * indent}maxlen={maxlen})')

    def _pprint_user_dict(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_list(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _pprint_user_string(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for index, (key, value) in enumerate(items):
            last = index == last_index
            text = self._repr(key, context, level)
            write(text)
            write(': ')
            self._format(value, stream, indent + len(text) + 2, allowance if last else 1,
                         context, level)
            if not last:
                write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        separator = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for index, (key, value) in enumerate(items):
            last = index == last_index
            write(key)
            write('=')
            if id(value) in context:
                write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1,
                             context, level)
            if not last:
                write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        """One item per line, or (compact=True) as many as fit on each line."""
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        separator_nl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        iterator = iter(items)
        try:
            following = next(iterator)
        except StopIteration:
            return
        last = False
        while not last:
            item = following
            try:
                following = next(iterator)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if width < needed:
                    width = max_width
                    if delim:
                        delim = separator_nl
                if width >= needed:
                    width -= needed
                    write(delim)
                    delim = ', '
                    write(text)
                    continue
            write(delim)
            delim = separator_nl
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # --- one-line reprs -------------------------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _BUILTIN_SCALARS:
            return repr(object), True, False
        representation = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and representation is int.__repr__:
            if self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        if issubclass(kind, dict) and representation is dict.__repr__:
            if not object:
                return '{}', True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return '{...}', False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for item_key, value in items:
                key_text, key_readable, key_recursive = self.format(item_key, context, maxlevels, level)
                value_text, value_readable, value_recursive = self.format(value, context, maxlevels,
                                                                          level)
                parts.append(f'{key_text}: {value_text}')
                readable = readable and key_readable and value_readable
                if key_recursive or value_recursive:
                    recursive = True
            del context[key]
            return '{' + ', '.join(parts) + '}', readable, recursive
        if ((issubclass(kind, list) and representation is list.__repr__)
                or (issubclass(kind, tuple) and representation is tuple.__repr__)):
            if issubclass(kind, list):
                if not object:
                    return '[]', True, False
                template = '[%s]'
            elif len(object) == 1:
                template = '(%s,)'
            else:
                if not object:
                    return '()', True, False
                template = '(%s)'
            key = id(object)
            if maxlevels and level >= maxlevels:
                return template % '...', False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            parts = []
            level += 1
            for item in object:
                text, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                parts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
            del context[key]
            return template % ', '.join(parts), readable, recursive
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False


def _split_words(line):
    """Alternating runs of non-whitespace followed by their whitespace: re.findall(r'\\S*\\s*')
    without the final empty match."""
    parts = []
    index = 0
    length = len(line)
    while index < length:
        start = index
        while index < length and not line[index].isspace():
            index += 1
        while index < length and line[index].isspace():
            index += 1
        parts.append(line[start:index])
    return parts


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for index in range(0, len(object), 4):
        part = object[index:index + 4]
        candidate = current + part
        if index == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)


def _is_plain_dataclass(object):
    """A dataclass instance whose __repr__ is the generated one."""
    kind = type(object)
    if not hasattr(kind, '__dataclass_fields__') or isinstance(object, type):
        return False
    return getattr(kind.__repr__, '__pyex_dataclass_repr__', False)


_DISPATCH = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
}

_collection_dispatch = None


def _lazy_dispatch():
    """Printers for the collections types, keyed by their __repr__ (imported on first need)."""
    global _collection_dispatch
    if _collection_dispatch is None:
        import collections
        _collection_dispatch = {
            collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
            collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
            collections.Counter.__repr__: PrettyPrinter._pprint_counter,
            collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
            collections.deque.__repr__: PrettyPrinter._pprint_deque,
            collections.UserDict.__repr__: PrettyPrinter._pprint_user_dict,
            collections.UserList.__repr__: PrettyPrinter._pprint_user_list,
            collections.UserString.__repr__: PrettyPrinter._pprint_user_string,
        }
    return _collection_dispatch
