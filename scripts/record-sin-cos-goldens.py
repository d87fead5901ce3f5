#!/usr/bin/env python3
"""Record sin/cos of seeded random doubles (every range glibc's s_sin.c distinguishes) and complex
powers (integer and non-integer exponents) from this CPython, for test/stdlib/math/sin-cos.test.ts.

Writes test/stdlib/math/golden/sin-cos-cases.json: {"trig": [[x, sin x, cos x] as float.hex],
"complexPower": [[a.real, a.imag, b.real, b.imag, repr(a ** b) or the exception name]]}.
"""
import json
import math
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 'math' / 'golden' / 'sin-cos-cases.json'
rng = random.Random(20261123)
xs = [0.0, -0.0, 5e-324, 1e-300, 2.0 ** -27, 2.0 ** -26, 0.126, 0.855469, 2.426265, math.pi / 2,
      math.pi, 105414350.0, 105414349.5, 1e22, 1.7976931348623157e308, float('inf'), float('nan')]
for low, high, count in [(-1, 1, 1500), (-2.5, 2.5, 1500), (-50, 50, 1500), (-1e8, 1e8, 800), (-1e-6, 1e-6, 200)]:
    xs += [rng.uniform(low, high) for _ in range(count)]
xs += [math.ldexp(rng.random(), rng.randint(-60, 1000)) * rng.choice([-1, 1]) for _ in range(500)]


def hexed(value: float) -> str:
    return value.hex() if math.isfinite(value) else repr(value)


trig = [[hexed(x), hexed(math.sin(x)) if math.isfinite(x) else 'nan', hexed(math.cos(x)) if math.isfinite(x) else 'nan'] for x in xs]
powers = []
for _ in range(1500):
    a = complex(rng.uniform(-10, 10), rng.uniform(-10, 10))
    kind = rng.randint(0, 2)
    if kind == 0:
        b = complex(rng.randint(-40, 40), 0)
    elif kind == 1:
        b = complex(rng.uniform(-4, 4), 0)
    else:
        b = complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
    try:
        result = repr(a ** b)
    except (ZeroDivisionError, OverflowError) as error:
        result = type(error).__name__
    powers.append([a.real.hex(), a.imag.hex(), b.real.hex(), b.imag.hex(), result])
OUT.write_text(json.dumps({'trig': trig, 'complexPower': powers}, separators=(',', ':')) + '\n')
print(f'{len(trig)} trig cases, {len(powers)} complex powers -> {OUT}')
