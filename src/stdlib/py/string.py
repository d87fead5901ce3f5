"""string: character-class constants, capwords, Template ($-substitution) and Formatter (the
str.format engine, overridable piece by piece), written for Pyex from the documented behaviour."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

import re as _re

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s (on sep, or runs of whitespace), capitalize each word, join with sep (or ' ')."""
    words = s.split(sep)
    return (sep or ' ').join([word.capitalize() for word in words])


# --- Template -----------------------------------------------------------------------------------

_sentinel_dict = {}


class Template:
    """A string with $-placeholders: `$name`, `${name}`, and `$$` for a literal `$`.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`, `flags` or the whole
    `pattern` (a regex with groups named escaped, named, braced and invalid).
    """

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                f'\n            {delim}(?:\n'
                f'              (?P<escaped>{delim})  |   # Escape sequence of two delimiters\n'
                f'              (?P<named>{ident})       |   # delimiter and a Python identifier\n'
                f'              {{(?P<braced>{braced})}} |   # delimiter and a braced identifier\n'
                f'              (?P<invalid>)             # Other ill-formed delimiter exprs\n'
                f'            )\n            ')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        start = match.start('invalid')
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            column = 1
            line = 1
        else:
            column = start - len(''.join(lines[:-1]))
            line = len(lines)
        raise ValueError(f'Invalid placeholder in string: line {line}, col {column}')

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Replace every placeholder; KeyError for a missing name, ValueError for a bad one."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)

        def convert(match):
            named = match.group('named') or match.group('braced')
            if named is not None:
                return str(mapping[named])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._invalid(match)
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute, but leave missing or malformed placeholders as they are."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)

        def convert(match):
            named = match.group('named') or match.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """False if the template has an invalid placeholder."""
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            if (match.group('named') is None and match.group('braced') is None
                    and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        names = []
        for match in self.pattern.finditer(self.template):
            named = match.group('named') or match.group('braced')
            if named is not None and named not in names:
                names.append(named)
            elif (named is None and match.group('invalid') is None
                  and match.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return names


class _ChainedLookup:
    """Keyword arguments first, then the mapping (substitute(mapping, **kws))."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


# Compile the default pattern (the class body cannot refer to the class itself).
Template.__init_subclass__()


# --- Formatter ----------------------------------------------------------------------------------

def _parse_format(text):
    """Yield (literal, field_name, format_spec, conversion) like `_string.formatter_parser`."""
    position = 0
    end = len(text)
    while position < end:
        start = position
        brace = ''
        while position < end:
            char = text[position]
            position += 1
            if char == '{' or char == '}':
                brace = char
                break
        at_end = position >= end
        literal_end = position
        if brace == '}' and (at_end or text[position] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and brace == '{':
            raise ValueError("Single '{' encountered in format string")
        markup_follows = brace != ''
        if markup_follows:
            if text[position] == brace:
                position += 1
                markup_follows = False
            else:
                literal_end -= 1
        literal = text[start:literal_end]
        if not markup_follows:
            yield (literal, None, None, None)
            continue
        # the field: name up to '!', ':' or '}', skipping over [...] keys
        name_start = position
        last = ''
        while position < end:
            last = text[position]
            position += 1
            if last == '{':
                raise ValueError("unexpected '{' in field name")
            if last == '[':
                while position < end and text[position] != ']':
                    position += 1
                continue
            if last == '}' or last == ':' or last == '!':
                break
        field_name = text[name_start:position - 1]
        if last != '!' and last != ':':
            if last != '}':
                raise ValueError("expected '}' before end of string")
            yield (literal, field_name, '', None)
            continue
        conversion = None
        if last == '!':
            if position >= end:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = text[position]
            position += 1
            if position < end:
                after = text[position]
                position += 1
                if after == '}':
                    yield (literal, field_name, '', conversion)
                    continue
                if after != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = position
        depth = 1
        while position < end:
            char = text[position]
            position += 1
            if char == '{':
                depth += 1
            elif char == '}':
                depth -= 1
                if depth == 0:
                    break
        if depth != 0:
            raise ValueError("unmatched '{' in format spec")
        yield (literal, field_name, text[spec_start:position - 1], conversion)


def _field_integer(text):
    if text and text.isdecimal():
        value = int(text)
        if value > 9223372036854775807:
            raise ValueError('Too many decimal digits in format string')
        return value
    return None


def _split_field_name(field_name):
    """(first, [(is_attribute, key), ...]) like `_string.formatter_field_name_split`."""
    position = 0
    while position < len(field_name) and field_name[position] not in '.[':
        position += 1
    first_text = field_name[:position]
    first = _field_integer(first_text)
    if first is None:
        first = first_text
    rest = []
    end = len(field_name)
    while position < end:
        marker = field_name[position]
        position += 1
        if marker == '.':
            start = position
            while position < end and field_name[position] not in '.[':
                position += 1
            name = field_name[start:position]
            is_attribute = True
        elif marker == '[':
            start = position
            closed = False
            while position < end:
                position += 1
                if field_name[position - 1] == ']':
                    closed = True
                    break
            if not closed:
                raise ValueError("Missing ']' in format string")
            name = field_name[start:position - 1]
            is_attribute = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not name:
            raise ValueError('Empty attribute in format string')
        key = name
        if not is_attribute:
            number = _field_integer(name)
            if number is not None:
                key = number
        rest.append((is_attribute, key))
    return first, rest


class Formatter:
    """The str.format machinery as overridable methods (format, vformat, parse, get_field,
    get_value, check_unused_args, format_field, convert_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, format_spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, first part of the name) for a field such as `0.attr[key]`."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, key in rest:
            if is_attribute:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
