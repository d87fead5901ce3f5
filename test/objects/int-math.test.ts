// Int arithmetic against CPython: + - * // % divmod / & | ^ comparisons, unary ops, bit counts,
// float conversion, shifts, pow (also negative and modular), to_bytes/from_bytes.
import { describe, expect, it } from 'vitest';
import {
  type IntValue,
  intAbs,
  intAdd,
  intAnd,
  intBitCount,
  intBitLength,
  intCompare,
  intDivMod,
  intFloorDiv,
  intFromBytes,
  intInvert,
  intLshift,
  intMod,
  intMul,
  intNeg,
  intOr,
  intPow,
  intPowFloat,
  intPowMod,
  intRshift,
  intSign,
  intSub,
  intToBytes,
  intToFloat,
  intTrueDiv,
  intXor,
} from '../../src/objects/int-math.js';
import {
  intFrom,
  loadNumericGolden,
  MismatchLog,
  type Outcome,
  outcomeOf,
  toBits,
} from './numeric-golden.js';

interface IntOps {
  binary: [string, string, ...Outcome[]][];
  unary: [string, string, string, string, number, number, Outcome][];
  shift: [string, string, Outcome, Outcome][];
  pow: [string, string, string | null, Outcome][];
  toBytes: [string, number, string, boolean, Outcome][];
  fromBytes: [string, string, boolean, string][];
}

const golden = loadNumericGolden<IntOps>('int-ops.json');

/** Checks the representation invariant: safe integers are numbers (never -0), others bigints. */
function text(value: IntValue): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) return `bad number ${value}`;
  } else if (value >= -9007199254740991n && value <= 9007199254740991n) {
    return `unnormalized bigint ${value}`;
  }
  return String(value);
}

function hex(bytes: Uint8Array): string {
  let result = '';
  for (const byte of bytes) result += byte.toString(16).padStart(2, '0');
  return result;
}

function bytesOf(hexText: string): Uint8Array {
  const bytes = new Uint8Array(hexText.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hexText.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

describe('int binary operations', () => {
  it('match CPython for + - * // % divmod / & | ^ and comparison', () => {
    const log = new MismatchLog();
    for (const [aText, bText, ...expected] of golden.binary) {
      const a = intFrom(aText);
      const b = intFrom(bText);
      const actual: Outcome[] = [
        outcomeOf(() => text(intAdd(a, b))),
        outcomeOf(() => text(intSub(a, b))),
        outcomeOf(() => text(intMul(a, b))),
        outcomeOf(() => text(intFloorDiv(a, b))),
        outcomeOf(() => text(intMod(a, b))),
        outcomeOf(() => intDivMod(a, b).map(text)),
        outcomeOf(() => toBits(intTrueDiv(a, b))),
        outcomeOf(() => text(intAnd(a, b))),
        outcomeOf(() => text(intOr(a, b))),
        outcomeOf(() => text(intXor(a, b))),
        outcomeOf(() => intCompare(a, b)),
      ];
      log.check([aText, bText], expected, actual);
    }
    expect(log.count).toBeGreaterThan(2500);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('never produces -0 or unnormalized values', () => {
    expect([intMul(0, -5), intFloorDiv(0, -3), intMod(-4, 2), intNeg(0)]).toEqual([0, 0, 0, 0]);
    expect(Object.is(intMul(0, -5), -0)).toBe(false);
    expect(intSub(2n ** 60n, 2n ** 60n - 5n)).toBe(5);
  });
});

describe('int unary operations', () => {
  it('match CPython for - abs ~ bit_length bit_count float()', () => {
    const log = new MismatchLog();
    for (const [aText, ...expected] of golden.unary) {
      const a = intFrom(aText);
      log.check(aText, expected, [
        text(intNeg(a)),
        text(intAbs(a) as IntValue),
        text(intInvert(a)),
        intBitLength(a),
        intBitCount(a),
        outcomeOf(() => toBits(intToFloat(a))),
      ]);
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
    expect([intSign(-3), intSign(0), intSign(10n ** 30n)]).toEqual([-1, 0, 1]);
  });
});

describe('int shifts', () => {
  it('match CPython for << and >>', () => {
    const log = new MismatchLog();
    for (const [aText, bText, left, right] of golden.shift) {
      const a = intFrom(aText);
      const b = intFrom(bText);
      log.check(
        [aText, bText],
        [left, right],
        [outcomeOf(() => text(intLshift(a, b))), outcomeOf(() => text(intRshift(a, b)))],
      );
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});

describe('int powers', () => {
  it('match CPython for a ** b (float for negative b) and pow(a, b, m)', () => {
    const log = new MismatchLog();
    for (const [aText, bText, modulus, expected] of golden.pow) {
      const a = intFrom(aText);
      const b = intFrom(bText);
      let actual: Outcome;
      if (modulus !== null) actual = outcomeOf(() => text(intPowMod(a, b, intFrom(modulus))));
      else if (intSign(b) < 0) actual = outcomeOf(() => toBits(intPowFloat(a, b)));
      else actual = outcomeOf(() => text(intPow(a, b)));
      log.check([aText, bText, modulus], expected, actual);
    }
    expect(log.count).toBeGreaterThan(1500);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});

describe('int.to_bytes and int.from_bytes', () => {
  it('match CPython in both byte orders, signed and unsigned', () => {
    const log = new MismatchLog();
    for (const [aText, length, order, signed, expected] of golden.toBytes) {
      log.check(
        [aText, length, order, signed],
        expected,
        outcomeOf(() => hex(intToBytes(intFrom(aText), length, order, signed))),
      );
    }
    for (const [data, order, signed, expected] of golden.fromBytes) {
      log.check([data, order, signed], expected, text(intFromBytes(bytesOf(data), order, signed)));
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});
