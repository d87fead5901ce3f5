// int(str, base) parsing and str()/bin()/oct()/hex() against CPython, including the
// int max-str-digits limit in both directions.
import { describe, expect, it } from 'vitest';
import {
  bytesAsLatin1,
  intToPrefixedString,
  intToString,
  parseIntLiteral,
} from '../../src/objects/int-text.js';
import {
  intFrom,
  loadNumericGolden,
  MismatchLog,
  type Outcome,
  outcomeOf,
} from './numeric-golden.js';

interface IntText {
  parse: [string, number, number, Outcome][];
  str: [string, Outcome, string, string, string][];
}

const golden = loadNumericGolden<IntText>('int-text.json');

describe('int(str, base)', () => {
  it('parses like CPython, with its messages and the digit limit', () => {
    const log = new MismatchLog();
    for (const [text, base, limit, expected] of golden.parse) {
      log.check(
        [text.slice(0, 40), base, limit],
        expected,
        outcomeOf(() => String(parseIntLiteral(text, base, limit))),
      );
    }
    expect(log.count).toBeGreaterThan(250);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('returns numbers for safe values and bigints beyond', () => {
    expect(parseIntLiteral(' -0x_1f ', 0)).toBe(-31);
    expect(parseIntLiteral('9007199254740993', 10)).toBe(9007199254740993n);
    expect(Object.is(parseIntLiteral('-0', 10), -0)).toBe(false);
  });
});

describe('str(int), bin, oct, hex', () => {
  it('print like CPython, refusing more than 4300 decimal digits', () => {
    const log = new MismatchLog();
    for (const [exact, expected, bin, oct, hex] of golden.str) {
      const value = intFrom(exact);
      log.check(
        exact.slice(0, 40),
        [expected, bin, oct, hex],
        [
          outcomeOf(() => intToString(value)),
          intToPrefixedString(value, 2),
          intToPrefixedString(value, 8),
          intToPrefixedString(value, 16),
        ],
      );
    }
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});

describe('bytes read as text by int() and float()', () => {
  it('maps each byte to the code point of the same value, also past the JS argument limit', () => {
    const all = new Uint8Array(256).map((_, index) => index);
    expect(bytesAsLatin1(all)).toBe(Array.from(all, (byte) => String.fromCharCode(byte)).join(''));
    expect(bytesAsLatin1(new Uint8Array(300000).fill(0x31))).toBe('1'.repeat(300000));
  });
});
