// str.__contains__ and the search methods never match half of a surrogate pair (a Python str sees
// the pair as one code point), as CPython 3.11 does.
// EXPECTED is the stdout of `python3` (3.11.7) on PROGRAM; re-record it the same way.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `s = 'a\\U0001f600b'
for needle in ['\\ud83d', '\\ude00', '\\U0001f600', 'a\\ud83d', '\\ude00b', '', 'b', 'x']:
    print(ascii(needle), s.__contains__(needle), s.find(needle), s.count(needle), s.startswith(needle), s.endswith(needle))
`;

const EXPECTED = `'\\ud83d' False -1 0 False False
'\\ude00' False -1 0 False False
'\\U0001f600' True 1 1 False False
'a\\ud83d' False -1 0 False False
'\\ude00b' False -1 0 False False
'' True 0 4 True True
'b' True 2 1 False True
'x' False -1 0 False False
`;

describe('str containment and surrogate pairs', () => {
  it('a lone surrogate is not found inside a pair', () => {
    const out: string[] = [];
    const result = run(PROGRAM, {
      stdout: (text: string) => out.push(text),
      stderr: (text: string) => out.push(text),
    });
    expect(out.join('')).toBe(EXPECTED);
    expect(result.exitCode).toBe(0);
  });
});
