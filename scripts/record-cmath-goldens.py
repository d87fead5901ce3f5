#!/usr/bin/env python3
"""Record golden results of CPython's cmath module for test/stdlib/cmath.

Writes test/stdlib/cmath/golden/cmath-cases.json as [function, args, expected] with complex values
tagged {"c": [real.hex(), imag.hex()]} and errors {"error": [type, message]} (see
record-math-goldens.py for the other tags). Inputs: every pair of special-value classes, random
values at several scales, huge and subnormal parts.
"""
import cmath
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 'cmath' / 'golden' / 'cmath-cases.json'
rng = random.Random(99)
INF = float('inf')
NAN = float('nan')
CLASSES = [-INF, -2.5, -0.0, 0.0, 2.5, INF, NAN]
EXTRA = [1.0, -1.0, 0.5, 1e-310, -1e-310, 1e308, -1e308, 1.7e308, 710.0, -710.0, 1e-20, 3.0, 0.71, 1.73]


def encode(value):
    if isinstance(value, bool):
        return {'b': value}
    if isinstance(value, int):
        return {'i': str(value)}
    if isinstance(value, float):
        return {'f': value.hex()}
    if isinstance(value, complex):
        return {'c': [value.real.hex(), value.imag.hex()]}
    if isinstance(value, tuple):
        return {'t': [encode(item) for item in value]}
    raise TypeError(type(value))


cases = []


def record(name, *args, **kwargs):
    try:
        expected = encode(getattr(cmath, name)(*args, **kwargs))
    except (ValueError, OverflowError, ZeroDivisionError) as error:
        expected = {'error': [type(error).__name__, str(error)]}
    encoded = [encode(arg) for arg in args]
    if kwargs:
        encoded.append({'kw': {k: encode(v) for k, v in kwargs.items()}})
    cases.append([name, encoded, expected])


def inputs():
    values = [complex(a, b) for a in CLASSES for b in CLASSES]
    values += [complex(a, b) for a in EXTRA for b in (0.0, -0.0, 1.0, -2.0, 1e308, 1e-310)]
    for scale in (1e-3, 1.0, 5.0, 30.0, 1e3, 1e200):
        values += [complex(rng.uniform(-scale, scale), rng.uniform(-scale, scale)) for _ in range(30)]
    values += [complex(rng.uniform(-1.2, 1.2), rng.uniform(-0.3, 0.3)) for _ in range(40)]
    return values


FUNCTIONS = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin',
             'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
values = inputs()
for name in FUNCTIONS:
    for z in values:
        record(name, z)
for _ in range(300):
    record('log', rng.choice(values), rng.choice(values[:60] + [complex(2, 0), complex(10, 0), complex(0.5, 1)]))
for r in CLASSES + EXTRA:
    for phi in CLASSES + EXTRA + [rng.uniform(-7, 7) for _ in range(5)]:
        record('rect', r, phi)
for _ in range(300):
    a = rng.choice(values)
    b = a + complex(rng.choice([0.0, 1e-10, 1e-8, 1.0]), rng.choice([0.0, 1e-10, -1e-9])) * rng.random()
    record('isclose', a, b)
    record('isclose', a, b, rel_tol=rng.choice([0.0, 1e-5]), abs_tol=rng.choice([0.0, 1e-9, 0.5]))
record('isclose', 1j, 1j, rel_tol=-1.0)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(cases, separators=(',', ':')) + '\n')
print(f'wrote {len(cases)} cases')
