// The limit flags of `pyex run` and `pyex repl`: sizes with units, 'none', where the leading
// options end (sandbox flags stay for capability-flags.ts), the run API limits they become, errors.
import { describe, expect, it } from 'vitest';
import { extractLimitFlags, LimitFlagError, parseByteSize } from '../../src/cli/limit-flags.js';
import { limitsFromFlags } from '../../src/cli/limit-options.js';

describe('parseByteSize', () => {
  it('reads plain numbers and 1024-based units in any case', () => {
    expect(
      ['4096', '64K', '64kb', '512M', '512MiB', '2G', '1.5g', '1T', '1_000'].map(parseByteSize),
    ).toEqual([
      4096, 65536, 65536, 536870912, 536870912, 2147483648, 1610612736, 1099511627776, 1000,
    ]);
  });

  it('rejects what is not a size', () => {
    expect(['', 'M', '-1', '0', '1Q', '1e6', '0.1'].map(parseByteSize)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('extractLimitFlags', () => {
  it('takes limit flags from among the sandbox flags and stops at the program', () => {
    expect(
      extractLimitFlags([
        '--timeout',
        '2.5',
        '--allow-read',
        '/data',
        '--max-memory=512M',
        '--seed',
        '7',
        '--max-steps',
        '1_000_000',
        '--max-output',
        'none',
        'prog.py',
        '--timeout',
        '1',
      ]),
    ).toEqual({
      limits: { timeoutMs: 2500, memoryBytes: 536870912, steps: 1000000, outputBytes: 'none' },
      rest: ['--allow-read', '/data', '--seed', '7', 'prog.py', '--timeout', '1'],
    });
  });

  it('becomes the run API limits object', () => {
    expect(
      limitsFromFlags(
        extractLimitFlags(['--timeout=0.5', '--max-steps', 'none', '--max-output', '1K', '-c', 'x'])
          .limits,
      ),
    ).toEqual({ instructions: 'none', durationMs: 500, outputBytes: 1024 });
  });

  it('no flags: the library defaults (an empty limits object)', () => {
    expect(limitsFromFlags(extractLimitFlags(['prog.py']).limits)).toEqual({});
  });

  const errors: [string[], string][] = [
    [['--timeout', 'soon'], "--timeout expects a number of seconds or 'none', got 'soon'"],
    [['--timeout', '0'], "--timeout expects a number of seconds or 'none', got '0'"],
    [['--max-steps', '1.5'], "--max-steps expects a positive integer or 'none', got '1.5'"],
    [
      ['--max-memory', 'lots'],
      "--max-memory expects a size in bytes (like 4096, 64K, 512M, 2G) or 'none', got 'lots'",
    ],
    [['--max-output'], '--max-output expects a value'],
  ];
  for (const [args, message] of errors) {
    it(`${args.join(' ')} is an error`, () => {
      expect(() => extractLimitFlags(args)).toThrow(new LimitFlagError(message));
    });
  }
});
