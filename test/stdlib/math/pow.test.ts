// glibc pow port checked bit for bit against the C pow CPython calls, on the pairs recorded by
// scripts/record-pow-goldens.py (y = 0.5 near 1, integer and fractional y, borders, specials).

import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { glibcPow } from '../../../src/stdlib/math/libm/pow.js';
import { parseFloatHex } from '../golden-values.js';

const here = new URL('.', import.meta.url).pathname;
const cases = JSON.parse(readFileSync(`${here}golden/pow-cases.json`, 'utf8')) as [
  string,
  string,
  string,
][];

/** float.hex of a double, as Python writes it (for readable failures). */
function hex(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, value);
  const raw = bits.getBigUint64(0);
  const sign = raw >> 63n ? '-' : '';
  const exponentBits = Number((raw >> 52n) & 0x7ffn);
  const mantissa = (raw & 0xfffffffffffffn).toString(16).padStart(13, '0');
  if (exponentBits === 0) return `${sign}0x0.${mantissa}p-1022`;
  const exponent = exponentBits - 1023;
  return `${sign}0x1.${mantissa}p${exponent >= 0 ? '+' : ''}${exponent}`;
}

test('pow matches glibc bit for bit on every recorded pair', () => {
  const mismatches: string[] = [];
  for (const [x, y, expected] of cases) {
    const got = glibcPow(parseFloatHex(x), parseFloatHex(y));
    const want = parseFloatHex(expected);
    const same = Number.isNaN(want) ? Number.isNaN(got) : Object.is(got, want);
    if (!same) mismatches.push(`pow(${x}, ${y}) = ${hex(got)}, want ${expected}`);
  }
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(mismatches.length).toBe(0);
});
