// The str hash cache (string-hash.ts) never changes a hash: cached answers, answers after the cache
// is emptied or paused by a flood of unique strings, and answers after the active key changes all
// equal CPython's recorded hash(str) (test/objects/golden/hashes.json).
import { afterEach, describe, expect, it } from 'vitest';
import {
  hashString,
  hashStringParts,
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

/** Checks every recorded str hash of every seed through the active-key (cached) path. */
function checkAllSeeds(log: MismatchLog, round: string): void {
  for (const { seed, str } of golden.seeds) {
    setActiveSipKey(sipKeyForSeed(Number(seed)));
    for (const [text, expected] of str)
      log.check([round, seed, text], expected, String(hashString(text)));
  }
}

/** Hashes `count` distinct strings (fills, empties and pauses the cache). */
function flood(count: number, prefix: string): void {
  for (let index = 0; index < count; index++) hashStringParts(`${prefix}${index}`);
}

let previousKey: SipKey = ZERO_SIP_KEY;

afterEach(() => {
  setActiveSipKey(previousKey);
});

describe('str hash cache', () => {
  it('answers equal CPython hash(str) when first computed, when cached, and after key changes', () => {
    previousKey = setActiveSipKey(ZERO_SIP_KEY);
    const log = new MismatchLog();
    checkAllSeeds(log, 'first');
    checkAllSeeds(log, 'cached');
    expect(log.count).toBe(golden.seeds.reduce((sum, seed) => sum + seed.str.length, 0) * 2);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('answers equal CPython hash(str) after floods of unique strings empty and pause the cache', () => {
    previousKey = setActiveSipKey(ZERO_SIP_KEY);
    const log = new MismatchLog();
    flood(40_000, 'a');
    checkAllSeeds(log, 'after one flood');
    setActiveSipKey(ZERO_SIP_KEY);
    flood(300_000, 'b');
    checkAllSeeds(log, 'after a pause');
    setActiveSipKey(ZERO_SIP_KEY);
    // Repeated strings between floods: a hit path and a miss path in the same epoch.
    for (let round = 0; round < 3; round++) flood(20_000, 'c');
    checkAllSeeds(log, 'after repeats');
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('a hash computed with an explicit key does not come from the active key cache', () => {
    previousKey = setActiveSipKey(ZERO_SIP_KEY);
    const seed42 = golden.seeds.find((entry) => entry.seed === '42')!;
    const key = sipKeyForSeed(42);
    for (const [text] of seed42.str) hashString(text);
    const explicit = seed42.str.map(([text]) => String(hashString(text, key)));
    expect(explicit).toEqual(seed42.str.map(([, expected]) => expected));
  });
});
