#!/usr/bin/env python3
"""Record golden results of CPython's math module for test/stdlib/math.

Writes test/stdlib/math/golden/math-cases.json: a list of [function, args, expected] where every
value is tagged ({"f": float.hex}, {"i": decimal int}, {"b": bool}, {"t": tuple items}) and an
expected exception is {"error": [type name, message]}. Inputs are deterministic (fixed seeds)
and mix edge values, random bit patterns and function-specific ranges.

Run with the oracle interpreter (CPython 3.11 on glibc x86-64): python3 scripts/record-math-goldens.py
"""
import json
import math
import random
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 'math' / 'golden' / 'math-cases.json'
sys.set_int_max_str_digits(0)
rng = random.Random(20241122)

EDGE_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, 0.1, 1e-300, -1e-300, 5e-324, -5e-324,
    2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, math.pi, -math.pi,
    math.e, math.pi / 2, math.pi / 4, 1e16, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e300, -1e300,
    float('inf'), float('-inf'), float('nan'), 0.9999999999999999, 1.0000000000000002, 1e-20,
    -1e-20, 1e-8, 709.782712893384, 709.79, -745.1332191019411, -745.14, 710.0, 171.6, 171.7,
    -171.5, 0.49999999999999994, 4.5, -4.5, 2.5, -2.5, 100.5, 1e22, 123456.789, -0.75, 0.84375,
    1.25, 2.857142857142857, 6.0, 28.0, 27.0, 1024.0, 1e-320,
]
EDGE_INTS = [
    0, 1, -1, 2, 3, 7, 10, 12, 20, 100, -100, 2**31, 2**53, 2**53 + 1, -(2**53) - 1, 2**63 - 1,
    2**64, -(2**64), 10**20, 10**30 + 7, -(10**30), 2**1023, 2**1024, 10**308, 10**400, -(10**400),
]


def random_bits_float() -> float:
    while True:
        value = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if value == value:
            return value


def floats(low: float, high: float, count: int) -> list[float]:
    return [rng.uniform(low, high) for _ in range(count)]


