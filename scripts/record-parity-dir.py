#!/usr/bin/env python3
"""Record CPython's dir() of every core built-in type (and of the builtins module) into
test/parity/golden/dir-manifest.json.

For each type (keyed by a short label) the manifest stores the Python expression whose dir() is
taken and the sorted list of every name it returns (public names and dunders). The Vitest test
test/parity/dir-parity.test.ts evaluates the same expressions under Pyex and compares. Run with the
oracle interpreter (CPython 3.11):

    python3 scripts/record-parity-dir.py
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'parity', 'golden', 'dir-manifest.json')

# label -> expression (evaluated in both interpreters)
SUBJECTS = [
    ('int', '0'),
    ('bool', 'True'),
    ('float', '0.0'),
    ('complex', '1j'),
    ('str', "''"),
    ('bytes', "b''"),
    ('bytearray', 'bytearray()'),
    ('memoryview', "memoryview(b'')"),
    ('list', '[]'),
    ('tuple', '()'),
    ('dict', '{}'),
    ('dict_keys', '{}.keys()'),
    ('dict_values', '{}.values()'),
    ('dict_items', '{}.items()'),
    ('set', 'set()'),
    ('frozenset', 'frozenset()'),
    ('range', 'range(0)'),
    ('slice', 'slice(1)'),
    ('object', 'object()'),
    ('type', 'type'),
    ('builtins', "__import__('builtins')"),
]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('record with CPython 3.11')
    manifest = []
    for label, expression in SUBJECTS:
        names = sorted(dir(eval(expression)))
        manifest.append({'label': label, 'expression': expression, 'names': names})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as handle:
        json.dump(manifest, handle, indent=1)
        handle.write('\n')
    print(f'wrote {len(manifest)} types to {OUT}')


main()
