// hash() of ints, floats, complex, tuples, frozensets, str and bytes against CPython under
// PYTHONHASHSEED=0 and other seeds.
import { describe, expect, it } from 'vitest';
import {
  hashComplex,
  hashFloat,
  hashFrozenSet,
  hashInt,
  hashTuple,
} from '../../src/objects/numeric-hash.js';
import {
  hashBytes,
  hashBytesParts,
  hashString,
  hashStringParts,
  sipKeyForSeed,
} from '../../src/objects/string-hash.js';
import { fromBits, intFrom, loadNumericGolden, MismatchLog } from './numeric-golden.js';

interface Hashes {
  numeric: {
    int: [string, string][];
    float: [string, string][];
    complex: [string, string, string][];
    tuple: [string[], string][];
    frozenset: [string[], string][];
  };
  seeds: { seed: string; str: [string, string][]; bytes: [string, string][] }[];
}

const golden = loadNumericGolden<Hashes>('hashes.json');

function bytesOf(hexText: string): Uint8Array {
  const bytes = new Uint8Array(hexText.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hexText.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

describe('numeric hashes', () => {
  it('hash(int) and hash(float) match CPython', () => {
    const log = new MismatchLog();
    for (const [value, expected] of golden.numeric.int)
      log.check(value, expected, String(hashInt(intFrom(value))));
    for (const [bits, expected] of golden.numeric.float)
      log.check(bits, expected, String(hashFloat(fromBits(bits))));
    expect(log.count).toBeGreaterThan(500);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('hash(complex), hash(tuple) and hash(frozenset) match CPython', () => {
    const log = new MismatchLog();
    for (const [re, im, expected] of golden.numeric.complex) {
      log.check([re, im], expected, String(hashComplex(fromBits(re), fromBits(im))));
    }
    for (const [items, expected] of golden.numeric.tuple)
      log.check(items, expected, String(hashTuple(items.map(intFrom))));
    for (const [items, expected] of golden.numeric.frozenset) {
      log.check(items, expected, String(hashFrozenSet(items.map(intFrom))));
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('keeps CPython special values', () => {
    expect([hashInt(-1), hashInt(2n ** 61n), hashFloat(Infinity), hashFloat(-Infinity)]).toEqual([
      -2, 1, 314159, -314159,
    ]);
    expect(hashFloat(Number.NaN, 12345)).toBe(12345);
  });
});

describe('string hashes', () => {
  it('hash(str) and hash(bytes) match CPython for every recorded seed', () => {
    const log = new MismatchLog();
    for (const { seed, str, bytes } of golden.seeds) {
      const key = sipKeyForSeed(Number(seed));
      for (const [text, expected] of str)
        log.check([seed, text], expected, String(hashString(text, key)));
      for (const [data, expected] of bytes)
        log.check([seed, data], expected, String(hashBytes(bytesOf(data), key)));
    }
    expect(log.count).toBeGreaterThan(900);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});

describe('hash parts', () => {
  it('hashStringParts gives the same 64 bits as hashString, without a bigint', () => {
    for (const text of ['', 'abc', 'héllo', '日本', '😀x']) {
      const parts = hashStringParts(text);
      const expected = BigInt.asIntN(64, BigInt(hashString(text)));
      expect((BigInt(parts[0]!) << 32n) + BigInt(parts[1]! >>> 0)).toBe(expected);
    }
    const data = new Uint8Array([1, 2, 3]);
    const parts = hashBytesParts(data);
    expect((BigInt(parts[0]!) << 32n) + BigInt(parts[1]! >>> 0)).toBe(BigInt(hashBytes(data)));
  });
});
