#!/usr/bin/env python3
"""Record golden results from CPython for Pyex's numeric and formatting algorithms.

Writes test/objects/golden/*.json: float repr/format/round/hex/parse, int arithmetic, parsing and
printing, numeric and string hashes (PYTHONHASHSEED=0 and a few other seeds), set iteration
orders, format specs and % formatting. Run with the oracle interpreter (CPython 3.11):

    python3 scripts/record-numeric-goldens.py

Every case is generated from a fixed random seed, so reruns give identical files.
"""

import json
import math
import os
import random
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'objects', 'golden')


def bits(x):
    """A double as 16 hex digits of its IEEE bits (exact, keeps -0.0 and NaN payloads)."""
    return struct.pack('>d', x).hex()


def from_bits(text):
    return struct.unpack('>d', bytes.fromhex(text))[0]


def outcome(fn):
    """Run fn; return ['ok', value] or ['error', 'Type: message']."""
    try:
        return ['ok', fn()]
    except Exception as error:  # noqa: BLE001 - every exception is a recorded result
        return ['error', f'{type(error).__name__}: {error}']


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as handle:
        json.dump(data, handle, ensure_ascii=True, separators=(',', ':'))
        handle.write('\n')


def enc_int(value):
    """An int as decimal text, whatever sys.get_int_max_str_digits() says."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(value)
    finally:
        sys.set_int_max_str_digits(limit)


# Float values -----------------------------------------------------------------------------------

def float_pool(rng, count):
    values = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.125, 0.375, 2.5, 1.5, 0.25,
              2.675, 1.005, 1e16, 1e-5, 1e-4, 0.0001, 9.999999999999999e-05, 1e15, 123456789012345.0,
              1234567890123456.0, 12345678901234567.0, 1.2345678901234567e19, 9007199254740993.0,
              2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e21, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
              2.225073858507201e-308, 1.7976931348623157e308, math.pi, math.e, 100.0, 1e100, 1e-100,
              float('inf'), float('-inf'), float('nan'), 0.5e-6, 123.456, -123.456, 99.995, 0.045,
              1.25, 1.35, 2.5e-5, 6.02214076e23, 1.602176634e-19, 299792458.0, 3.0, 7.0, 1e300 * 10]
    for exponent in range(-330, 311, 7):
        values.append(float(f'1e{exponent}'))
    for _ in range(count):
        kind = rng.random()
        if kind < 0.4:
            values.append(from_bits('%016x' % rng.getrandbits(64)))
        elif kind < 0.6:
            values.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
        elif kind < 0.8:
            values.append(rng.uniform(-1, 1) * 10 ** rng.randint(-20, 25))
        else:
            values.append(rng.randint(-10 ** 6, 10 ** 6) / 2 ** rng.randint(0, 12))
    return values


def record_float(rng):
    pool = float_pool(rng, 2500)
    repr_cases = [[bits(x), repr(x)] for x in pool]
    for _ in range(2000):
        x = from_bits('%016x' % rng.getrandbits(64))
        repr_cases.append([bits(x), repr(x)])
    write('float-repr.json', repr_cases)

    format_cases = []
    small_pool = pool[:80] + [rng.choice(pool) for _ in range(120)]
    for x in small_pool:
        for code in 'efgEFG':
            for precision in (0, 1, 2, 3, 6, 10, 17, 25):
                spec = f'.{precision}{code}'
                format_cases.append([bits(x), spec, format(x, spec)])
            format_cases.append([bits(x), f'#.3{code}', format(x, f'#.3{code}')])
        format_cases.append([bits(x), '.120f', format(x, '.120f')])
        format_cases.append([bits(x), '.110e', format(x, '.110e')])
        format_cases.append([bits(x), '.400g', format(x, '.400g')])
    write('float-format.json', format_cases)

    round_cases = []
    for x in pool[:400]:
        round_cases.append([bits(x), None, outcome(lambda: enc_int(round(x)))])
        for ndigits in (0, 1, 2, 3, -1, -2, 5, 15, 20, 300, 400, -400, -308, -300):
            result = outcome(lambda: round(x, ndigits))
            if result[0] == 'ok':
                result = ['ok', bits(result[1])]
            round_cases.append([bits(x), ndigits, result])
    write('float-round.json', round_cases)

    hex_cases = [[bits(x), x.hex()] for x in pool]
    fromhex_inputs = ['0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1074', '0x3p-1075', '0x.8p-1073',
                      ' -0X1.8P+1 ', 'inf', '-Infinity', 'nan', '1', '0x', '0x.p1', '0x1p', '1p1',
                      '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x1p1024', '0x1_0',
                      '0x1p99999999999999999999', '0x0p99999999999999999999', '0x1p-99999999999999999999',
                      '0x.', '.1', '1.', '0x1e', '0x1.e', '+0x1.5p-3', '0x1.00000000000008p0',
                      '0x1.00000000000018p0', '0x1.000000000000080001p0', '-nan', 'iNfInItY', 'infinit',
                      '0x1.8p1 x', '', ' ', '0X0.0000000000001P-1022', '0x0.0000000000000fp-1022']
    for x in pool[:300]:
        fromhex_inputs.append(x.hex())
    fromhex_cases = []
    for text in fromhex_inputs:
        result = outcome(lambda: float.fromhex(text))
        if result[0] == 'ok':
            result = ['ok', bits(result[1])]
        fromhex_cases.append([text, result])
    ratio_cases = [[bits(x), outcome(lambda: [enc_int(v) for v in x.as_integer_ratio()])] for x in pool]

    parse_inputs = ['1', ' 1_000.5 ', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', 'inf', '-inf', '+inf',
                    'infinity', '-Infinity', 'nan', '-nan', 'NaN', 'iNF', 'in', 'infinit', 'x', '', ' ',
                    '1e', '1e+', '.', '.e1', '1.e5', '.5', '5.', '0x10', '1,5', '١٢٣.٥', '\u2003 7 \u2003',
                    '1e400', '-1e400', '1e-400', '0.' + '0' * 400 + '1', '9' * 400, '2.4703282292062327e-324',
                    '2.4703282292062328e-324', '1.7976931348623158e308', '1.7976931348623159e308',
                    '\x00', 'xé', '1 2', '+-1', '--1', '00012.5', '1.5j', '٣_٤']
    for x in pool[:300]:
        parse_inputs.append(repr(x))
    alphabet = '0123456789_ +-.eEinfatyINF\u0663\u00a0x'
    for _ in range(1500):
        parse_inputs.append(''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))))
    parse_cases = []
    for text in parse_inputs:
        result = outcome(lambda: float(text))
        if result[0] == 'ok':
            result = ['ok', bits(result[1])]
        parse_cases.append([text, result])
    write('float-misc.json', {'hex': hex_cases, 'fromhex': fromhex_cases, 'ratio': ratio_cases,
                              'parse': parse_cases})


# Ints -------------------------------------------------------------------------------------------

def int_pool(rng):
    values = [0, 1, 2, 3, 5, 7, 10, 13, 100, 255, 256, 1000, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 32,
              2 ** 32 + 1, 2 ** 52, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 54, 2 ** 61 - 1, 2 ** 61,
              2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 10 ** 15, 10 ** 16, 10 ** 20, 10 ** 30, 3 ** 100,
              2 ** 1023, 2 ** 1024, 2 ** 1100 + 1, 10 ** 308, 10 ** 309]
    for _ in range(40):
        values.append(rng.getrandbits(rng.choice([8, 20, 33, 52, 53, 54, 64, 70, 100, 200, 600])))
    values += [-v for v in values if v]
    return values


def record_int(rng):
    pool = int_pool(rng)
    small = [v for v in pool if abs(v) < 2 ** 64] + [rng.choice(pool) for _ in range(30)]
    pairs = []
    for _ in range(2500):
        a = rng.choice(pool)
        b = rng.choice(pool if rng.random() < 0.6 else small)
        pairs.append((a, b))
    for a in (0, 1, -1, 7, -7, 2 ** 53, -(2 ** 53)):
        for b in (0, 1, -1, 2, -2, 3, -3, 2 ** 53 + 1, -(2 ** 60)):
            pairs.append((a, b))
    binary_cases = []
    for a, b in pairs:
        row = [enc_int(a), enc_int(b)]
        row.append(outcome(lambda: enc_int(a + b)))
        row.append(outcome(lambda: enc_int(a - b)))
        row.append(outcome(lambda: enc_int(a * b)))
        row.append(outcome(lambda: enc_int(a // b)))
        row.append(outcome(lambda: enc_int(a % b)))
        row.append(outcome(lambda: [enc_int(v) for v in divmod(a, b)]))
        row.append(outcome(lambda: bits(a / b)))
        row.append(outcome(lambda: enc_int(a & b)))
        row.append(outcome(lambda: enc_int(a | b)))
        row.append(outcome(lambda: enc_int(a ^ b)))
        row.append(outcome(lambda: (a > b) - (a < b)))
        binary_cases.append(row)

    unary_cases = []
    for a in pool:
        unary_cases.append([
            enc_int(a), enc_int(-a), enc_int(abs(a)), enc_int(~a), a.bit_length(), a.bit_count(),
            outcome(lambda: bits(float(a))),
        ])

    shift_cases = []
    for a in small + [10 ** 40, -(10 ** 40)]:
        for b in (0, 1, 2, 5, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 200, -1, 2 ** 70):
            shift_cases.append([enc_int(a), enc_int(b), outcome(lambda: enc_int(a << b)) if b < 2 ** 70 else
                                ['error', 'OverflowError: too many digits in integer'] if a else ['ok', '0'],
                                outcome(lambda: enc_int(a >> b))])

    pow_cases = []
    bases = [0, 1, -1, 2, -2, 3, 10, -10, 7, 255, 2 ** 31, 12345678901, -(2 ** 53), 3 ** 40]
    for a in bases:
        for b in (0, 1, 2, 3, 5, 10, 31, 52, 53, 63, 64, 100):
            pow_cases.append([enc_int(a), enc_int(b), None, outcome(lambda: enc_int(a ** b))])
        for b in (-1, -2, -3, -5, -10, -40, -100, -1100):
            pow_cases.append([enc_int(a), enc_int(b), None, outcome(lambda: bits(a ** b))])
        for m in (1, -1, 2, 7, -7, 97, 1000, 2 ** 31 - 1, 2 ** 61 - 1, 10 ** 30 + 7, -(10 ** 30)):
            for b in (0, 1, 2, 10, 12345, 2 ** 70 + 3, -1, -3):
                pow_cases.append([enc_int(a), enc_int(b), enc_int(m), outcome(lambda: enc_int(pow(a, b, m)))])
    for a in (0, 1, 5):
        pow_cases.append([enc_int(a), '3', '0', outcome(lambda: enc_int(pow(a, 3, 0)))])
    # int ** -int is float ** float (glibc pow): random pairs catch a last-digit divergence.
    extra = random.Random(4242)
    for _ in range(300):
        a = extra.randint(-10 ** 6, 10 ** 6)
        b = -extra.randint(1, 40)
        pow_cases.append([enc_int(a), enc_int(b), None, outcome(lambda: bits(a ** b))])

    bytes_cases = []
    for a in small[:60] + [2 ** 70, -(2 ** 70), 255, 256, -128, -129, 127, 128]:
        for length in (0, 1, 2, 4, 8, 9, 16):
            for order in ('big', 'little'):
                for signed in (False, True):
                    result = outcome(lambda: a.to_bytes(length, order, signed=signed).hex())
                    bytes_cases.append([enc_int(a), length, order, signed, result])
    bytes_cases.append(['1', -1, 'big', False, outcome(lambda: (1).to_bytes(-1, 'big'))])
    bytes_cases.append(['1', 1, 'bog', False, outcome(lambda: (1).to_bytes(1, 'bog'))])
    from_bytes_cases = []
    for _ in range(200):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 12)))
        for order in ('big', 'little'):
            for signed in (False, True):
                from_bytes_cases.append([data.hex(), order, signed, enc_int(int.from_bytes(data, order, signed=signed))])

    write('int-ops.json', {'binary': binary_cases, 'unary': unary_cases, 'shift': shift_cases,
                           'pow': pow_cases, 'toBytes': bytes_cases, 'fromBytes': from_bytes_cases})

    parse_inputs = [('1', 10), ('-1', 10), (' +42 ', 10), ('0x_1f', 0), ('0x1f', 16), ('0X1F', 0),
                    ('0b101', 0), ('0o17', 0), ('0o17', 8), ('017', 0), ('0_0', 0), ('00', 0), ('01', 0),
                    ('0_1', 0), ('0b', 0), ('0b1', 16), ('_1', 10), ('1__1', 10), ('1_', 10), ('1_000', 10),
                    ('0x__f', 16), ('', 10), (' ', 10), ('+', 10), ('- 1', 10), ('1', 1), ('1', 37),
                    ('z', 36), ('Z', 36), ('x' * 300, 10), ('\x00', 10), ('12é', 10), ('١٢', 10),
                    (' \u0661\u0662 ', 10), ('1\u00a0', 10), ('1\x1c', 10), ('9' * 20, 10), ('-' + '9' * 40, 10),
                    ('f' * 30, 16), ('7' * 30, 8), ('1' * 100, 2), ('zz' * 20, 36), ('12', 3), ('9', 8),
                    ('0x', 16), ('0x', 0), ('0o8', 0), ('-0', 10), ('-0x0', 0), ('1 2', 10), ('1e5', 10),
                    ('0b_1', 2), ('0b__1', 2), ('٣_٤', 10), ('99999999999999999', 10), ('9007199254740993', 10),
                    ('-9007199254740993', 10), ('1' * 4300, 10), ('1' * 4301, 10), ('1' * 5000 + 'x', 10),
                    ('1' * 4301 + '_', 10), ('1' * 5000, 16), ('1' * 5000, 7), ('0' * 5000, 0), ('a' * 4400, 36)]
    for _ in range(200):
        base = rng.choice([2, 3, 7, 8, 10, 10, 10, 16, 16, 36, 0])
        value = rng.choice(pool)
        if base in (0, 10):
            text = str(value)
        else:
            digits = '0123456789abcdefghijklmnopqrstuvwxyz'
            magnitude = abs(value)
            out = ''
            while magnitude:
                out = digits[magnitude % base] + out
                magnitude //= base
            text = ('-' if value < 0 else '') + (out or '0')
        parse_inputs.append((text, base))
    alphabet = '0123456789_ +-xXoObBaAfFzZ\t\u0663\u00a0.'
    for _ in range(1500):
        text = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        parse_inputs.append((text, rng.choice([0, 0, 2, 8, 10, 10, 16, 36])))
    parse_cases = []
    for text, base in parse_inputs:
        result = outcome(lambda: enc_int(int(text, base)))
        if result[0] == 'ok' and len(result[1]) > 4300:
            result = ['ok', result[1]]
        parse_cases.append([text, base, 4300, result])
    sys.set_int_max_str_digits(0)
    for text, base in parse_inputs[-10:]:
        parse_cases.append([text, base, 0, outcome(lambda: enc_int(int(text, base)))])
    sys.set_int_max_str_digits(640)
    for text in ('1' * 640, '1' * 641, '0' * 641):
        parse_cases.append([text, 10, 640, outcome(lambda: enc_int(int(text)))])
    sys.set_int_max_str_digits(4300)

    str_cases = []
    for value in pool + [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -(10 ** 4300), 2 ** 20000]:
        sys.set_int_max_str_digits(0)
        exact = str(value)
        sys.set_int_max_str_digits(4300)
        str_cases.append([exact, outcome(lambda: str(value)), bin(value), oct(value), hex(value)])
    write('int-text.json', {'parse': parse_cases, 'str': str_cases})


# Hashes -----------------------------------------------------------------------------------------

HASH_STRINGS = ['', 'a', 'abc', 'abcdefgh', 'abcdefghi', 'hello world', 'é', 'héllo wörld', 'ā', '€',
                '日本語テキスト', '😀', 'a😀b', '\ud800', 'ÿ', '\x00', 'apple', 'banana', 'cherry',
                'The quick brown fox jumps over the lazy dog', 'x' * 1000, 'Ω' * 33, '🐍' * 17, 'ab\u0100',
                '\u00ff\u0100', 'key_1', 'key_2', 'id', 'name', 'value', '0', '1', 'True', 'None']


def hash_part(seed):
    rng = random.Random(7)
    strings = list(HASH_STRINGS)
    for _ in range(200):
        alphabet = rng.choice(['abcdefghijklmnopqrstuvwxyz', 'aé€', 'a😀z', 'αβγδ', 'xyz012'])
        strings.append(''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))))
    result = {'seed': seed, 'str': [[s, enc_int(hash(s))] for s in strings]}
    result['bytes'] = [[s.encode('utf-8', 'surrogatepass').hex(), enc_int(hash(s.encode('utf-8', 'surrogatepass')))]
                       for s in strings[:60]]
    if seed == '0':
        result['sets'] = record_sets()
    return result


def record_hashes(rng):
    ints = int_pool(rng)
    floats = float_pool(rng, 400)
    numeric = {
        'int': [[enc_int(v), enc_int(hash(v))] for v in ints],
        'float': [[bits(x), enc_int(hash(x))] for x in floats if not math.isnan(x)],
        'complex': [],
        'tuple': [],
        'frozenset': [],
    }
    for _ in range(150):
        re, im = rng.choice(floats), rng.choice(floats)
        if math.isnan(re) or math.isnan(im):
            continue
        numeric['complex'].append([bits(re), bits(im), enc_int(hash(complex(re, im)))])
    for _ in range(300):
        items = [rng.choice(ints) for _ in range(rng.randint(0, 8))]
        numeric['tuple'].append([[enc_int(hash(v)) for v in items], enc_int(hash(tuple(items)))])
        unique = list(set(items))
        numeric['frozenset'].append([[enc_int(hash(v)) for v in unique], enc_int(hash(frozenset(unique)))])
    nested = ((1, 2), ('a', 'b'), (), (1.5, -1), ((1,), (2, 3)), ('x', (None,)) if False else ('x', 'y'))
    for value in nested:
        numeric['tuple'].append([[enc_int(hash(v)) for v in value], enc_int(hash(value))])
    seeds = []
    for seed in ('0', '1', '42', '12345'):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        output = subprocess.run([sys.executable, os.path.abspath(__file__), '--hash-part', seed], env=env,
                                check=True, capture_output=True, text=True).stdout
        seeds.append(json.loads(output))
    sets = seeds[0].pop('sets')
    write('hashes.json', {'numeric': numeric, 'seeds': seeds})
    write('set-order.json', sets)


# Sets -------------------------------------------------------------------------------------------

WORDS = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon',
         'mango', 'nectarine', 'orange', 'papaya', 'quince', 'raspberry', 'strawberry', 'tangerine', 'ugli',
         'vanilla', 'watermelon', 'x', 'y', 'z', 'red', 'green', 'blue', 'alice', 'bob', 'carol', 'dave',
         'error', 'warning', 'info', 'debug', 'the', 'a', 'an', 'and', 'or', 'not', 'python', 'é', '日本']


def enc_value(value):
    if isinstance(value, bool):
        raise TypeError('no bools in set cases')
    if isinstance(value, tuple):
        return {'tuple': [enc_value(v) for v in value]}
    if isinstance(value, int):
        return {'int': enc_int(value)}
    if isinstance(value, float):
        return {'float': bits(value)}
    return {'str': value}


def record_sets():
    rng = random.Random(1234)
    int_values = list(range(-5, 60)) + [100, 1000, 2 ** 32, 2 ** 61, 2 ** 61 - 1, 2 ** 62, 2 ** 64 + 1, -(2 ** 63),
                                         10 ** 20, -1, -2, 8, 16, 32, 64, 128, 256, 512, 1024]
    float_values = [0.5, 1.0, 2.0, 1.5, -0.25, 3.75, 1e100]
    scenarios = []
    tuple_values = [(i, j) for i in range(6) for j in range(6)] + [('a', 1), ('b', 2), (1.5, 'x'), (), (0,),
                                                                    ((1, 2), 3)]
    for scenario in range(200):
        kind = scenario % 5
        if kind == 4:
            pool = tuple_values + list(range(10))
        elif kind == 0:
            pool = int_values
        elif kind == 1:
            pool = WORDS + [''.join(rng.choice('abcdefghij') for _ in range(rng.randint(1, 6))) for _ in range(30)]
        elif kind == 2:
            pool = int_values[:30] + WORDS[:20] + float_values
        else:
            pool = list(range(200)) + WORDS
        size_hint = rng.choice([3, 5, 8, 12, 20, 40, 80, 300] if kind != 4 else [3, 5, 8, 12])
        s = set()
        steps = []
        for _ in range(rng.randint(5, 25)):
            op = rng.choice(['add', 'add', 'add', 'discard', 'pop', 'update_list', 'update_set', 'union',
                             'intersection', 'intersection_update', 'difference', 'difference_update',
                             'symmetric_difference', 'symmetric_difference_update', 'copy', 'set_from_list',
                             'update_dict', 'difference_dict', 'clear', 'intersection_list',
                             'difference_update_list', 'symmetric_difference_list', 'add_many', 'remove_many'])
            others = [rng.choice(pool) for _ in range(rng.randint(0, size_hint))]
            if op in ('intersection', 'intersection_update', 'intersection_list', 'difference',
                      'difference_update') and s and rng.random() < 0.7:
                others += rng.sample(sorted(s, key=repr), min(len(s), rng.randint(0, len(s))))
                rng.shuffle(others)
            popped = None
            if op == 'add':
                others = [rng.choice(pool)]
                s.add(others[0])
            elif op == 'add_many':
                for v in others:
                    s.add(v)
            elif op == 'remove_many':
                others = others + rng.sample(sorted(s, key=repr), min(len(s), 3))
                for v in others:
                    s.discard(v)
            elif op == 'discard':
                victims = rng.sample(sorted(s, key=repr), min(len(s), rng.randint(0, 4))) + others[:1]
                others = victims
                for v in victims:
                    s.discard(v)
            elif op == 'pop':
                popped = [enc_value(s.pop()) for _ in range(min(len(s), rng.randint(1, 3)))]
            elif op == 'update_list':
                s.update(others)
            elif op == 'update_set':
                s |= set(others)
            elif op == 'union':
                s = s | set(others)
            elif op == 'intersection':
                s = s & set(others)
            elif op == 'intersection_update':
                s &= set(others)
            elif op == 'difference':
                s = s - set(others)
            elif op == 'difference_update':
                s -= set(others)
            elif op == 'symmetric_difference':
                s = s ^ set(others)
            elif op == 'symmetric_difference_update':
                s ^= set(others)
            elif op == 'copy':
                s = s.copy()
            elif op == 'set_from_list':
                s = set(others)
            elif op == 'update_dict':
                s.update(dict.fromkeys(others))
            elif op == 'difference_dict':
                s = s.difference(dict.fromkeys(others))
            elif op == 'clear':
                s.clear()
            elif op == 'intersection_list':
                s = s.intersection(others)
            elif op == 'difference_update_list':
                s.difference_update(others)
            elif op == 'symmetric_difference_list':
                s.symmetric_difference_update(others)
            step = {'op': op, 'values': [enc_value(v) for v in others], 'result': [enc_value(v) for v in s]}
            if popped is not None:
                step['popped'] = popped
            steps.append(step)
        scenarios.append(steps)
    return scenarios


# Format specs -----------------------------------------------------------------------------------

def random_spec(rng, types):
    parts = []
    fill_align = rng.choice(['', '', '<', '>', '^', '=', '*<', '*>', '0=', 'x^', '0<', '_>', '😀^'])
    parts.append(fill_align)
    parts.append(rng.choice(['', '', '+', '-', ' ']))
    parts.append(rng.choice(['', '', '', 'z']))
    parts.append(rng.choice(['', '', '#']))
    parts.append(rng.choice(['', '', '0']))
    parts.append(rng.choice(['', '', '1', '5', '8', '12', '20', '30']))
    parts.append(rng.choice(['', '', '', ',', '_']))
    parts.append(rng.choice(['', '', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']))
    parts.append(rng.choice(types))
    return ''.join(parts)


def plausible_spec(rng, types):
    """Specs LLM-written code tends to use: mostly valid combinations."""
    fill_align = rng.choice(['', '', '', '<', '>', '^', '0', '*^', '-<'])
    sign = rng.choice(['', '', '', '+', ' '])
    width = rng.choice(['', '', '4', '6', '10', '15'])
    grouping = rng.choice(['', '', '', ','])
    return fill_align + sign + width + grouping + rng.choice(types)


INT_TYPES = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'y']
FLOAT_TYPES = ['', '', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']
STR_TYPES = ['', '', '', 's', 'd', 'x']
COMPLEX_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']


def record_format_spec(rng):
    ints = int_pool(rng)
    ints = [v for v in ints if abs(v) < 10 ** 40] + [0, 1, -1, 65, 0x1F600, 0x110000, 10 ** 30]
    floats = float_pool(rng, 300)
    strings = ['', 'a', 'hello', 'héllo', '日本', '😀x', 'a longer string here', 'tab\there']
    cases = []

    def add(kind, value, encoded, spec):
        if kind == 'int':
            result = outcome(lambda: format(value, spec))
        elif kind == 'float':
            result = outcome(lambda: format(value, spec))
        elif kind == 'complex':
            result = outcome(lambda: format(value, spec))
        else:
            result = outcome(lambda: format(value, spec))
        cases.append([kind, encoded, spec, result])

    for _ in range(4000):
        value = rng.choice(ints)
        add('int', value, enc_int(value), random_spec(rng, INT_TYPES))
    for _ in range(4000):
        value = rng.choice(floats)
        add('float', value, bits(value), random_spec(rng, FLOAT_TYPES))
    for _ in range(800):
        value = complex(rng.choice(floats[:80]), rng.choice(floats[:80]))
        if rng.random() < 0.2:
            value = complex(0.0, value.imag)
        add('complex', value, [bits(value.real), bits(value.imag)], random_spec(rng, COMPLEX_TYPES))
    for _ in range(1200):
        value = rng.choice(strings)
        add('str', value, value, random_spec(rng, STR_TYPES))
    for _ in range(1500):
        value = rng.choice(ints + [10 ** 50, -(3 ** 90)])
        add('int', value, enc_int(value), plausible_spec(rng, ['', 'd', 'x', 'X', 'b', 'o', 'n', '_x', '#x', '#b']))
    for _ in range(2500):
        value = rng.choice(floats)
        precision = rng.choice(['', '.0', '.1', '.2', '.2', '.3', '.4', '.6'])
        add('float', value, bits(value), plausible_spec(rng, [precision + t for t in ('f', 'f', 'e', 'g', '%', '')]))
    for _ in range(500):
        value = rng.choice(strings)
        add('str', value, value, plausible_spec(rng, ['', 's', '.3s', '.1']).replace(',', '').replace('+', '').replace(' ', ''))
    fixed = [('int', 1234567, ',d'), ('int', 1234567, '_'), ('int', 255, '#_b'), ('int', 255, '_x'),
             ('int', 1234, '010,'), ('int', -1234, '010,'), ('int', 1234, '0=12_'), ('int', 5, ',c'),
             ('int', 5, '_s'), ('int', 5, ',_'), ('int', 5, '_,'), ('int', 10 ** 30, 'c'), ('int', -1, 'c'),
             ('int', 65, '+c'), ('int', 65, '#c'), ('int', 1, 'z'), ('int', 1, '.2'), ('int', 1, 'abc'),
             ('int', 1, '\u00e9'), ('int', 1, '\u20ac'), ('int', 1, '.'), ('int', 1, '9' * 30),
             ('int', 1, '.' + '9' * 30 + 'f'), ('int', 42, '٣'), ('float', 1.5, 'abc'), ('float', 1e16, ''),
             ('float', 1e16, '.3'), ('float', 123.0, '.3'), ('float', 1.0, '.0'), ('float', -0.0, 'z.1f'),
             ('float', -0.0001, 'z.2f'), ('float', float('nan'), '+'), ('float', float('-nan'), ''),
             ('float', float('inf'), '010'), ('float', 1234.5, '010,.1f'), ('float', 1e20, ','),
             ('str', 'a', 'z'), ('str', 'a', ' '), ('str', 'a', '+'), ('str', 'a', '=5'), ('str', 'a', '#'),
             ('str', 'ab', '05'), ('str', '😀', '>3'), ('str', 'abc', '.2'), ('str', 'a', ','),
             ('complex', 1j, '010'), ('complex', 1j, '=10'), ('complex', 1 + 2j, ''), ('complex', 1 + 2j, '>12'),
             ('complex', -0.0 + 2j, ''), ('complex', 1.5 - 2.25j, '.2f'), ('complex', 1j, 'd')]
    for kind, value, spec in fixed:
        if kind == 'int':
            encoded = enc_int(value)
        elif kind == 'float':
            encoded = bits(value)
        elif kind == 'complex':
            value = complex(value)
            encoded = [bits(value.real), bits(value.imag)]
        else:
            encoded = value
        add(kind, value, encoded, spec)
    write('format-spec.json', cases)


# % formatting -----------------------------------------------------------------------------------

def enc_arg(value):
    if isinstance(value, bool):
        return {'bool': value}
    if isinstance(value, int):
        return {'int': enc_int(value)}
    if isinstance(value, float):
        return {'float': bits(value)}
    if isinstance(value, str):
        return {'str': value}
    if isinstance(value, tuple):
        return {'tuple': [enc_arg(v) for v in value]}
    if isinstance(value, list):
        return {'list': [enc_arg(v) for v in value]}
    if isinstance(value, dict):
        return {'dict': [[enc_arg(k), enc_arg(v)] for k, v in value.items()]}
    if isinstance(value, bytes):
        return {'bytes': value.hex()}
    if value is None:
        return {'none': True}
    raise TypeError(value)


def record_percent(rng):
    values = [0, 1, -1, 42, -42, 255, 2 ** 40, -(2 ** 70), 10 ** 20, True, False, 0.0, -0.0, 1.5, -2.25,
              3.14159265, 1e-5, 1e20, 1e16, 123456.789, float('inf'), float('nan'), 'abc', '', 'héllo', '😀',
              'x', None, [1, 2], (1,), 65, 0x1F600]
    cases = []

    def add(fmt, args):
        result = outcome(lambda: fmt % args)
        cases.append([fmt, enc_arg(args), result])

    convs = 'sradiuoxXeEfFgGc%y'
    for _ in range(3500):
        flags = ''.join(rng.sample('-+ #0', rng.randint(0, 3))) if rng.random() < 0.6 else ''
        width = rng.choice(['', '', '1', '5', '10', '*'])
        precision = rng.choice(['', '', '.0', '.1', '.3', '.8', '.*', '.'])
        length = rng.choice(['', '', '', '', 'l', 'h'])
        conv = rng.choice(convs)
        fmt = 'a%' + flags + width + precision + length + conv + 'b'
        args = []
        if width == '*':
            args.append(rng.choice([3, -7, 0, 12, 'x']))
        if precision == '.*':
            args.append(rng.choice([2, -1, 0, 5]))
        args.append(rng.choice(values))
        extra = rng.random()
        if extra < 0.05:
            args.append(1)
        elif extra < 0.1:
            args.pop()
        add(fmt, tuple(args) if rng.random() < 0.85 or len(args) != 1 else args[0])
    fixed = [('%s %s', [1, 2]), ('a', [1]), ('%(a)s', (1,)), ('%(a', {'a': 1}), ('%', ()), ('%.', ()),
             ('%*d', ('a', 1)), ('%c', 1.5), ('%c', 'ab'), ('%f', 'ab'), ('%x', 1.5), ('%d', 'a'),
             ('%5%', {}), ('%5%', ()), ('%5%', (1,)), ('%y', ()), ('%y', (1,)), ('%(a)s %(a)r', {'a': 'q'}),
             ('%(a)s %s', {'a': 1}), ('%s', ()), ('%s', (1, 2)), ('hello', {}), ('hello', 5), ('%%', ()),
             ('%s', [1, 2]), ('%(x)d items', {'x': 3}), ('%(a)s', {'b': 1}), ('%(a(b))s', {'a(b)': 'ok'}),
             ('%*d', (2 ** 70, 1)), ('%.*d', (2 ** 40, 1)), ('%-*d|', (-5, 1)), ('%.*f', (-3, 1.5)),
             ('%ld %hi %Lf', (1, 2, 3.0)), ('%#5.3x|%-#08o|%+05d|% d|%#X', (255, 8, 3, 4, 255)),
             ('%05s|%-5c|%5.1s', ('ab', 'x', 'xyz')), ('%c', 0x110000), ('%c', -1), ('%c', 2 ** 70),
             ('%.3s', 'ab\U0001F600cd'), ('%d', 10 ** 5000), ('%s', 10 ** 5000), ('%x', 10 ** 5000 > 0),
             ('%d%%', (50,)), ('%.2f%%', (12.345,)), ('%r', 'it\'s'), ('%a', 'é'), ('%10.4f|', 3.14159),
             ('%-10s|', 'left'), ('%e', 0.0), ('%g', 100000.0), ('%g', 1000000.0), ('%.0e', 2.5),
             ('%#o', 0), ('%#x', -255), ('%+.1e', -0.0), ('%08.2f', -1.5), ('%x', True), ('%s', True),
             ('%d', 3.99), ('%d', -3.99), ('%i', 2.5e20), ('%u', -7)]
    for fmt, args in fixed:
        add(fmt, args)
    bytes_cases = []
    for fmt, args in [(b'%s', 'a'), (b'%c', 300), (b'%c', 'a'), (b'%c', b'ab'), (b'%c', b'a'), (b'%c', 65),
                      (b'%r', 'é'), (b'%a', b'x'), (b'%y', 1), (b'%s', [1]), (b'%(a)s', {b'a': b'x'}),
                      (b'%(a)s', {'a': b'x'}), (b'%d', 'x'), (b'%f', 'x'), (b'hello', {}), (b'hello', b'x'),
                      (b'hello', [1]), (b'%5%', ()), (b'%s and %b', (b'x', b'yz')), (b'%05d|%-4x|', (42, 255)),
                      (b'%.2f', 1.005), (b'%s', 5), (b'%r', 5), (b'%%', ())]:
        result = outcome(lambda: (fmt % args).hex())
        bytes_cases.append([fmt.hex(), enc_arg(args), result])
    write('percent-format.json', {'str': cases, 'bytes': bytes_cases})


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--hash-part':
        sys.set_int_max_str_digits(4300)
        print(json.dumps(hash_part(sys.argv[2]), ensure_ascii=True))
        return
    if os.environ.get('PYTHONHASHSEED') != '0':
        # String hashes inside recorded tuples must not depend on the run.
        env = dict(os.environ, PYTHONHASHSEED='0')
        sys.exit(subprocess.run([sys.executable, os.path.abspath(__file__)], env=env, check=False).returncode)
    if sys.version_info[:2] != (3, 11):
        print(f'warning: recording with Python {sys.version.split()[0]}, the oracle is 3.11', file=sys.stderr)
    record_float(random.Random(1))
    record_int(random.Random(2))
    record_hashes(random.Random(3))
    record_format_spec(random.Random(4))
    record_percent(random.Random(5))


if __name__ == '__main__':
    main()
