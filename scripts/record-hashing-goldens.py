#!/usr/bin/env python3
"""Record hashlib digests for test/stdlib/hashing (CPython 3.11 as the oracle).

Writes test/stdlib/hashing/golden/hash-cases.json: a list of cases
{"algorithm", "chunks": [hex...], "options": {...}, "length": n|None, "hexdigest"}; the test feeds
the chunks one update at a time, so chunk boundaries exercise the incremental paths.
"""
import hashlib
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'test' / 'stdlib' / 'hashing' / 'golden' / 'hash-cases.json'
rng = random.Random(7)
ALGORITHMS = sorted(hashlib.algorithms_guaranteed)
LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 111, 112, 113, 127, 128, 129, 135,
           136, 137, 143, 144, 145, 167, 168, 169, 200, 255, 256, 1000, 4097]

cases = []


def chunks_of(data: bytes) -> list[bytes]:
    parts, at = [], 0
    while at < len(data):
        size = rng.choice([1, 7, 64, 100, 129, len(data)])
        parts.append(data[at:at + size])
        at += size
    return parts


def add(algorithm: str, data: bytes, options: dict | None = None, length: int | None = None,
        repeat: int = 1) -> None:
    options = options or {}
    h = hashlib.new(algorithm, **options) if not options else getattr(hashlib, algorithm)(**options)
    chunks = chunks_of(data) if rng.random() < 0.5 and repeat == 1 else [data]
    for _ in range(repeat):
        for chunk in chunks:
            h.update(chunk)
    digest = h.hexdigest(length) if length is not None else h.hexdigest()
    encoded = {key: (value.hex() if isinstance(value, bytes) else value) for key, value in options.items()}
    cases.append({'algorithm': algorithm, 'chunks': [c.hex() for c in chunks], 'options': encoded,
                  'length': length, 'repeat': repeat, 'hexdigest': digest})


for algorithm in ALGORITHMS:
    for size in LENGTHS:
        data = rng.randbytes(size)
        if algorithm.startswith('shake'):
            for length in (0, 1, 32, 200, 500):
                add(algorithm, data, length=length)
        else:
            add(algorithm, data)
    length = 64 if algorithm.startswith('shake') else None
    for text in (b'', b'abc', b'The quick brown fox jumps over the lazy dog'):
        add(algorithm, text, length=length)
    add(algorithm, b'a' * 1000, length=length, repeat=1000)

for algorithm, max_size in (('blake2b', 64), ('blake2s', 32)):
    for _ in range(40):
        options = {}
        if rng.random() < 0.5:
            options['digest_size'] = rng.randint(1, max_size)
        if rng.random() < 0.5:
            options['key'] = rng.randbytes(rng.randint(0, max_size))
        if rng.random() < 0.5:
            options['salt'] = rng.randbytes(rng.randint(0, max_size // 4))
        if rng.random() < 0.5:
            options['person'] = rng.randbytes(rng.randint(0, max_size // 4))
        if rng.random() < 0.2:
            options.update(fanout=rng.randint(0, 255), depth=rng.randint(1, 255), leaf_size=rng.randint(0, 2**32 - 1),
                           node_offset=rng.randint(0, 2**40), node_depth=rng.randint(0, 255),
                           inner_size=rng.randint(0, max_size), last_node=rng.random() < 0.5)
        add(algorithm, rng.randbytes(rng.choice(LENGTHS)), options)

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(cases, separators=(',', ':')) + '\n')
print(f'wrote {len(cases)} cases')
