# Operator matrix: every binary operator (and its augmented form, and `in`) applied to every pair of
# representative built-in values. One line per cell: `<op> <left> <right> => <outcome>`, where the
# outcome is `<type> <repr>` or `!<Exception>: <message>`. Run by CPython (recorded into
# test/parity/golden/operator-matrix.json by scripts/record-parity-operators.py) and by Pyex.

VALUES = [
    ('0', lambda: 0),
    ('-3', lambda: -3),
    ('True', lambda: True),
    ('2.5', lambda: 2.5),
    ('-0.0', lambda: -0.0),
    ('nan', lambda: float('nan')),
    ('inf', lambda: float('inf')),
    ('1+2j', lambda: 1 + 2j),
    ("''", lambda: ''),
    ("'ab'", lambda: 'ab'),
    ("b'ab'", lambda: b'ab'),
    ("bytearray(b'x')", lambda: bytearray(b'x')),
    ('[1]', lambda: [1]),
    ('(1,)', lambda: (1,)),
    ('{1: 2}', lambda: {1: 2}),
    ('{1}', lambda: {1}),
    ('frozenset()', lambda: frozenset()),
    ('range(3)', lambda: range(3)),
    ('None', lambda: None),
    ('slice(1)', lambda: slice(1)),
    ('2**70', lambda: 2**70),
    ('-2**70', lambda: -2**70),
]


def iadd(a, b):
    a += b
    return a


def isub(a, b):
    a -= b
    return a


def imul(a, b):
    a *= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def imod(a, b):
    a %= b
    return a


def ipow(a, b):
    a **= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def irshift(a, b):
    a >>= b
    return a


def iand(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def ixor(a, b):
    a ^= b
    return a


def imatmul(a, b):
    a @= b
    return a


OPERATORS = [
    ('+', lambda a, b: a + b),
    ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b),
    ('%', lambda a, b: a % b),
    ('**', lambda a, b: a ** b),
    ('<<', lambda a, b: a << b),
    ('>>', lambda a, b: a >> b),
    ('&', lambda a, b: a & b),
    ('|', lambda a, b: a | b),
    ('^', lambda a, b: a ^ b),
    ('@', lambda a, b: a @ b),
    ('==', lambda a, b: a == b),
    ('!=', lambda a, b: a != b),
    ('<', lambda a, b: a < b),
    ('<=', lambda a, b: a <= b),
    ('>', lambda a, b: a > b),
    ('>=', lambda a, b: a >= b),
    ('in', lambda a, b: a in b),
    ('+=', iadd),
    ('-=', isub),
    ('*=', imul),
    ('/=', itruediv),
    ('//=', ifloordiv),
    ('%=', imod),
    ('**=', ipow),
    ('<<=', ilshift),
    ('>>=', irshift),
    ('&=', iand),
    ('|=', ior),
    ('^=', ixor),
    ('@=', imatmul),
]

MUTABLE = (list, bytearray, set, dict)
HUGE = ('2**70', '-2**70')


def skipped(symbol, left, right):
    """Cells whose CPython result would take huge time or memory (an int to a 2**70 power)."""
    return symbol in ('**', '**=') and right in HUGE and left in ('-3', '2**70', '-2**70')


AUGMENTED = ('+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=')


def outcome(symbol, function, left, right):
    try:
        result = function(left, right)
    except Exception as error:
        return f'!{type(error).__name__}: {error}'
    text = f'{type(result).__name__} {result!r}'
    if symbol in AUGMENTED and type(left) in MUTABLE:
        text += ' [same object]' if result is left else ' [new object]'
    return text


for symbol, function in OPERATORS:
    for left_name, make_left in VALUES:
        for right_name, make_right in VALUES:
            if skipped(symbol, left_name, right_name):
                text = 'skipped'
            else:
                text = outcome(symbol, function, make_left(), make_right())
            print(f'{symbol} {left_name} {right_name} => {text}')
