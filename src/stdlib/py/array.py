"""array: compact typed arrays (array('i', [1, 2])), written for Pyex from the documented behaviour.
Items are kept in a list after the range check of their type code (CPython's OverflowError
messages); tobytes/frombytes use little-endian machine sizes of a 64-bit Linux build, and 'f'
values are rounded to single precision."""

import math as _math

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (item size, signed, lowest, highest, message below, message above)
_INT_CODES = {
    'b': (1, True, -128, 127, 'signed char is less than minimum',
          'signed char is greater than maximum'),
    'B': (1, False, 0, 255, 'unsigned byte integer is less than minimum',
          'unsigned byte integer is greater than maximum'),
    'h': (2, True, -32768, 32767, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum'),
    'H': (2, False, 0, 65535, 'unsigned short is less than minimum',
          'unsigned short is greater than maximum'),
    'i': (4, True, -2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum',
          'signed integer is greater than maximum'),
    'I': (4, False, 0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          'unsigned int is greater than maximum'),
    'l': (8, True, -2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (8, False, 0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (8, True, -2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (8, False, 0, 2 ** 64 - 1, "can't convert negative int to unsigned",
          'int too big to convert'),
}
_ITEM_SIZES = {'u': 4, 'f': 4, 'd': 8}
for _code, _spec in _INT_CODES.items():
    _ITEM_SIZES[_code] = _spec[0]
del _code, _spec


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _as_float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    kind = type(value)
    if getattr(kind, '__float__', None) is not None or getattr(kind, '__index__', None) is not None:
        return float(value)
    raise TypeError(f'must be real number, not {kind.__name__}')


def _round_to_float32(x):
    """x rounded to the nearest IEEE single-precision value (ties to even), as C's cast does."""
    if x != x or x == 0.0 or x in (_INF, -_INF):
        return x
    mantissa, exponent = _math.frexp(x)
    if exponent - 24 < -149:
        scaled = round(_math.ldexp(x, 149))
        result = _math.ldexp(scaled, -149)
    else:
        scaled = round(_math.ldexp(mantissa, 24))
        result = _math.ldexp(scaled, exponent - 24)
    if abs(result) >= 2.0 ** 128:
        return _math.copysign(_INF, x)
    return result


_INF = float('inf')


def _float_bits(x, width):
    """The IEEE-754 bit pattern of x in binary64 (width 8) or binary32 (width 4)."""
    if width == 8:
        fraction_bits, exponent_bias, exponent_max = 52, 1023, 2047
    else:
        fraction_bits, exponent_bias, exponent_max = 23, 127, 255
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    total_bits = width * 8
    if x != x:
        return (sign << (total_bits - 1)) | (exponent_max << fraction_bits) | (1 << (fraction_bits - 1))
    x = abs(x)
    if x == _INF:
        return (sign << (total_bits - 1)) | (exponent_max << fraction_bits)
    if x == 0.0:
        return sign << (total_bits - 1)
    mantissa, exponent = _math.frexp(x)
    biased = exponent - 1 + exponent_bias
    if biased <= 0:
        fraction = int(_math.ldexp(x, exponent_bias - 1 + fraction_bits))
        biased = 0
    else:
        fraction = int(_math.ldexp(mantissa, fraction_bits + 1)) - (1 << fraction_bits)
    return (sign << (total_bits - 1)) | (biased << fraction_bits) | fraction


def _bits_float(bits, width):
    if width == 8:
        fraction_bits, exponent_bias, exponent_max = 52, 1023, 2047
    else:
        fraction_bits, exponent_bias, exponent_max = 23, 127, 255
    total_bits = width * 8
    sign = -1.0 if bits >> (total_bits - 1) else 1.0
    biased = (bits >> fraction_bits) & exponent_max
    fraction = bits & ((1 << fraction_bits) - 1)
    if biased == exponent_max:
        if fraction:
            return _math.copysign(float('nan'), sign)
        return sign * _INF
    if biased == 0:
        return sign * _math.ldexp(fraction, 1 - exponent_bias - fraction_bits)
    return sign * _math.ldexp(fraction + (1 << fraction_bits), biased - exponent_bias - fraction_bits)


def _converter(typecode):
    """The function that checks and normalizes one item for typecode."""
    spec = _INT_CODES.get(typecode)
    if spec is not None:
        _, _, low, high, below, above = spec

        def convert(value):
            if type(value) is not int:
                value = _as_int(value)
            if value < low:
                raise OverflowError(below)
            if value > high:
                raise OverflowError(above)
            return value
        return convert
    if typecode == 'd':
        return _as_float
    if typecode == 'f':
        return lambda value: _round_to_float32(_as_float(value))

    def convert_char(value):
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    return convert_char


_CONVERTERS = {code: _converter(code) for code in typecodes}


class array:
    """array(typecode[, initializer]): a mutable sequence of numbers (or characters) all of one
    C type: b B h H i I l L q Q (integers), f d (floats), u (characters)."""
    __slots__ = ('_typecode', '_items', '_convert', '__weakref__')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not '
                            f'{type(typecode).__name__}')
        if typecode not in _CONVERTERS:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        self._convert = _CONVERTERS[typecode]
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f'cannot use a str to initialize an array with typecode '
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._typecode == 'u' and typecode != 'u':
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode "
                            f"'{typecode}'")
        elif isinstance(initializer, array):
            convert = self._convert
            self._items = [convert(value) for value in initializer._items]
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        """The typecode character used to create the array."""
        return self._typecode

    @property
    def itemsize(self):
        """The length in bytes of one array item."""
        return _ITEM_SIZES[self._typecode]

    def _new(self, items):
        result = array.__new__(type(self))
        result._typecode = self._typecode
        result._items = items
        result._convert = self._convert
        return result

    def append(self, value, /):
        self._items.append(self._convert(value))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        convert = self._convert
        items = self._items
        for value in iterable:
            items.append(convert(value))

    def insert(self, index, value, /):
        self._items.insert(index, self._convert(value))

    def pop(self, index=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value, /):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None, /):
        items = self._items
        if stop is None:
            stop = len(items)
        try:
            return items.index(value, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value, /):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values, /):
        if not isinstance(values, list):
            raise TypeError('arg must be list')
        convert = self._convert
        converted = [convert(value) for value in values]
        self._items.extend(converted)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, text, /):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(text, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(text).__name__}')
        self._items.extend(text)

    def tobytes(self):
        """The machine representation of the items (little-endian)."""
        code = self._typecode
        size = _ITEM_SIZES[code]
        if code == 'u':
            return ''.join(self._items).encode('utf-32-le')
        pieces = []
        if code in ('f', 'd'):
            for value in self._items:
                pieces.append(_float_bits(value, size).to_bytes(size, 'little'))
        else:
            signed = _INT_CODES[code][1]
            for value in self._items:
                pieces.append(value.to_bytes(size, 'little', signed=signed))
        return b''.join(pieces)

    def frombytes(self, buffer, /):
        """Append items read from their machine representation."""
        data = bytes(buffer)
        code = self._typecode
        size = _ITEM_SIZES[code]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if code == 'u':
            self._items.extend(data.decode('utf-32-le'))
            return
        items = self._items
        if code in ('f', 'd'):
            for offset in range(0, len(data), size):
                items.append(_bits_float(int.from_bytes(data[offset:offset + size], 'little'), size))
        else:
            signed = _INT_CODES[code][1]
            for offset in range(0, len(data), size):
                items.append(int.from_bytes(data[offset:offset + size], 'little', signed=signed))

    def byteswap(self):
        """Reverse the byte order of every item."""
        size = _ITEM_SIZES[self._typecode]
        data = self.tobytes()
        swapped = b''.join([data[offset:offset + size][::-1] for offset in range(0, len(data), size)])
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array '
                                'slice')
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = value._items
            return
        converted = self._convert(value)
        try:
            self._items[index] = converted
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, count):
        return self._new(self._items * count)

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= count
        return self

    def _compare_items(self, other):
        if isinstance(other, array):
            return other._items
        return None

    def __eq__(self, other):
        items = self._compare_items(other)
        return NotImplemented if items is None else self._items == items

    def __ne__(self, other):
        items = self._compare_items(other)
        return NotImplemented if items is None else self._items != items

    def __lt__(self, other):
        items = self._compare_items(other)
        return NotImplemented if items is None else self._items < items

    def __le__(self, other):
        items = self._compare_items(other)
        return NotImplemented if items is None else self._items <= items

    def __gt__(self, other):
        items = self._compare_items(other)
        return NotImplemented if items is None else self._items > items

    def __ge__(self, other):
        items = self._compare_items(other)
        return NotImplemented if items is None else self._items >= items

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        code = self._typecode
        if not self._items:
            return f"{type(self).__name__}('{code}')"
        if code == 'u':
            return f"{type(self).__name__}('{code}', {''.join(self._items)!r})"
        return f"{type(self).__name__}('{code}', {self._items!r})"

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._typecode, list(self._items)), None)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


ArrayType = array
