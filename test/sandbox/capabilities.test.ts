// The capability set as a program sees it: no filesystem means PermissionError naming it, the
// environment is only what is granted, a seed makes entropy reproducible, a virtual clock makes
// time reproducible, and what the program writes is what the host reads back.

import { describe, expect, test } from 'vitest';
import { createCapabilities } from '../../src/sandbox/capabilities.js';
import { VirtualClock } from '../../src/sandbox/clock.js';
import { MemoryFileSystem } from '../../src/sandbox/memory-filesystem.js';
import { lastErrorLine, runSandboxed } from './run-sandboxed.js';

describe('no filesystem capability', () => {
  const cases: [string, string][] = [
    [
      "open('data.txt')",
      "PermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): 'data.txt'",
    ],
    [
      "open('out.txt', 'w')",
      "PermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): 'out.txt'",
    ],
    [
      'import os\nos.listdir()',
      "PermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): '.'",
    ],
    [
      "import os\nos.mkdir('d')",
      "PermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): 'd'",
    ],
    [
      "import pathlib\npathlib.Path('x.txt').read_text()",
      "PermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): 'x.txt'",
    ],
    [
      "import os\nos.rename('a', 'b')",
      "PermissionError: [Errno 1] Operation not permitted (no filesystem capability granted): 'a' -> 'b'",
    ],
  ];
  for (const [source, expected] of cases) {
    test(source.replace('\n', '; '), () => {
      const outcome = runSandboxed(source);
      expect([outcome.exitCode, lastErrorLine(outcome)]).toEqual([1, expected]);
    });
  }

  test('the PermissionError carries errno, strerror and filename', () => {
    const outcome = runSandboxed(
      "try:\n    open('data.txt')\nexcept PermissionError as e:\n    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))",
    );
    expect(outcome.stdout).toBe(
      '1 Operation not permitted (no filesystem capability granted) data.txt True\n',
    );
  });

  test('os.path questions answer False instead of raising', () => {
    const outcome = runSandboxed(
      "import os.path\nprint(os.path.exists('x'), os.path.isdir('/'), os.path.isfile('y'))",
    );
    expect(outcome.stdout).toBe('False False False\n');
  });
});

describe('environment capability', () => {
  test('nothing is granted by default', () => {
    const outcome = runSandboxed(
      "import os\nprint(os.environ, len(os.environ), os.getenv('HOME'), os.getenv('PATH', 'none'), os.path.expanduser('~/x'))",
    );
    expect(outcome.stdout).toBe('environ({}) 0 None none ~/x\n');
  });

  test('granted variables are visible and changes stay inside the run', () => {
    const environment = new Map([
      ['API_URL', 'https://example.test'],
      ['HOME', '/home/me'],
    ]);
    const outcome = runSandboxed(
      "import os\nprint(os.environ['API_URL'], os.getenv('HOME'), os.path.expanduser('~/x'))\nos.environ['NEW'] = '1'\ndel os.environ['HOME']\nprint(sorted(os.environ))\ntry:\n    os.environ['N'] = 2\nexcept TypeError as e:\n    print(e)",
      { environment },
    );
    expect(outcome.stdout).toBe(
      "https://example.test /home/me /home/me/x\n['API_URL', 'NEW']\nstr expected, not int\n",
    );
    expect([...environment.keys()]).toEqual(['API_URL', 'HOME']);
  });
});

test('os.environ behaves as a mutable mapping of str', () => {
  const outcome = runSandboxed(
    "import os\ne = os.environ\ne.update({'B': '2'}, C='3')\nprint(e.get('A'), e.get('Z', 'd'), 'A' in e, 5 in e, e.pop('C'), e.pop('Z', None), e.setdefault('D', '4'))\nprint(dict(e), {**e} == e.copy(), sorted(e.keys()), sorted(e.items()), len(e), e == {'A': '1', 'B': '2', 'D': '4'})\nprint(e | {'E': '5'})\ntry:\n    e['missing']\nexcept KeyError as x:\n    print(repr(x))",
    { environment: { A: '1' } },
  );
  expect(outcome.stdout).toBe(
    "1 d True False 3 None 4\n{'A': '1', 'B': '2', 'D': '4'} True ['A', 'B', 'D'] [('A', '1'), ('B', '2'), ('D', '4')] 3 True\n{'A': '1', 'B': '2', 'D': '4', 'E': '5'}\nKeyError('missing')\n",
  );
});

describe('entropy capability', () => {
  const program =
    'import os, random\nprint(os.urandom(8).hex(), random.random(), random.SystemRandom().randrange(1000))';

  test('a seed makes os.urandom, random and SystemRandom reproducible', () => {
    const first = runSandboxed(program, { seed: 42 });
    const second = runSandboxed(program, { seed: 42 });
    const other = runSandboxed(program, { seed: 43 });
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(other.stdout).not.toBe(first.stdout);
  });
});

