#!/usr/bin/env python3
"""Record CPython's whole output of the sorting programs into test/objects/golden/sort-<name>.json.

Each program in test/objects/sort-programs/ exercises list.sort/sorted/min/max (comparison order,
total-order fast paths, errors, mutation during a sort); test/objects/list-sort.test.ts runs the
same program under Pyex and compares the whole stdout. Run with the oracle (CPython 3.11):

    python3 scripts/record-sort-goldens.py [program-name ...]
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, 'test', 'objects', 'sort-programs')
GOLDEN = os.path.join(ROOT, 'test', 'objects', 'golden')


def record(name):
    path = os.path.join(PROGRAMS, name + '.py')
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    result = subprocess.run([sys.executable, path], capture_output=True, text=True, env=env,
                            check=True, encoding='utf-8')
    with open(os.path.join(GOLDEN, 'sort-' + name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump({'program': name + '.py', 'stdout': result.stdout}, handle, indent=0,
                  ensure_ascii=False)
        handle.write('\n')
    print(f'{name}: {result.stdout.count(chr(10))} lines')


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('record with CPython 3.11')
    names = sys.argv[1:] or sorted(
        entry[:-3] for entry in os.listdir(PROGRAMS) if entry.endswith('.py'))
    for name in names:
        record(name)


if __name__ == '__main__':
    main()
