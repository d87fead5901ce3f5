// hash() of a NaN float is a large address-like number distinct per object, as CPython's (its
// object's address >> 4), so arithmetic on it matches CPython's; other float hashes are unchanged.
// EXPECTED is the stdout of python3 (3.11.7) on PROGRAM.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const PROGRAM = `in0 = 65535; li0 = [-0.0, 0.0, float('-inf'), float('inf')]; in0 %= hash(sum(li0)); print(in0)
x = float('nan'); y = float('nan')
print(hash(x) == hash(x), hash(x) != hash(y), hash(x) > 2**40, hash(x) < 2**53)
s = {x, y, x, 1.5, 2.5, -0.0, 0.0}; print(len(s), x in s, y in s, float('nan') in s, 1.5 in s, 0.0 in s)
print(hash(1.5), hash(-2.5), hash(1e300), hash(float('inf')), hash(-1.0), hash(0.1))
d = {x: 1}; print(d[x], len({0.5, 0.25, 0.5}))
`;

const EXPECTED = `65535
True True True True
5 True True False True True
1152921504606846977 -1152921504606846978 1224995262755759164 314159 -2 230584300921369408
1 2
`;

describe('hash of NaN floats', () => {
  it('is large, per object, and leaves other float hashes and NaN set membership as CPython', () => {
    const out: string[] = [];
    const result = run(PROGRAM, { stdout: (text) => out.push(text) });
    expect(result.exitCode).toBe(0);
    expect(out.join('')).toBe(EXPECTED);
  });
});
