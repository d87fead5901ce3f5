// `pyex run` with limit flags: each breach prints a traceback ending in the limit error and exits
// with status 1; bad flags exit 2; imports cannot leave the program's directory. Spawns the built
// CLI (`npm run build` first, as for the other CLI tests).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '..', '..', 'dist', 'bin', 'pyex.js');

function pyex(args: string[], cwd = tmpdir()) {
  const result = spawnSync(process.execPath, [main, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function traceback(line: string, error: string, caret: string | null = null): string {
  return [
    'Traceback (most recent call last):',
    '  File "<string>", line 1, in <module>',
    `    ${line}`,
    ...(caret === null ? [] : [`    ${caret}`]),
    error,
    '',
  ].join('\n');
}

describe('pyex run limit flags', () => {
  it('--max-steps ends a loop with the instruction limit', () => {
    expect(pyex(['run', '--max-steps', '1000', '-c', 'while True: pass'])).toEqual({
      status: 1,
      stdout: '',
      stderr: traceback(
        'while True: pass',
        'ResourceLimitError: instruction limit exceeded (1000 instructions)',
      ),
    });
  });

  it('--timeout ends a loop with the time limit, and except cannot swallow it', () => {
    const code = 'try:\n    while True: pass\nexcept BaseException:\n    print("swallowed")';
    expect(pyex(['run', '--timeout', '0.2', '-c', code])).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'Traceback (most recent call last):',
        '  File "<string>", line 2, in <module>',
        '    while True: pass',
        'ResourceLimitError: time limit exceeded (200 ms)',
        '',
      ].join('\n'),
    });
  });

  it('--timeout also stops one long native operation, from outside the worker', () => {
    expect(pyex(['run', '--timeout', '0.3', '-c', 'x = 3 ** (10 ** 8)'])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'pyex: time limit exceeded (300 ms): stopped from outside the interpreter (a long native operation or a sleep)\n',
    });
  });

  it('--max-memory refuses a large allocation before making it', () => {
    expect(pyex(['run', '--max-memory', '1M', '-c', 'x = b"a" * 10**7'])).toEqual({
      status: 1,
      stdout: '',
      stderr: traceback(
        'x = b"a" * 10**7',
        'MemoryError: cannot allocate 10000000 bytes: memory limit is 1048576 bytes',
        '    ~~~~~^~~~~~~',
      ),
    });
  });

  it('--max-output stops the write that would pass the limit', () => {
    expect(pyex(['run', '--max-output', '10', '-c', 'print("abc")\nprint("x" * 20)'])).toEqual({
      status: 1,
      stdout: 'abc\n',
      stderr: [
        'Traceback (most recent call last):',
        '  File "<string>", line 2, in <module>',
        '    print("x" * 20)',
        'ResourceLimitError: output limit exceeded (10 bytes)',
        '',
      ].join('\n'),
    });
  });

  it('a bad limit value exits with status 2 and the limit usage', () => {
    const result = pyex(['run', '--max-memory', 'lots', '-c', 'pass']);
    expect({ status: result.status, firstLine: result.stderr.split('\n')[0] }).toEqual({
      status: 2,
      firstLine:
        "pyex: --max-memory expects a size in bytes (like 4096, 64K, 512M, 2G) or 'none', got 'lots'",
    });
  });
});

describe('the program from stdin', () => {
  it('pyex - and pyex alone on a pipe run stdin as <stdin>', () => {
    const run = (args: string[]) => {
      const result = spawnSync(process.execPath, [main, ...args], {
        cwd: tmpdir(),
        input: 'import sys\nprint(sys.argv)\n1/0\n',
        encoding: 'utf8',
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    // Unlike python3, the traceback shows the source line (Pyex keeps the piped source).
    const stderr = [
      'Traceback (most recent call last):',
      '  File "<stdin>", line 3, in <module>',
      '    1/0',
      '    ~^~',
      'ZeroDivisionError: division by zero',
      '',
    ].join('\n');
    expect([run(['-', 'a']), run([])]).toEqual([
      { status: 1, stdout: "['-', 'a']\n", stderr },
      { status: 1, stdout: "['']\n", stderr },
    ]);
  });
});

describe('pyex run --help', () => {
  it('documents every flag', () => {
    const result = pyex(['run', '--help']);
    expect({
      status: result.status,
      flags: [...new Set(result.stdout.match(/--[a-z][a-z-]*/g))],
    }).toEqual({
      status: 0,
      flags: [
        '--timeout',
        '--max-memory',
        '--max-steps',
        '--max-output',
        '--allow-read',
        '--allow-write',
        '--env',
        '--allow-env',
        '--seed',
        '--virtual-clock',
      ],
    });
  });
});

describe('pyex run imports stay in the program directory', () => {
  it('sys.path edits and links cannot import host files outside it', () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'pyex-imports-')));
    const project = join(base, 'project');
    const secret = join(base, 'secret');
    mkdirSync(join(project, 'pkg'), { recursive: true });
    mkdirSync(secret);
    writeFileSync(join(secret, 'settings.py'), 'TOKEN = "host secret"\n');
    writeFileSync(join(project, 'helper.py'), 'VALUE = 41\n');
    writeFileSync(join(project, 'pkg', '__init__.py'), 'NAME = "pkg"\n');
    symlinkSync(join(secret, 'settings.py'), join(project, 'linked.py'));
    const program = [
      'import sys, helper, pkg',
      'print(helper.VALUE + 1, pkg.NAME)',
      `sys.path.insert(0, ${JSON.stringify(secret)})`,
      "sys.path.insert(0, '../secret')",
      'for name in ("settings", "linked"):',
      '    try:',
      '        __import__(name)',
      '    except ImportError as e:',
      '        print(type(e).__name__, e)',
    ].join('\n');
    writeFileSync(join(project, 'main.py'), program);
    expect(pyex(['main.py'], project)).toEqual({
      status: 0,
      stdout: [
        '42 pkg',
        "ModuleNotFoundError No module named 'settings'",
        "ModuleNotFoundError No module named 'linked'",
        '',
      ].join('\n'),
      stderr: '',
    });
  });
});
