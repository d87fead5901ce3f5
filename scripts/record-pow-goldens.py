#!/usr/bin/env python3
"""Record CPython's float pow (glibc's pow on x86-64) for test/stdlib/math/pow.test.ts.

Writes test/stdlib/math/golden/pow-cases.json: a list of [x, y, pow(x, y)] as float.hex strings,
called through ctypes on the libm CPython links. Inputs are deterministic (fixed seed): y = 0.5 over
many x (including values near 1, where the n-body benchmark diverged from sqrt), y = -1.5, 2, -1,
integer y, random y, huge and tiny x, subnormals, and the overflow/underflow borders.

Run with the oracle interpreter (CPython 3.11 on glibc 2.36 x86-64): python3 scripts/record-pow-goldens.py
"""
import ctypes
import ctypes.util
import json
import math
import random
import struct
from fractions import Fraction
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 'math' / 'golden' / 'pow-cases.json'
rng = random.Random(20261122)


def random_bits_float() -> float:
    while True:
        value = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if value == value:
            return value


def near_one() -> float:
    return 1.0 + rng.uniform(-2.0**-6, 2.0**-6)


def log_uniform(low_exp: int, high_exp: int) -> float:
    return rng.uniform(1.0, 2.0) * 2.0 ** rng.randint(low_exp, high_exp)


# The C function itself (what float ** and math.pow call after their special cases), so that
# NaN, infinite and zero results are recorded as C returns them.
libm = ctypes.CDLL(ctypes.util.find_library('m'))
libm.pow.restype = ctypes.c_double
libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]

pairs: list[tuple[float, float]] = []
for _ in range(3000):
    pairs.append((near_one(), 0.5))
for _ in range(1500):
    pairs.append((log_uniform(-1074, 1023), 0.5))
for exponent in (-1.5, 2.0, -1.0, 1.0, 3.0, -2.0, 0.25, 1.5, -0.5, 1 / 3):
    for _ in range(300):
        pairs.append((log_uniform(-200, 200), exponent))
    for _ in range(100):
        pairs.append((near_one(), exponent))
for _ in range(1500):
    pairs.append((rng.uniform(-100.0, 100.0), float(rng.randint(-40, 40))))
for _ in range(2000):
    pairs.append((log_uniform(-30, 30), rng.uniform(-60.0, 60.0)))
for _ in range(1000):
    pairs.append((rng.uniform(0.0, 10.0), rng.uniform(-300.0, 300.0)))
for _ in range(500):
    # Results near the overflow and underflow borders (and into the subnormal range).
    x = log_uniform(-10, 10)
    target = rng.uniform(-1080.0, 1030.0)
    y = target * math.log(2) / math.log(x) if x != 1.0 else 1.0
    pairs.append((x, y))
for _ in range(500):
    pairs.append((2.0 ** rng.uniform(-1074.0, -1022.0), rng.uniform(-1.2, 1.2)))
for _ in range(300):
    pairs.append((-log_uniform(-20, 20), float(rng.randint(-60, 60))))
for _ in range(500):
    pairs.append((random_bits_float(), random_bits_float()))
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, float('inf'), float('-inf'), float('nan'),
            5e-324, -5e-324, 1.7976931348623157e308, 3.0, -3.0, 1e-300, 2.0**63, -(2.0**63), 2.0**-70,
            -(2.0**-70), 2.0**53 + 2, 0.9999999999999999, 1.0000000000000002]
for x in specials:
    for y in specials:
        pairs.append((x, y))


# Where glibc is not correctly rounded: x for which pow(x, 0.5), pow(x, 2), pow(x, -1), pow(x, 3)
# differ from sqrt(x), x*x, 1/x and the correctly rounded cube (the divergence of the n-body benchmark, e.g. x = 0x1.0033e78502633p+0).
pairs.append((float.fromhex('0x1.0033e78502633p+0'), 0.5))
for exponent, correct in ((0.5, math.sqrt), (2.0, lambda x: x * x), (-1.0, lambda x: 1 / x),
                          (3.0, lambda x: float(Fraction(x) ** 3))):
    found = 0
    while found < 150:
        x = near_one() if rng.random() < 0.5 else log_uniform(-100, 100)
        if libm.pow(x, exponent) != correct(x):
            pairs.append((x, exponent))
            found += 1
cases = [[x.hex(), y.hex(), libm.pow(x, y).hex()] for x, y in pairs]
OUT.write_text(json.dumps(cases, separators=(',', ':')) + '\n')
print(f'{len(cases)} cases written to {OUT}')
