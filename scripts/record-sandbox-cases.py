#!/usr/bin/env python3
"""Record CPython 3.11's output for the sandboxed-module cases (test/stdlib/files/cases/*.py).

Each case runs as `python3 <case>.py` with its working directory a fresh empty temporary directory
(Pyex runs it in an empty in-memory filesystem), PYTHONHASHSEED=0 and TZ=UTC, and writes
test/stdlib/files/expected/<case>.json: the whole stdout, the last line of stderr (the exception;
frames inside library modules differ between CPython's files and Pyex's frozen modules) and the
exit status.

    python3 scripts/record-sandbox-cases.py            # every case
    python3 scripts/record-sandbox-cases.py io__text    # cases whose name contains a filter
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'test', 'stdlib', 'files', 'cases')
EXPECTED = os.path.join(ROOT, 'test', 'stdlib', 'files', 'expected')


def record(name):
    env = {key: value for key, value in os.environ.items() if not key.startswith('PYTHON')}
    env.update(PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8', PYTHONDONTWRITEBYTECODE='1', TZ='UTC')
    with tempfile.TemporaryDirectory() as cwd:
        proc = subprocess.run([sys.executable, os.path.join(CASES, name + '.py')], cwd=cwd, env=env,
                              capture_output=True, timeout=60)
    stderr = proc.stderr.decode('utf-8', 'surrogateescape').rstrip('\n').split('\n')
    result = {
        'stdout': proc.stdout.decode('utf-8', 'surrogateescape'),
        'lastErrorLine': stderr[-1] if proc.returncode != 0 else '',
        'exitCode': proc.returncode,
    }
    with open(os.path.join(EXPECTED, name + '.json'), 'w', encoding='utf-8') as handle:
        handle.write(json.dumps(result, indent=2, ensure_ascii=False) + '\n')
    return result


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print('record with CPython 3.11', file=sys.stderr)
        return 2
    names = sorted(name[:-3] for name in os.listdir(CASES) if name.endswith('.py'))
    if argv:
        names = [name for name in names if any(part in name for part in argv)]
    os.makedirs(EXPECTED, exist_ok=True)
    for name in names:
        result = record(name)
        flag = f' (exit {result["exitCode"]}: {result["lastErrorLine"]})' if result['exitCode'] else ''
        print(f'recorded {name}{flag}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
