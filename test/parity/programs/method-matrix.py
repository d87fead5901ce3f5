# Method matrix: every public method of the core built-in types called on fresh receivers with
# each argument tuple from a fixed pool. One line per cell:
# `<receiver>.<method><args> => <outcome> ; <receiver after>` (the receiver shown when mutable).
# Run by CPython (recorded by scripts/record-parity-matrices.py) and by Pyex.

RECEIVERS = [
    ('7', lambda: 7),
    ('-2**70', lambda: -2**70),
    ('True', lambda: True),
    ('-2.5', lambda: -2.5),
    ('(1+2j)', lambda: 1 + 2j),
    ("'Hello World'", lambda: 'Hello World'),
    ("'  a\\tb\\n'", lambda: '  a\tb\n'),
    ("b'Hello World'", lambda: b'Hello World'),
    ("bytearray(b'abca')", lambda: bytearray(b'abca')),
    ('[3, 1, 2]', lambda: [3, 1, 2]),
    ("(1, 'a', 1)", lambda: (1, 'a', 1)),
    ("{'a': 1, 2: 'b'}", lambda: {'a': 1, 2: 'b'}),
    ('{1, 2, 3}', lambda: {1, 2, 3}),
    ('frozenset({1, 2})', lambda: frozenset({1, 2})),
    ('range(1, 10, 3)', lambda: range(1, 10, 3)),
    ('slice(1, 9, 2)', lambda: slice(1, 9, 2)),
]

ARGUMENTS = [
    (),
    (0,),
    (1,),
    (-1,),
    (2,),
    (2**70,),
    (1.5,),
    ('a',),
    ('l',),
    (' ',),
    (b'a',),
    (b'l',),
    ([1],),
    ([2, 1],),
    ({1: 2},),
    ({1, 4},),
    (None,),
    ('a', 'b'),
    ('l', 'L', 1),
    (b'l', b'L'),
    (1, 2),
    (0, -1),
    (1, 'x'),
    (str,),
    ('utf-8',),
    ('ascii', 'replace'),
    (10, '*'),
    ('{}',),
]

# Methods whose output depends on the process (ids, hash randomisation) or that take callbacks.
SKIP = {'__sizeof__', '__reduce__', '__reduce_ex__', '__getstate__', 'fromkeys', '__init__',
        '__new__', '__init_subclass__', '__subclasshook__', '__class_getitem__', '__dir__',
        '__getattribute__', '__setattr__', '__delattr__', '__format__', '__hash__', 'maketrans',
        '__getnewargs__', '__class__', '__doc__'}
MUTABLE = (list, bytearray, dict, set)


def describe(value):
    text = repr(value)
    if ' at 0x' in text:
        text = text.split(' at 0x')[0] + '>'
    if isinstance(value, (set, frozenset)) and len(value) > 1:
        text = f'{type(value).__name__}(sorted {sorted(value, key=repr)!r})'
    return text


def too_costly(label, name, arguments):
    """Cells CPython would spend minutes or gigabytes on (an int to a 2**70 power or shift)."""
    huge = 2**70 in arguments
    return huge and name in ('__pow__', '__rpow__', '__lshift__', '__rlshift__', '__ilshift__')


for label, make in RECEIVERS:
    receiver_type = type(make())
    names = [name for name in dir(receiver_type)
             if name not in SKIP and callable(getattr(receiver_type, name))
             and (not name.startswith('_') or name.endswith('__'))]
    for name in names:
        for arguments in ARGUMENTS:
            if too_costly(label, name, arguments):
                continue
            receiver = make()
            try:
                outcome = describe(getattr(receiver, name)(*arguments))
            except Exception as error:
                outcome = f'!{type(error).__name__}: {error}'
            after = f' ; {describe(receiver)}' if isinstance(receiver, MUTABLE) else ''
            print(f'{label}.{name}{arguments!r} => {outcome}{after}')
