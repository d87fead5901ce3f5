#!/usr/bin/env python3
"""Run test/stdlib/py/cases/*.py under CPython with Pyex's own src/stdlib/py modules shadowing the
real ones, and compare each output with test/stdlib/py/expected/ (recorded by record-py-stdlib.py).

    python3 scripts/check-py-stdlib-under-cpython.py            # every case
    python3 scripts/check-py-stdlib-under-cpython.py json_ heap # cases whose name contains a filter
    python3 scripts/check-py-stdlib-under-cpython.py -v ...     # show a diff for each failure

How shadowing works: each case runs in a fresh `python3 -S -s -P` (no site, no user dirs, no script
dir on sys.path). The child first imports the real modules that our code or the harness may lean on
but that we do not replace (re, math, time, ...); those pull in real collections/functools/enum for
their own use. Then every module name we provide is removed from sys.modules, src/stdlib/py goes to
the front of sys.path, and the case is executed as __main__, so its imports find OUR modules.

Internal mode (used by both scripts): `--run-case PATH [--shadow]` runs one case in this process.
"""
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_DIR = os.path.join(ROOT, 'src', 'stdlib', 'py')
CASES_DIR = os.path.join(ROOT, 'test', 'stdlib', 'py', 'cases')
EXPECTED_DIR = os.path.join(ROOT, 'test', 'stdlib', 'py', 'expected')

# Real modules loaded before shadowing: native in Pyex (written in TS by others) or needed by them.
PRELOAD = ('re', 'math', 'cmath', 'random', 'hashlib', 'time', 'io', 'types', 'struct', 'weakref',
           'traceback', 'linecache', 'tokenize', 'warnings', 'reprlib', 'keyword', 'copyreg')


# Modules in src/stdlib/py built over Pyex-native primitives (the sandboxed os): CPython cannot
# run them, so the real ones stay in place.
# Modules that are not shadowed: CPython's own stay, because ours need Pyex-only natives
# (_pyex_introspect) or mirror the host's os.
NOT_SHADOWED = frozenset([
    'os', 'posixpath', 'stat', 'errno',
    'traceback', 'warnings', 'linecache', 'inspect', 'types', 'weakref', 'threading', 'importlib',
])


def our_module_names():
    """Top-level module names provided by src/stdlib/py (files and packages)."""
    names = []
    for entry in sorted(os.listdir(PY_DIR)):
        full = os.path.join(PY_DIR, entry)
        if entry.endswith('.py'):
            names.append(entry[:-3])
        elif os.path.isdir(full) and os.path.exists(os.path.join(full, '__init__.py')):
            names.append(entry)
    return [name for name in names if name not in NOT_SHADOWED]


def run_case_here(path, shadow):
    """Execute one case file as __main__ in this (child) process."""
    for name in PRELOAD:
        __import__(name)
    if shadow:
        ours = our_module_names()
        for loaded in list(sys.modules):
            top = loaded.split('.')[0]
            if top in ours:
                del sys.modules[loaded]
        # CPython 3.11 freezes some modules (abc among them); the frozen importer would win over
        # sys.path, so a finder in front of it serves our top-level modules from PY_DIR. CPython's
        # importlib is imported before PY_DIR joins sys.path (ours needs Pyex natives).
        from importlib.machinery import PathFinder
        sys.path.insert(0, PY_DIR)

        class OursFirst:
            @staticmethod
            def find_spec(name, path=None, target=None):
                if path is None and name in ours:
                    return PathFinder.find_spec(name, [PY_DIR])
                return None

        sys.meta_path.insert(0, OursFirst)
    import types
    main = types.ModuleType('__main__')
    main.__file__ = path
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    sys.argv = [path]
    with open(path, encoding='utf-8') as handle:
        source = handle.read()
    code = compile(source, path, 'exec')
    exec(code, main.__dict__)  # harness only: the modules under test never use exec


def run_case(path, shadow):
    """Run a case in a child CPython; returns its normalized output (stdout + exit line)."""
    # -B: no __pycache__ next to the modules under test.
    command = [sys.executable, '-B', '-S', '-s', '-P', '-X', 'utf8', os.path.abspath(__file__),
               '--run-case', path]
    if shadow:
        command.append('--shadow')
    env = {'PYTHONHASHSEED': '0', 'PATH': os.environ.get('PATH', ''), 'TZ': 'UTC', 'LC_ALL': 'C.UTF-8'}
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return '--- timeout\n'
    output = done.stdout
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        last = lines[-1] if lines else ''
        output += f'--- exit {done.returncode}: {last}\n'
    return output


def case_files(filters):
    names = sorted(name for name in os.listdir(CASES_DIR) if name.endswith('.py'))
    if filters:
        names = [name for name in names if any(part in name for part in filters)]
    return names


def main(argv):
    if argv and argv[0] == '--run-case':
        run_case_here(argv[1], '--shadow' in argv[2:])
        return 0
    verbose = '-v' in argv
    filters = [arg for arg in argv if not arg.startswith('-')]
    names = case_files(filters)
    from concurrent.futures import ThreadPoolExecutor

    def check(name):
        expected_path = os.path.join(EXPECTED_DIR, name[:-3] + '.txt')
        if not os.path.exists(expected_path):
            return name, None, None
        with open(expected_path, encoding='utf-8') as handle:
            expected = handle.read()
        actual = run_case(os.path.join(CASES_DIR, name), shadow=True)
        return name, expected, actual

    failures = []
    passed = 0
    missing = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        for name, expected, actual in pool.map(check, names):
            if expected is None:
                missing.append(name)
            elif expected == actual:
                passed += 1
            else:
                failures.append(name)
                print(f'FAIL {name}')
                if verbose:
                    diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                                'cpython', 'ours', lineterm='', n=1)
                    for line in list(diff)[:60]:
                        print('   ', line)
    for name in missing:
        print(f'NO EXPECTED OUTPUT {name} (run scripts/record-py-stdlib.py)')
    per_module = {}
    for name in names:
        module = name.split('__')[0]
        per_module.setdefault(module, [0, 0])
        per_module[module][1] += 1
        if name not in failures and name not in missing:
            per_module[module][0] += 1
    print(' '.join(f'{module}:{ok}/{total}' for module, (ok, total) in sorted(per_module.items())))
    print(f'{passed}/{len(names)} cases pass under CPython with our modules shadowing the real ones')
    return 0 if passed == len(names) else 1


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
