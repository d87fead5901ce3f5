# Format-spec matrix: format(value, spec) for a deterministic sample of every combination of
# fill/align, sign, z, #, 0, width, grouping and precision with each presentation type, over
# representative int, float, complex and str values; then %-formatting of str and bytes with every
# conversion, flag and `*` width/precision. One line per cell: `<expression> => <outcome>`.
# Run by CPython (recorded by scripts/record-parity-matrices.py) and by Pyex.

ALIGNS = ['', '<', '>', '^', '=', '*>', '0=', 'x^']
SIGNS = ['', '+', '-', ' ']
ZS = ['', 'z']
ALTS = ['', '#']
ZEROS = ['', '0']
WIDTHS = ['', '1', '12']
GROUPS = ['', ',', '_']
PRECISIONS = ['', '.0', '.3', '.12']

COMBINATIONS = []
for align in ALIGNS:
    for sign in SIGNS:
        for z in ZS:
            for alt in ALTS:
                for zero in ZEROS:
                    for width in WIDTHS:
                        for group in GROUPS:
                            for precision in PRECISIONS:
                                COMBINATIONS.append(
                                    align + sign + z + alt + zero + width + group + precision)

# Every 153rd combination (153 is coprime with the 9,216 combinations' factors, so the sample
# walks every option), from a different start for each presentation type.
STRIDE = 153


def specs_for(kind, offset):
    return [COMBINATIONS[index] + kind for index in range(offset, len(COMBINATIONS), STRIDE)]


INTS = [0, 1, -1, 42, -1234567, 2**70, -2**70, True]
FLOATS = [0.0, -0.0, 1.5, -1234.5678, 1e16, 1.5e-7, 123456789.125, float('nan'), float('inf'),
          float('-inf'), 2.5, 0.125, -0.0001]
COMPLEXES = [0j, 1 + 2j, complex(-1.5, -0.0), complex(float('nan'), float('inf')), 1e20 - 3.25j]
STRS = ['', 'abc', 'h\xe9llo']

