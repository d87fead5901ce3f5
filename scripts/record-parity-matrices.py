#!/usr/bin/env python3
"""Record CPython's output of the parity matrix programs into test/parity/golden/<name>.json.

Each program in test/parity/programs/ prints one line per cell (operator matrix: every binary
operator x every pair of representative built-in values; format matrix: format specs x values,
%-formatting). The golden stores the lines; test/parity/matrix-parity.test.ts runs the same
program under Pyex and compares cell by cell. Run with the oracle interpreter (CPython 3.11):

    python3 scripts/record-parity-matrices.py [program-name ...]
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, 'test', 'parity', 'programs')
GOLDEN = os.path.join(ROOT, 'test', 'parity', 'golden')


def record(name):
    path = os.path.join(PROGRAMS, name + '.py')
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    result = subprocess.run([sys.executable, path], capture_output=True, text=True, env=env,
                            check=True, encoding='utf-8')
    lines = result.stdout.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    with open(os.path.join(GOLDEN, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump({'program': name + '.py', 'lines': lines}, handle, indent=0, ensure_ascii=False)
        handle.write('\n')
    print(f'{name}: {len(lines)} cells')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('record with CPython 3.11')
    names = sys.argv[1:] or sorted(
        entry[:-3] for entry in os.listdir(PROGRAMS) if entry.endswith('.py'))
    for name in names:
        record(name)


main()
