// `pyex repl` sessions fed through a pipe: the whole transcript (prompts, values, tracebacks, in the
// order python3 -i writes them to one terminal) against the golden file recorded from python3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INTERRUPTED,
  type ReplLine,
  type ReplOptions,
  runRepl,
} from '../../../src/cli/repl-session.js';

interface RecordedSession {
  readonly name: string;
  readonly input: string;
  readonly output: string;
  readonly exitCode: number;
}

const sessions = JSON.parse(
  readFileSync(join(import.meta.dirname, 'golden', 'sessions.json'), 'utf8'),
) as RecordedSession[];

/** Runs a piped session like the CLI does: prompts and the newline at EOF share the transcript. */
function replTranscript(
  lines: readonly ReplLine[],
  extra: Partial<ReplOptions> = {},
): { output: string; exitCode: number } {
  const queue = lines.slice();
  let output = '';
  const exitCode = runRepl({
    ...extra,
    readLine: (prompt) => {
      output += prompt;
      const line = queue.shift();
      if (line === undefined) {
        output += '\n';
        return null;
      }
      return line;
    },
    stdout: (text) => {
      output += text;
    },
    stderr: (text) => {
      output += text;
    },
  });
  return { output, exitCode };
}

function splitLines(input: string): string[] {
  return input.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

describe('pyex repl matches python3 -i on piped input', () => {
  for (const session of sessions) {
    it(session.name, () => {
      expect(replTranscript(splitLines(session.input))).toEqual({
        output: session.output,
        exitCode: session.exitCode,
      });
    });
  }
});

describe('pyex repl beyond python3 -i', () => {
  it('input() reads the next line of the same input (python3 -i buffers stdin and sees EOF)', () => {
    expect(replTranscript(['name = input("name? ")\n', 'Ada\n', 'name\n'])).toEqual({
      output: ">>> name? >>> 'Ada'\n>>> \n",
      exitCode: 0,
    });
  });

  it('Ctrl-C at a prompt drops the pending block and prints KeyboardInterrupt', () => {
    expect(replTranscript(['if 1:\n', INTERRUPTED, '2\n'])).toEqual({
      output: '>>> ... \nKeyboardInterrupt\n>>> 2\n>>> \n',
      exitCode: 0,
    });
  });

  it('Ctrl-C while input() waits raises KeyboardInterrupt in the program', () => {
    expect(replTranscript(['input()\n', INTERRUPTED, '3\n'])).toEqual({
      output: [
        '>>> Traceback (most recent call last):',
        '  File "<stdin>", line 1, in <module>',
        'KeyboardInterrupt',
        '>>> 3',
        '>>> ',
        '',
      ].join('\n'),
      exitCode: 0,
    });
  });

  it('Ctrl-C while code runs stops it with KeyboardInterrupt and keeps the names', () => {
    let polls = 0;
    const interrupted = () => ++polls === 3;
    expect(
      replTranscript(['n = 0\n', 'while True:\n', '    n += 1\n', '\n', 'n > 0\n'], {
        interrupted,
      }),
    ).toEqual({
      output: [
        '>>> >>> ... ... Traceback (most recent call last):',
        '  File "<stdin>", line 1, in <module>',
        'KeyboardInterrupt',
        '>>> True',
        '>>> ',
        '',
      ].join('\n'),
      exitCode: 0,
    });
  });

  it('each input gets the limits afresh', () => {
    const lines = ['for i in range(10**6): pass\n', '\n', 'sum(range(10))\n', 'print("x" * 50)\n'];
    expect(replTranscript(lines, { limits: { instructions: 10_000, outputBytes: 20 } })).toEqual({
      output: [
        '>>> ... Traceback (most recent call last):',
        '  File "<stdin>", line 1, in <module>',
        'ResourceLimitError: instruction limit exceeded (10000 instructions)',
        '>>> 45',
        '>>> Traceback (most recent call last):',
        '  File "<stdin>", line 1, in <module>',
        'ResourceLimitError: output limit exceeded (20 bytes)',
        '>>> ',
        '',
      ].join('\n'),
      exitCode: 0,
    });
  });
});