GROUPS_OF_VALUES = [
    (INTS, ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']),
    (FLOATS, ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd']),
    (COMPLEXES, ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']),
    (STRS, ['', 's', 'd']),
]


class Raw:
    """An object offering __bytes__ (for %b and %s of bytes)."""

    def __bytes__(self):
        return b'RAW'

    def __repr__(self):
        return 'Raw()'


def label(arguments):
    """repr() of a tuple of arguments, without the address a memoryview's repr shows."""
    parts = [f"memoryview({bytes(item)!r})" if isinstance(item, memoryview) else repr(item)
             for item in arguments]
    return '(' + ', '.join(parts) + (',)' if len(parts) == 1 else ')')


def show(expression, compute):
    try:
        result = compute()
    except Exception as error:
        print(f'{expression} => !{type(error).__name__}: {error}')
        return
    print(f'{expression} => {result!r}')


for values, kinds in GROUPS_OF_VALUES:
    for offset, kind in enumerate(kinds):
        specs = specs_for(kind, offset * 7)
        for value in values:
            for spec in specs:
                show(f'format({value!r}, {spec!r})', lambda: format(value, spec))

# A few hand-picked specs that samples can miss.
EXTRA = ['', '10', '<10', '^10', '>10', '=10', '010', '+', ' ', ',', '_', ',d', '_x', '_b', '#x',
         '#o', '#b', '#X', '.2f', '.2%', 'z.1f', 'z', '.0e', '#.0e', '#.0f', '#g', '#.3g', '.3n',
         ',.2f', '_.2f', '015,.2f', '0>10', '*^15,', 'c', '10c', '<05', '.5s', '.1', '.12g',
         '.17g', 'e', '.20f', '.30e', '1000', ',%', '+#x', '-#o', ' #b', '=+10', '0=+10.3e']
for value in [0, 7, -7, 255, 10**20, -(10**20), 3.0, -3.0, 0.1, 1e300, 5e-324, -0.0, 1234.5,
              float('nan'), 1 + 1j, -0.0 - 1j, 'x', 'abc']:
    for spec in EXTRA:
        show(f'format({value!r}, {spec!r})', lambda: format(value, spec))

# %-formatting of str.
PERCENT_FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+ ', '#0']
PERCENT_WIDTHS = ['', '6', '*']
PERCENT_PRECISIONS = ['', '.2', '.*', '.0']
PERCENT_VALUES = {
    'd': [0, -42, 3.99, 2**70, True], 'i': [17, -3.5], 'u': [5, -5],
    'o': [8, -8, 0], 'x': [255, -255, 2**70], 'X': [255, 0],
    'e': [0.0, 1234.5, -1e-7, float('inf')], 'E': [12.5, float('nan')],
    'f': [3.14159, -0.0, 1e16, 7], 'F': [2.5, float('-inf')],
    'g': [0.0001, 123456789.0, 1e-10, 100], 'G': [1e20, 0.5],
    'c': [65, 'z', 0x1F600], 'r': ['a\n', 3, None], 's': ['text', 42, b'b', None],
    'a': ['h\xe9', 1.5],
}
for conversion, values in PERCENT_VALUES.items():
    for flags in PERCENT_FLAGS:
        for width in PERCENT_WIDTHS:
            for precision in PERCENT_PRECISIONS:
                template = '%' + flags + width + precision + conversion
                for value in values:
                    star = []
                    if width == '*':
                        star.append(7)
                    if precision == '.*':
                        star.append(3)
                    arguments = tuple(star) + (value,)
                    show(f'{template!r} % {arguments!r}', lambda: template % arguments)

# %-formatting of bytes.
BYTES_VALUES = {
    'd': [5, -5], 'x': [255], 'o': [9], 'e': [1.5], 'f': [2.25], 'g': [1e-9],
    'c': [65, b'q'], 's': [b'abc', bytearray(b'xy'), Raw()], 'b': [b'raw', memoryview(b'mv'), Raw()],
    'r': ['\xe9', b'x'], 'a': ['\xe9', 2],
}
for conversion, values in BYTES_VALUES.items():
    for flags in ['', '-', '+', '0', '#']:
        for width in ['', '5', '*']:
            for precision in ['', '.1', '.*']:
                template = ('%' + flags + width + precision + conversion).encode()
                for value in values:
                    star = []
                    if width == '*':
                        star.append(6)
                    if precision == '.*':
                        star.append(2)
                    arguments = tuple(star) + (value,)
                    show(f'{template!r} % {label(arguments)}', lambda: template % arguments)

# Errors and odd cases of % formatting.
ODD = [
    ("'%d' % ('x',)", lambda: '%d' % ('x',)),
    ("'%s %s' % ('a',)", lambda: '%s %s' % ('a',)),
    ("'%s' % ('a', 'b')", lambda: '%s' % ('a', 'b')),
    ("'%(a)s %(b)d' % {'a': 1, 'b': 2}", lambda: '%(a)s %(b)d' % {'a': 1, 'b': 2}),
    ("'%(a)s' % {}", lambda: '%(a)s' % {}),
    ("'%z' % (1,)", lambda: '%z' % (1,)),
    ("'%' % ()", lambda: '%' % ()),
    ("'%%' % ()", lambda: '%%' % ()),
    ("'%c' % (1114112,)", lambda: '%c' % (1114112,)),
    ("'%c' % ('ab',)", lambda: '%c' % ('ab',)),
    ("'%*d' % ('x', 1)", lambda: '%*d' % ('x', 1)),
    ("'%x' % (1.5,)", lambda: '%x' % (1.5,)),
    ("'%.3s' % ('abcdef',)", lambda: '%.3s' % ('abcdef',)),
    ("'%-*d|' % (-6, 1)", lambda: '%-*d|' % (-6, 1)),
    ("'%s' % [1, 2]", lambda: '%s' % [1, 2]),
    ("'%s' % ((1, 2),)", lambda: '%s' % ((1, 2),)),
    ("b'%s' % ('str',)", lambda: b'%s' % ('str',)),
    ("b'%d' % (b'1',)", lambda: b'%d' % (b'1',)),
    ("b'%c' % (256,)", lambda: b'%c' % (256,)),
    ("b'%c' % (b'ab',)", lambda: b'%c' % (b'ab',)),
    ("b'%(k)s' % {b'k': b'v'}", lambda: b'%(k)s' % {b'k': b'v'}),
    ("'%.0f %.1f %.2f' % (0.5, 0.25, 1.005)", lambda: '%.0f %.1f %.2f' % (0.5, 0.25, 1.005)),
    ("'%5.1f%%' % (99.95,)", lambda: '%5.1f%%' % (99.95,)),
    ("'%#.0f %#x %#o' % (3, 0, 0)", lambda: '%#.0f %#x %#o' % (3, 0, 0)),
]
for expression, compute in ODD:
    show(expression, compute)
