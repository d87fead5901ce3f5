#!/usr/bin/env python3
# Records CPython's output for the conformance cases: runs each test/conformance/cases/<case>.py with
# python3 (cwd = cases/, PYTHONHASHSEED=0, stdin from <case>.stdin or empty) and writes
# expected/<case>.json when changed. The harness that compares Pyex with it: test/conformance/.
"""Usage: python3 scripts/record-conformance.py [--prune] [case_name ...]

With no names, records every case. Paths of the case directory in stdout/stderr are normalised to
relative ones, so tracebacks show `File "<case>.py"` whatever the checkout's location. A case slower
than one second is reported (cases must stay fast). `--prune` deletes golden files whose case is
gone.
"""

import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'test', 'conformance', 'cases')
EXPECTED = os.path.join(ROOT, 'test', 'conformance', 'expected')


def case_names():
    return sorted(name[:-3] for name in os.listdir(CASES)
                  if name.endswith('.py') and os.path.isfile(os.path.join(CASES, name)))


def normalise(text):
    # Tracebacks show the absolute script path (3.9+); strip the case directory from it.
    return text.replace(CASES + os.sep, '').replace(CASES, '.')


def record(name):
    env = {key: value for key, value in os.environ.items() if not key.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    stdin_path = os.path.join(CASES, name + '.stdin')
    stdin = b''
    if os.path.exists(stdin_path):
        with open(stdin_path, 'rb') as handle:
            stdin = handle.read()
    started = time.monotonic()
    proc = subprocess.run([sys.executable, name + '.py'], cwd=CASES, env=env,
                          input=stdin, capture_output=True, timeout=30)
    elapsed = time.monotonic() - started
    result = {
        'stdout': normalise(proc.stdout.decode('utf-8', 'surrogateescape')),
        'stderr': normalise(proc.stderr.decode('utf-8', 'surrogateescape')),
        'exitCode': proc.returncode,
    }
    text = json.dumps(result, indent=2, ensure_ascii=False) + '\n'
    path = os.path.join(EXPECTED, name + '.json')
    old = None
    if os.path.exists(path):
        with open(path, encoding='utf-8') as handle:
            old = handle.read()
    changed = old != text
    if changed:
        with open(path, 'w', encoding='utf-8') as handle:
            handle.write(text)
    return changed, elapsed


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print('record-conformance.py must run under CPython 3.11 (the oracle)', file=sys.stderr)
        return 2
    prune = '--prune' in argv
    names = [arg[:-3] if arg.endswith('.py') else arg for arg in argv if arg != '--prune']
    names = [os.path.basename(name) for name in names] or case_names()
    os.makedirs(EXPECTED, exist_ok=True)
    written = 0
    for name in names:
        if not os.path.isfile(os.path.join(CASES, name + '.py')):
            print(f'no such case: {name}', file=sys.stderr)
            return 2
        changed, elapsed = record(name)
        if changed:
            written += 1
            print(f'recorded {name}')
        if elapsed > 1.0:
            print(f'warning: {name} took {elapsed:.2f}s under CPython (keep cases under 1s)',
                  file=sys.stderr)
    live = set(case_names())
    stale = sorted(f[:-5] for f in os.listdir(EXPECTED) if f.endswith('.json') and f[:-5] not in live)
    for name in stale:
        if prune:
            os.remove(os.path.join(EXPECTED, name + '.json'))
            print(f'pruned {name}')
        else:
            print(f'stale golden file (case gone): {name}.json; run with --prune', file=sys.stderr)
    print(f'{len(names)} cases, {written} golden files written')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