describe('clock capability', () => {
  test('a virtual clock starts at its start time and advances one tick per reading', () => {
    const outcome = runSandboxed(
      'import time\nprint(time.time(), time.time(), time.monotonic(), time.time_ns())\ntime.sleep(1.5)\nprint(time.time(), time.perf_counter())\nprint(time.strftime("%Y-%m-%d %H:%M:%S", time.localtime()))',
      { virtualClock: { startMs: Date.UTC(2030, 0, 2, 3, 4, 5), tickNanoseconds: 1_000_000 } },
    );
    expect(outcome.stdout).toBe(
      '1893553445.0 1893553445.001 0.002 1893553445003000000\n1893553446.504 1.505\n2030-01-02 03:04:06\n',
    );
  });

  test('datetime.now() reads the virtual clock', () => {
    const clock = new VirtualClock({ tickNanoseconds: 0 });
    const outcome = runSandboxed('import datetime\nprint(datetime.datetime.now())', { clock });
    expect(outcome.stdout).toBe('2024-01-01 00:00:00\n');
  });

  test('two runs with the same virtual clock settings print the same times', () => {
    const program = 'import time\nfor _ in range(3):\n    time.sleep(0.25)\n    print(time.time())';
    const first = runSandboxed(program, { virtualClock: {} });
    const second = runSandboxed(program, { virtualClock: {} });
    expect(first.stdout).toBe('1704067200.25\n1704067200.501\n1704067200.752\n');
    expect(second.stdout).toBe(first.stdout);
  });

  test('sleep on the default real clock advances time without waiting', () => {
    const started = Date.now();
    const outcome = runSandboxed(
      'import time\na = time.time()\ntime.sleep(30)\nprint(time.time() - a >= 30)',
    );
    expect(outcome.stdout).toBe('True\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('file modification times come from the virtual clock', () => {
    const outcome = runSandboxed(
      "import os, time\nopen('f', 'w').close()\nprint(os.stat('f').st_mtime, os.path.getmtime('f'))",
      { filesystem: new MemoryFileSystem(), virtualClock: { tickNanoseconds: 0 } },
    );
    expect(outcome.stdout).toBe('1704067200.0 1704067200.0\n');
  });
});

describe('filesystem capability', () => {
  test('what the program writes is what the host reads, closed or not', () => {
    const fs = new MemoryFileSystem();
    const outcome = runSandboxed(
      "import os\nos.makedirs('out/logs')\nwith open('out/report.txt', 'w') as f:\n    f.write('total: 3\\n')\nopen('out/logs/unclosed.log', 'w').write('kept')",
      { filesystem: fs },
    );
    expect(outcome.stderr).toBe('');
    expect([fs.readText('/out/report.txt'), fs.readText('/out/logs/unclosed.log')]).toEqual([
      'total: 3\n',
      'kept',
    ]);
  });

  test('the host can seed files and a working directory', () => {
    const fs = new MemoryFileSystem();
    fs.writeFile('/work/input.csv', 'a,b\n1,2\n');
    const outcome = runSandboxed(
      "import os\nprint(os.getcwd(), open('input.csv').read().splitlines())",
      createCapabilities({ filesystem: fs, cwd: '/work' }),
    );
    expect(outcome.stdout).toBe("/work ['a,b', '1,2']\n");
  });

  test('a read-only filesystem refuses writes with PermissionError naming it', () => {
    const fs = new MemoryFileSystem({ readOnly: true });
    const source =
      "for action in (lambda: open('out.txt', 'w'), lambda: __import__('os').mkdir('d')):\n    try:\n        action()\n    except PermissionError as e:\n        print(e)";
    expect(runSandboxed(source, { filesystem: fs }).stdout).toBe(
      "[Errno 13] Permission denied (the filesystem capability is read-only): 'out.txt'\n[Errno 13] Permission denied (the filesystem capability is read-only): 'd'\n",
    );
  });

  test('a full in-memory filesystem answers ENOSPC', () => {
    const fs = new MemoryFileSystem({ maxBytes: 100 });
    const outcome = runSandboxed("with open('big', 'w') as f:\n    f.write('x' * 101)", {
      filesystem: fs,
    });
    expect(lastErrorLine(outcome)).toBe('OSError: [Errno 28] No space left on device');
  });

  test('the filesystem cannot be left through .. or absolute paths', () => {
    const fs = new MemoryFileSystem();
    fs.writeFile('/app/data.txt', 'inside');
    const outcome = runSandboxed(
      "import os\nos.chdir('/app')\nprint(open('../../../../app/data.txt').read(), os.path.abspath('../../..'), sorted(os.listdir('../..')))",
      { filesystem: fs },
    );
    expect(outcome.stdout).toBe("inside / ['app']\n");
  });
});

describe('allocation limits', () => {
  test('impossible urandom and far StringIO writes are a catchable MemoryError, not a host crash', () => {
    const outcome = runSandboxed(
      "import io, os\nfor action in (lambda: os.urandom(10**13), lambda: io.StringIO().seek(10**13) or None, lambda: [s := io.StringIO(), s.seek(10**13), s.write('x')]):\n    try:\n        action()\n        print('ok')\n    except MemoryError:\n        print('MemoryError')",
    );
    expect(outcome.stdout).toBe('MemoryError\nok\nMemoryError\n');
  });

  test('urandom past the memory limit ends the run: the handler cannot even print', () => {
    const outcome = runSandboxed(
      "import os\ntry:\n    os.urandom(10**10)\nexcept MemoryError:\n    print('handler ran')\nprint('not reached')",
    );
    expect(outcome).toEqual({
      stdout: '',
      stderr:
        'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\n    os.urandom(10**10)\nMemoryError: cannot allocate 10000000000 bytes: memory limit is 268435456 bytes\n',
      exitCode: 1,
    });
  });
});
