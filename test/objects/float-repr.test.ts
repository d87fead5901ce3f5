// repr(float) and format(float, '.<p><code>') against CPython, over random bit patterns, powers
// of ten, boundaries and decimal ties (goldens from scripts/record-numeric-goldens.py).
import { describe, expect, it } from 'vitest';
import { complexRepr, floatRepr } from '../../src/objects/float-repr.js';
import { formatFloat } from '../../src/objects/format-spec.js';
import { fromBits, loadNumericGolden, MismatchLog } from './numeric-golden.js';

describe('float repr', () => {
  it('matches CPython repr() for every recorded double', () => {
    const cases = loadNumericGolden<[string, string][]>('float-repr.json');
    const log = new MismatchLog();
    for (const [bits, expected] of cases) log.check(bits, expected, floatRepr(fromBits(bits)));
    expect(log.count).toBeGreaterThan(4000);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('switches to exponent notation where CPython does', () => {
    expect(
      [1e16, 1e-5, 0.0001, 123456789012345.0, 1.2345678901234567e19, -0.0].map(floatRepr),
    ).toEqual(['1e+16', '1e-05', '0.0001', '123456789012345.0', '1.2345678901234567e+19', '-0.0']);
    expect([Infinity, -Infinity, Number.NaN].map(floatRepr)).toEqual(['inf', '-inf', 'nan']);
  });

  it('writes complex numbers like CPython', () => {
    expect([
      complexRepr(0, 2),
      complexRepr(1, 2),
      complexRepr(-0, 1),
      complexRepr(1.5, -0),
    ]).toEqual(['2j', '(1+2j)', '(-0+1j)', '(1.5-0j)']);
    expect([complexRepr(Infinity, Number.NaN), complexRepr(0, 1e16)]).toEqual([
      '(inf+nanj)',
      '1e+16j',
    ]);
  });
});

describe('float formatting with a precision', () => {
  it('matches CPython format(x, ".<p><code>") including exact half-even ties', () => {
    const cases = loadNumericGolden<[string, string, string][]>('float-format.json');
    const log = new MismatchLog();
    for (const [bits, spec, expected] of cases) {
      log.check([bits, spec], expected, formatFloat(fromBits(bits), spec));
    }
    expect(log.count).toBeGreaterThan(10000);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });
});
