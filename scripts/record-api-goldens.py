"""Records what CPython prints for the programs the API tests run (test/api/golden/api-cases.json).

Each case is a program written to a temporary file named as the test names it, run with python3
(PYTHONHASHSEED from the case when given); stdout, stderr and the exit status are stored. The API
tests run the same source through Pyex's `run` and compare whole values.

Usage: python3 scripts/record-api-goldens.py
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'test', 'api', 'golden', 'api-cases.json')

CASES = {
    'uncaught_error_traceback': {
        'filename': 'main.py',
        'source': 'def parse(text):\n    return int(text)\n\ndef load(items):\n    return [parse(x) for x in items]\n\nload(["1", "x"])\n',
    },
    'name_error_suggestion': {
        'filename': 'main.py',
        'source': 'values = [1, 2]\nprint(valuse)\n',
    },
    'parse_syntax_error': {
        'filename': 'main.py',
        'source': 'x = 1\nif x\n    print(x)\n',
    },
    'nonlocal_at_module_level': {
        'filename': 'main.py',
        'source': 'print(1)\nnonlocal x\n',
    },
    'return_outside_function': {
        'filename': 'main.py',
        'source': 'print("never")\nreturn 5\n',
    },
    'indentation_error': {
        'filename': 'main.py',
        'source': 'def f():\nreturn 1\n',
    },
    'system_exit_code': {
        'filename': 'main.py',
        'source': 'import sys\nprint("bye")\nsys.exit(3)\n',
    },
    'stderr_and_stdout': {
        'filename': 'main.py',
        'source': 'import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.stdout.write("tail")\n',
    },
    'hash_seed_1': {
        'filename': 'main.py',
        'hashseed': '1',
        'source': "print(hash('abc'), hash(b'abc'), hash(('a', 1)))\n",
    },
    'hash_seed_42': {
        'filename': 'main.py',
        'hashseed': '42',
        'source': "print(hash('abc'), hash(b'abc'), hash(('a', 1)))\n",
    },
    'uuid_deterministic_parts': {
        'filename': 'main.py',
        'source': (
            "import uuid\n"
            "u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')\n"
            "print(repr(u), u.hex, u.urn, u.version, u.variant)\n"
            "print(u.fields, u.int, u.bytes, u.bytes_le)\n"
            "print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))\n"
            "print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/'))\n"
            "v = uuid.UUID(bytes=bytes(range(16)), version=4)\n"
            "print(v, v.version, v.variant, v == uuid.UUID(str(v)), v < u)\n"
            "print(uuid.UUID(int=5), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))\n"
            "for bad in ('xyz', '1234'):\n"
            "    try:\n"
            "        uuid.UUID(bad)\n"
            "    except ValueError as e:\n"
            "        print('ValueError', e)\n"
            "try:\n"
            "    u.int = 3\n"
            "except TypeError as e:\n"
            "    print('TypeError', e)\n"
        ),
    },
    'session_cells_as_one_program': {
        'filename': 'main.py',
        'source': 'import math\nr = 2\ndef area(x):\n    return math.pi * x ** 2\nprint(area(r))\ncounter = 0\nfor i in range(3):\n    counter += i\nprint(counter)\n',
    },
    'int_digits_limit': {
        'filename': 'main.py',
        'source': 'n = 10 ** 5000\ntry:\n    str(n)\nexcept ValueError as e:\n    print(e)\nimport sys\nsys.set_int_max_str_digits(6000)\nprint(len(str(n)))\n',
    },
    'recursion_limit': {
        'filename': 'main.py',
        'source': 'def down(n):\n    return down(n + 1)\n\ndown(0)\n',
    },
}


def record(name, case):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, case['filename'])
        with open(path, 'w', encoding='utf-8') as handle:
            handle.write(case['source'])
        env = dict(os.environ)
        env['PYTHONHASHSEED'] = case.get('hashseed', '0')
        env.pop('PYTHONDONTWRITEBYTECODE', None)
        done = subprocess.run(
            [sys.executable, case['filename']],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return {
            'filename': case['filename'],
            'hashseed': case.get('hashseed'),
            'source': case['source'],
            'stdout': done.stdout.replace(tmp + os.sep, ''),
            'stderr': done.stderr.replace(tmp + os.sep, ''),
            'exitCode': done.returncode,
        }


def main():
    results = {name: record(name, case) for name, case in CASES.items()}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as handle:
        json.dump(results, handle, indent=2, sort_keys=True)
        handle.write('\n')
    print(f'wrote {len(results)} cases to {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
