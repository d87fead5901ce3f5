// round(), float.hex/fromhex, as_integer_ratio and float(str) against CPython (goldens from
// scripts/record-numeric-goldens.py).
import { describe, expect, it } from 'vitest';
import {
  floatAsIntegerRatio,
  floatFromHex,
  floatHex,
  floatRound,
  floatRoundToInt,
  parseFloatText,
} from '../../src/objects/float-format.js';
import {
  fromBits,
  loadNumericGolden,
  MismatchLog,
  type Outcome,
  outcomeOf,
  toBits,
} from './numeric-golden.js';

interface FloatMisc {
  hex: [string, string][];
  fromhex: [string, Outcome][];
  ratio: [string, Outcome][];
  parse: [string, Outcome][];
}

const misc = loadNumericGolden<FloatMisc>('float-misc.json');

describe('round', () => {
  it('matches CPython round(x) and round(x, n) for every recorded case', () => {
    const cases = loadNumericGolden<[string, number | null, Outcome][]>('float-round.json');
    const log = new MismatchLog();
    for (const [bits, ndigits, expected] of cases) {
      const value = fromBits(bits);
      const actual =
        ndigits === null
          ? outcomeOf(() => String(floatRoundToInt(value)))
          : outcomeOf(() => toBits(floatRound(value, ndigits)));
      log.check([bits, ndigits], expected, actual);
    }
    expect(log.count).toBeGreaterThan(5000);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('rounds the exact binary value half-even', () => {
    expect([floatRound(2.675, 2), floatRound(0.125, 2), floatRound(0.375, 2)]).toEqual([
      2.67, 0.12, 0.38,
    ]);
    expect([0.5, 1.5, 2.5, -0.5, -1.5].map(floatRoundToInt)).toEqual([0, 2, 2, 0, -2]);
  });
});

describe('float.hex and float.fromhex', () => {
  it('float.hex matches CPython', () => {
    const log = new MismatchLog();
    for (const [bits, expected] of misc.hex) log.check(bits, expected, floatHex(fromBits(bits)));
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('float.fromhex matches CPython, errors included', () => {
    const log = new MismatchLog();
    for (const [text, expected] of misc.fromhex) {
      log.check(
        text,
        expected,
        outcomeOf(() => toBits(floatFromHex(text))),
      );
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});

describe('float.as_integer_ratio', () => {
  it('matches CPython', () => {
    const log = new MismatchLog();
    for (const [bits, expected] of misc.ratio) {
      log.check(
        bits,
        expected,
        outcomeOf(() => floatAsIntegerRatio(fromBits(bits)).map(String)),
      );
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});

describe('float(str)', () => {
  it('parses like CPython, with its error messages', () => {
    const log = new MismatchLog();
    for (const [text, expected] of misc.parse) {
      log.check(
        text,
        expected,
        outcomeOf(() => toBits(parseFloatText(text))),
      );
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});
