// `pyex repl` as a command on a pipe: the banner and prompts go to stderr and values to stdout, as
// with python3 -i; limits apply to each input; help and bad flags. Spawns the built CLI.
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '..', '..', 'dist', 'bin', 'pyex.js');

function repl(args: string[], input: string) {
  const result = spawnSync(process.execPath, [main, 'repl', ...args], {
    cwd: tmpdir(),
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('pyex repl on a pipe', () => {
  it('prints the banner and prompts on stderr, values on stdout', () => {
    expect(repl([], 'x = 20\nx * 2 + 2\nif x:\n    print("block")\n\n')).toEqual({
      status: 0,
      stdout: '42\nblock\n',
      stderr: [
        'Pyex 0.1.0 (Python 3.11 compatible) on linux',
        'Type "exit()" or press Ctrl-D to leave.',
        '>>> >>> >>> ... ... >>> ',
        '',
      ].join('\n'),
    });
  });

  it('-q drops the banner; exit(n) ends with status n', () => {
    expect(repl(['-q'], 'print("bye")\nexit(5)\nprint("never")\n')).toEqual({
      status: 5,
      stdout: 'bye\n',
      stderr: '>>> >>> ',
    });
  });

  it('limits apply to each input afresh, and the session goes on after a breach', () => {
    const input = 'n = 0\nwhile True: n += 1\n\nn > 0\nfor i in range(10): pass\n\n"done"\n';
    expect(repl(['-q', '--max-steps', '5000'], input)).toEqual({
      status: 0,
      stdout: "True\n'done'\n",
      stderr: [
        '>>> >>> ... Traceback (most recent call last):',
        '  File "<stdin>", line 1, in <module>',
        'ResourceLimitError: instruction limit exceeded (5000 instructions)',
        '>>> >>> ... >>> >>> ',
        '',
      ].join('\n'),
    });
  });

  it('a bad flag exits with status 2', () => {
    const result = repl(['--timeout', 'later'], '');
    expect({ status: result.status, firstLine: result.stderr.split('\n')[0] }).toEqual({
      status: 2,
      firstLine: "pyex: --timeout expects a number of seconds or 'none', got 'later'",
    });
  });
});
