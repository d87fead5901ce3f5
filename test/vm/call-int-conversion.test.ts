// int(x) called with one int, str or exact float argument (CALL converts it directly, without the type
// call), next to the forms it leaves to int.__new__: errors, big values, other scripts' digits.
// Expected output recorded from CPython 3.11.7 running the same program.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const program =
  "vals = ['12', ' 12 ', '1_000', '-7', '+3', '\u0663', '0012', '123456789012345678901', 3.7, -2.5, -0.0, 1e20, 5, -9, 2**60]\nprint([int(v) for v in vals])\nfor bad in ['x', '', '1_', float('inf'), float('nan'), '1.5']:\n    try:\n        int(bad)\n    except (ValueError, OverflowError) as e:\n        print(type(e).__name__, e)\nprint(int(True), sum(int(d) for d in str(2**200)[::7]))\n";

const expected =
  "[12, 12, 1000, -7, 3, 3, 12, 123456789012345678901, 3, -2, 0, 100000000000000000000, 5, -9, 1152921504606846976]\nValueError invalid literal for int() with base 10: 'x'\nValueError invalid literal for int() with base 10: ''\nValueError invalid literal for int() with base 10: '1_'\nOverflowError cannot convert float infinity to integer\nValueError cannot convert float NaN to integer\nValueError invalid literal for int() with base 10: '1.5'\n1 23\n";

describe('int(x) in calls', () => {
  it('converts as CPython does', () => {
    const out: string[] = [];
    const result = run(program, {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
    });
    expect({ exitCode: result.exitCode, output: out.join('') }).toEqual({
      exitCode: 0,
      output: expected,
    });
  });
});
