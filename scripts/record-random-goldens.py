#!/usr/bin/env python3
"""Record random.Random sequences for test/stdlib/random (CPython 3.11 as the oracle).

Writes test/stdlib/random/golden/random-cases.json: a list of
{"seed": tagged seed, "version": 1|2, "method": name, "args": [...], "kwargs": {...},
 "draws": n, "results": [tagged result per call]}, each case starting from a freshly seeded
Random(seed). Values are tagged as in the math goldens ({"f": float.hex}, {"i": int}, ...).
"""
import json
import random
import sys
from pathlib import Path

sys.set_int_max_str_digits(0)
OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 'random' / 'golden' / 'random-cases.json'


def encode(value):
    if value is None:
        return {'n': None}
    if isinstance(value, bool):
        return {'b': value}
    if isinstance(value, int):
        return {'i': str(value)}
    if isinstance(value, float):
        return {'f': value.hex()}
    if isinstance(value, (bytes, bytearray)):
        return {'y': bytes(value).hex()}
    if isinstance(value, str):
        return {'s': value}
    if isinstance(value, tuple):
        return {'t': [encode(item) for item in value]}
    if isinstance(value, list):
        return {'l': [encode(item) for item in value]}
    raise TypeError(type(value))


SEEDS = [0, 1, 42, -7, 2**32, 2**100 + 3, -(2**70), 12345678901234567890, 'hello', '', 'pyex \u2713 unicode',
         b'bytes\x00', bytearray(b'ba'), 3.14, -2.5, 1e300, float('inf')]
V1_SEEDS = ['hello', b'abc', '']

METHODS = [
    ('random', [], {}, 200),
    ('getrandbits', [1], {}, 50), ('getrandbits', [5], {}, 50), ('getrandbits', [32], {}, 50),
    ('getrandbits', [33], {}, 50), ('getrandbits', [53], {}, 50), ('getrandbits', [64], {}, 50),
    ('getrandbits', [100], {}, 30), ('getrandbits', [1000], {}, 5), ('getrandbits', [0], {}, 3),
    ('randrange', [10], {}, 200), ('randrange', [-5, 5], {}, 100), ('randrange', [0, 100, 7], {}, 100),
    ('randrange', [100, 0, -3], {}, 100), ('randrange', [2**70], {}, 50),
    ('randrange', [10**30, 10**30 + 5], {}, 50), ('randrange', [2**32], {}, 50), ('randrange', [2**32 + 1], {}, 50),
    ('randint', [1, 6], {}, 200), ('randint', [-10**20, 10**20], {}, 50),
    ('choice', [list(range(50))], {}, 200), ('shuffle', [list(range(20))], {}, 20),
    ('sample', [range(100), 10], {}, 20), ('sample', [range(10**12), 5], {}, 20),
    ('sample', [range(30), 30], {}, 5), ('sample', [range(25), 7], {}, 20), ('sample', [range(2000), 40], {}, 5),
    ('sample', [['a', 'b', 'c'], 4], {'counts': [3, 1, 2]}, 10),
    ('choices', [list(range(10))], {'k': 20}, 10), ('choices', [list(range(5)), [1, 2, 3, 4, 5]], {'k': 20}, 10),
    ('choices', [list(range(4))], {'cum_weights': [1, 1.5, 3, 10], 'k': 10}, 10),
    ('uniform', [1, 10], {}, 100), ('uniform', [-1e10, 1e10], {}, 50),
    ('triangular', [], {}, 100), ('triangular', [0, 10, 7], {}, 100), ('triangular', [5, 5, 5], {}, 5),
    ('normalvariate', [0, 1], {}, 200), ('normalvariate', [10, 3], {}, 50),
    ('gauss', [0, 1], {}, 200), ('gauss', [5, 0.5], {}, 50),
    ('lognormvariate', [0, 0.5], {}, 100), ('expovariate', [1.5], {}, 200),
    ('vonmisesvariate', [1, 4], {}, 100), ('vonmisesvariate', [0, 0], {}, 20), ('vonmisesvariate', [3, 0.5], {}, 100),
    ('gammavariate', [0.5, 1], {}, 100), ('gammavariate', [1, 2], {}, 100), ('gammavariate', [3.5, 1], {}, 100),
    ('betavariate', [2, 3], {}, 100), ('betavariate', [0.5, 0.5], {}, 100),
    ('paretovariate', [2.5], {}, 100), ('weibullvariate', [1, 1.5], {}, 100),
    ('randbytes', [0], {}, 2), ('randbytes', [1], {}, 10), ('randbytes', [5], {}, 10), ('randbytes', [13], {}, 10),
]

cases = []
for version, seeds in ((2, SEEDS), (1, V1_SEEDS)):
    for seed in seeds:
        methods = METHODS if version == 2 else METHODS[:1] + [('randrange', [10], {}, 50)]
        for method, args, kwargs, draws in methods:
            generator = random.Random()
            generator.seed(seed, version=version)
            results = []
            for _ in range(draws):
                call_args = [list(a) if isinstance(a, list) else a for a in args]
                value = getattr(generator, method)(*call_args, **kwargs)
                if method == 'shuffle':
                    value = call_args[0]
                results.append(encode(value))
            encoded_args = [{'range': [a.start, a.stop]} if isinstance(a, range) else encode(a) for a in args]
            cases.append({'seed': encode(seed), 'version': version, 'method': method, 'args': encoded_args,
                          'kwargs': {k: encode(v) for k, v in kwargs.items()}, 'draws': draws, 'results': results})
        generator = random.Random()
        generator.seed(seed, version=version)
        state = generator.getstate()
        cases.append({'seed': encode(seed), 'version': version, 'method': 'getstate', 'args': [], 'kwargs': {},
                      'draws': 1, 'results': [encode(state)]})

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(cases, separators=(',', ':')) + '\n')
print(f'wrote {len(cases)} cases, {sum(c["draws"] for c in cases)} draws')
