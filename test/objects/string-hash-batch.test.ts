// hashStringsInto (string-hash.ts), the batch hash a set's pending strs are laid out with, gives
// CPython's recorded hash(str) for every str and seed of test/objects/golden/hashes.json
// (Latin-1 strs through its inline SipHash, the others through the per-str path).
import { afterEach, describe, expect, it } from 'vitest';
import {
  hashStringsInto,
  type SipKey,
  setActiveSipKey,
  sipKeyForSeed,
  ZERO_SIP_KEY,
} from '../../src/objects/string-hash.js';
import { loadNumericGolden, MismatchLog } from './numeric-golden.js';

interface HashGolden {
  seeds: { seed: string; str: [string, string][] }[];
}

const golden = loadNumericGolden<HashGolden>('hashes.json');

let previousKey: SipKey = ZERO_SIP_KEY;

afterEach(() => {
  setActiveSipKey(previousKey);
});

describe('batch str hashing', () => {
  it('gives CPython hash(str) for every recorded str under every recorded seed', () => {
    previousKey = setActiveSipKey(ZERO_SIP_KEY);
    const log = new MismatchLog();
    let checked = 0;
    for (const { seed, str } of golden.seeds) {
      setActiveSipKey(sipKeyForSeed(Number(seed)));
      const texts = str.map(([text]) => text);
      const highs = new Int32Array(texts.length);
      const lows = new Int32Array(texts.length);
      hashStringsInto(texts, highs, lows);
      for (let index = 0; index < texts.length; index++) {
        const hash = (BigInt(highs[index]!) << 32n) + BigInt(lows[index]! >>> 0);
        log.check([seed, texts[index]!], str[index]![1], String(hash));
        checked++;
      }
    }
    expect(checked).toBe(golden.seeds.reduce((sum, seed) => sum + seed.str.length, 0));
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});
