// `pyex run` with sandbox flags: the flags reach the worker and become the program's capabilities.
// Needs `npm run build` first (CI builds before testing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '..', '..', 'dist', 'bin', 'pyex.js');

function pyex(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [main, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pyex run sandbox flags', () => {
  it('--allow-read exposes a host directory as the program filesystem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyex-flags-'));
    writeFileSync(join(dir, 'in.txt'), 'hello file\n');
    const code = 'import os\nprint(open("in.txt").read().strip(), sorted(os.listdir(".")))';
    expect(pyex(['run', '--allow-read', dir, '-c', code], dir)).toEqual({
      status: 0,
      stdout: "hello file ['in.txt']\n",
      stderr: '',
    });
  });

  it('--allow-write lets the program create files in the directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyex-flags-'));
    const code = 'with open("out.txt", "w") as f:\n    f.write("written")';
    expect(pyex(['run', '--allow-write', dir, '-c', code], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('written');
  });

  it('without flags the program sees an empty in-memory filesystem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyex-flags-'));
    writeFileSync(join(dir, 'secret.txt'), 'host data');
    expect(pyex(['-c', 'open("secret.txt")'], dir)).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'Traceback (most recent call last):',
        '  File "<string>", line 1, in <module>',
        '    open("secret.txt")',
        "FileNotFoundError: [Errno 2] No such file or directory: 'secret.txt'",
        '',
      ].join('\n'),
    });
  });

  it('--seed makes hash() of str and bytes match CPython with PYTHONHASHSEED', () => {
    // Recorded: PYTHONHASHSEED=1 python3 -c 'print(hash("abc"), hash(b"x"))'
    const dir = mkdtempSync(join(tmpdir(), 'pyex-flags-'));
    expect(pyex(['run', '--seed', '1', '-c', 'print(hash("abc"), hash(b"x"))'], dir)).toEqual({
      status: 0,
      stdout: '-4667308735975688587 9058415254629903952\n',
      stderr: '',
    });
  });
});
