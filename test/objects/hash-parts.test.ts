// hashIntoParts (the two int32 words set tables index with) against CPython's hash(): ints and
// tuples of ints from the recorded goldens (test/objects/golden/hashes.json), str under the zero
// key, and nested tuples of mixed items against pyHash.
import { describe, expect, it } from 'vitest';
import '../../src/objects/install-methods.js';
import { PyFloat } from '../../src/objects/float-type.js';
import { hashIntoParts, pyHash } from '../../src/objects/protocol-hash.js';
import type { PyValue } from '../../src/objects/py-object.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { intFrom, loadNumericGolden, MismatchLog } from './numeric-golden.js';

interface HashGolden {
  numeric: { int: [string, string][]; tuple: [string[], string][] };
  seeds: { seed: string; str: [string, string][] }[];
}

const golden = loadNumericGolden<HashGolden>('hashes.json');

/** The words of hashIntoParts read back as a signed 64-bit decimal. */
function partsText(value: PyValue): string {
  const parts = hashIntoParts(value);
  return String((BigInt(parts[0]!) << 32n) + BigInt(parts[1]! >>> 0));
}

/** An item whose hash() is the recorded item hash itself (ints below 2**61, not -1). */
function isOwnHash(text: string): boolean {
  const value = BigInt(text);
  return value !== -1n && value < 2n ** 61n && value > -(2n ** 61n);
}

describe('hash parts', () => {
  it('ints, tuples of ints and strs give CPython hash() as two words', () => {
    const log = new MismatchLog();
    for (const [text, expected] of golden.numeric.int)
      log.check(text, expected, partsText(intFrom(text)));
    let tuples = 0;
    for (const [items, expected] of golden.numeric.tuple) {
      if (!items.every(isOwnHash)) continue;
      tuples++;
      log.check(items, expected, partsText(new PyTuple(items.map(intFrom))));
    }
    const zeroSeed = golden.seeds.find((entry) => entry.seed === '0')!;
    for (const [text, expected] of zeroSeed.str) log.check(text, expected, partsText(text));
    expect(tuples).toBeGreaterThan(200);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('nested and mixed tuples agree with pyHash', () => {
    const inner = new PyTuple([1, 'a', new PyTuple([]), -1, 2n ** 70n]);
    const values: PyValue[] = [
      new PyTuple([inner, inner, true, false, new PyFloat(2.5), new PyFloat(-0.0)]),
      new PyTuple([new PyTuple([new PyTuple([-5, 'é', '日本'])]), 9007199254740991, -(2n ** 63n)]),
      new PyTuple([]),
      true,
      -1,
      -(2 ** 40) - 1,
      2n ** 64n + 5n,
    ];
    expect(values.map(partsText)).toEqual(
      values.map((value) => String(BigInt.asIntN(64, BigInt(pyHash(value))))),
    );
  });
});
