#!/usr/bin/env python3
"""Record the output of test/stdlib/py/cases/*.py under real CPython 3.11 (the oracle) into
test/stdlib/py/expected/<case>.txt: stdout, then `--- exit N: <last stderr line>` if it failed.

    python3 scripts/record-py-stdlib.py             # every case
    python3 scripts/record-py-stdlib.py json_ heap  # cases whose name contains a filter

Cases run exactly as scripts/check-py-stdlib-under-cpython.py runs them, minus the shadowing.
"""
import os
import runpy
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
checker = runpy.run_path(os.path.join(HERE, 'check-py-stdlib-under-cpython.py'), run_name='checker')


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print('record with CPython 3.11', file=sys.stderr)
        return 1
    names = checker['case_files'](argv)
    os.makedirs(checker['EXPECTED_DIR'], exist_ok=True)

    def record(name):
        output = checker['run_case'](os.path.join(checker['CASES_DIR'], name), shadow=False)
        with open(os.path.join(checker['EXPECTED_DIR'], name[:-3] + '.txt'), 'w', encoding='utf-8') as handle:
            handle.write(output)
        return name, output

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        for name, output in pool.map(record, names):
            flag = ' (exits with an error)' if '\n--- exit' in '\n' + output else ''
            print(f'recorded {name}{flag}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