def mixed_floats(count: int, low: float, high: float) -> list[float]:
    values = list(EDGE_FLOATS)
    values += floats(low, high, count)
    values += [random_bits_float() for _ in range(count // 4)]
    values += [float(rng.randint(-30, 30)) for _ in range(count // 8)]
    return values


def encode(value):
    if value is None:
        return {'n': None}
    if isinstance(value, bool):
        return {'b': value}
    if isinstance(value, int):
        return {'i': str(value)}
    if isinstance(value, float):
        return {'f': value.hex()}
    if isinstance(value, tuple):
        return {'t': [encode(item) for item in value]}
    if isinstance(value, list):
        return {'l': [encode(item) for item in value]}
    raise TypeError(type(value))


cases = []


def record(name: str, *args, **kwargs) -> None:
    function = getattr(math, name)
    try:
        expected = encode(function(*args, **kwargs))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as error:
        expected = {'error': [type(error).__name__, str(error)]}
    encoded_args = [encode(arg) for arg in args]
    if kwargs:
        encoded_args.append({'kw': {key: encode(value) for key, value in kwargs.items()}})
    cases.append([name, encoded_args, expected])


UNARY_RANGES = {
    'acos': (-1.0, 1.0), 'acosh': (1.0, 50.0), 'asin': (-1.0, 1.0), 'asinh': (-50.0, 50.0),
    'atan': (-20.0, 20.0), 'atanh': (-1.0, 1.0), 'cbrt': (-1e4, 1e4), 'cos': (-20.0, 20.0),
    'cosh': (-30.0, 30.0), 'erf': (-7.0, 7.0), 'erfc': (-7.0, 30.0), 'exp': (-750.0, 712.0),
    'exp2': (-1080.0, 1030.0), 'expm1': (-40.0, 40.0), 'fabs': (-1e5, 1e5), 'gamma': (-30.0, 172.0),
    'lgamma': (-30.0, 300.0), 'log1p': (-1.0, 20.0), 'sin': (-20.0, 20.0), 'sinh': (-30.0, 30.0),
    'sqrt': (0.0, 1e6), 'tan': (-20.0, 20.0), 'tanh': (-20.0, 20.0), 'degrees': (-10.0, 10.0),
    'radians': (-720.0, 720.0), 'isfinite': (-1.0, 1.0), 'isinf': (-1.0, 1.0),
    'isnan': (-1.0, 1.0), 'ulp': (-1e10, 1e10), 'frexp': (-1e10, 1e10), 'modf': (-1e5, 1e5),
    'ceil': (-1e6, 1e6), 'floor': (-1e6, 1e6), 'trunc': (-1e6, 1e6), 'log': (0.0, 1e6),
    'log2': (0.0, 1e6), 'log10': (0.0, 1e6),
}

for name, (low, high) in UNARY_RANGES.items():
    count = 150 if name in ('isfinite', 'isinf', 'isnan', 'fabs', 'degrees', 'radians') else 300
    for value in mixed_floats(count, low, high):
        record(name, value)
    if name not in ('trunc',):
        for value in EDGE_INTS:
            record(name, value)
    if name in ('exp', 'log', 'sin', 'cos', 'atan', 'sqrt', 'log2', 'log10', 'expm1', 'log1p'):
        for value in floats(low / 50, high / 50, 100):
            record(name, value)

# Integer-valued arguments (small and big) for the log family, checked exactly by CPython's loghelper.
for name in ('log', 'log2', 'log10'):
    for _ in range(60):
        record(name, rng.getrandbits(rng.randint(1, 3000)) + 1)
    for power in (10, 100, 1000, 2**10, 2**64):
        record(name, power)
        record(name, power - 1)

# Two-argument float functions.
for _ in range(400):
    record('atan2', rng.choice(EDGE_FLOATS + floats(-10, 10, 4)), rng.choice(EDGE_FLOATS + floats(-10, 10, 4)))
    record('copysign', rng.choice(EDGE_FLOATS), rng.choice(EDGE_FLOATS))
    record('fmod', rng.choice(EDGE_FLOATS + floats(-1e3, 1e3, 4)), rng.choice(EDGE_FLOATS + floats(-10, 10, 4)))
    record('remainder', rng.choice(EDGE_FLOATS + floats(-1e3, 1e3, 4)), rng.choice(EDGE_FLOATS + floats(-10, 10, 4)))
    record('nextafter', rng.choice(EDGE_FLOATS), rng.choice(EDGE_FLOATS))
    record('hypot', rng.choice(EDGE_FLOATS + floats(-1e3, 1e3, 4)), rng.choice(EDGE_FLOATS + floats(-1e3, 1e3, 4)))
    record('ldexp', rng.choice(EDGE_FLOATS + floats(-10, 10, 4)), rng.choice([0, 1, -1, 52, -1074, -1075, 1023, 1024, 2000, -2000, 2**70, -(2**70)] + [rng.randint(-1100, 1100)]))
for _ in range(1500):
    x = rng.choice(EDGE_FLOATS + floats(0, 10, 6) + floats(-10, 10, 2) + [float(rng.randint(-5, 5))])
    y = rng.choice(EDGE_FLOATS + floats(-30, 30, 6) + [float(rng.randint(-5, 5)), 0.5, -0.5, 1 / 3])
    record('pow', x, y)
for _ in range(600):
    record('pow', rng.uniform(0, 100), rng.uniform(-150, 150))
for _ in range(300):
    record('log', rng.choice(EDGE_FLOATS + floats(0, 1e4, 4)), rng.choice(EDGE_FLOATS + floats(0, 100, 4)))
for base in (2, 10, 3, 0.5, 1, 0, -2, 2.0, 10**400):
    for value in (8, 1000, 10**15, 2**100, 10**400, 0.001, 1, 243):
        record('log', value, base)

# hypot and dist with more coordinates.
for count in (0, 1, 3, 4, 5, 10):
    for _ in range(40):
        record('hypot', *[rng.choice(EDGE_FLOATS[:40] + floats(-1e3, 1e3, 6)) for _ in range(count)])
for count in (0, 1, 2, 3, 5):
    for _ in range(40):
        record('dist', tuple(floats(-1e3, 1e3, count)), tuple(floats(-1e3, 1e3, count)))
record('dist', (1.0, 2.0), (1.0,))
record('dist', (float('inf'), 1.0), (1.0, float('nan')))
record('hypot', 1e308, 1e308)
record('hypot', 5e-324, 5e-324)
record('hypot', float('nan'), float('inf'))

# isclose with tolerances.
for _ in range(300):
    a = rng.choice(EDGE_FLOATS + floats(-10, 10, 3))
    b = a + rng.choice([0.0, 1e-10, 1e-9, 1e-8, -1e-12, 1.0]) * rng.random()
    record('isclose', a, b)
    record('isclose', a, b, rel_tol=rng.choice([0.0, 1e-5, 0.1]), abs_tol=rng.choice([0.0, 1e-9, 0.5]))
record('isclose', 1.0, 1.0, rel_tol=-1.0)
record('isclose', 1.0, 1.0, abs_tol=-1.0)

# fsum
for _ in range(200):
    size = rng.randint(0, 30)
    kind = rng.random()
    if kind < 0.3:
        values = [rng.uniform(-1e10, 1e10) * 10.0 ** rng.randint(-20, 20) for _ in range(size)]
    elif kind < 0.6:
        values = [rng.choice([1e16, 1.0, -1e16, 1e-16, 0.1, -0.1, 1e308, -1e308, 2.0**-1074]) for _ in range(size)]
    else:
        values = [random_bits_float() for _ in range(size)]
    record('fsum', values)
for special in ([1e308, 1e308], [1e308, 1e308, -1e308], [float('inf'), -float('inf')], [float('inf'), 1.0],
                [float('nan'), 1.0], [float('inf'), float('inf')], [1e-16, 1.0, 1e16], [0.1] * 10,
                [-0.0], [-0.0, -0.0], [], [1.7976931348623157e308, 9.979201547673598e291]):
    record('fsum', special)

# Integer functions.
INT_SAMPLES = [0, 1, 2, 5, 10, 13, 20, 21, 25, 30, 50, 67, 68, 100, 127, 128, 200, 1000, 3000]
for n in INT_SAMPLES + [-1, -5]:
    record('factorial', n)
record('factorial', 2**70)
record('factorial', True)
for _ in range(60):
    record('isqrt', rng.getrandbits(rng.randint(1, 400)))
for n in EDGE_INTS + [-5, 15, 16, 17, 2**106 - 1, 2**106, 10**100]:
    record('isqrt', n)
for _ in range(150):
    n = rng.choice(INT_SAMPLES + [rng.randint(0, 300), 2**70, 10**20 + 3])
    k = rng.choice([0, 1, 2, 3, 5, 10, 34, 35, 40, 66, rng.randint(0, 80), n, n + 1, -1])
    record('comb', n, k)
    record('perm', n, k)
record('perm', 10)
record('perm', 10, None)
record('perm', -1, 2)
record('comb', 2**64, 2**64 - 3)
record('comb', 2**100, 2**99)
record('perm', 2**100, 2**99 * 3)
for _ in range(150):
    count = rng.randint(0, 5)
    values = [rng.choice([0, 1, -1, 12, 18, -24, 2**64, 3 * 2**70, rng.randint(-10**6, 10**6), rng.getrandbits(100)]) for _ in range(count)]
    record('gcd', *values)
    record('lcm', *values)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(cases, separators=(',', ':')) + '\n')
print(f'wrote {len(cases)} cases to {OUT}', file=sys.stderr)
