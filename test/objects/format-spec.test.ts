// format(value, spec) for int, float, complex and str against CPython over a generated matrix of
// specs (fill, align, sign, z, #, 0, width, grouping, precision, type), errors included.
import { describe, expect, it } from 'vitest';
import { formatComplex, formatFloat, formatInt, formatStr } from '../../src/objects/format-spec.js';
import {
  fromBits,
  intFrom,
  loadNumericGolden,
  MismatchLog,
  type Outcome,
  outcomeOf,
} from './numeric-golden.js';

type Case =
  | ['int', string, string, Outcome]
  | ['float', string, string, Outcome]
  | ['complex', [string, string], string, Outcome]
  | ['str', string, string, Outcome];

const cases = loadNumericGolden<Case[]>('format-spec.json');

function run(kind: Case[0], encoded: Case[1]): (spec: string) => string {
  switch (kind) {
    case 'int':
      return (spec) => formatInt(intFrom(encoded as string), spec);
    case 'float':
      return (spec) => formatFloat(fromBits(encoded as string), spec);
    case 'complex': {
      const [re, im] = encoded as [string, string];
      return (spec) => formatComplex(fromBits(re), fromBits(im), spec);
    }
    case 'str':
      return (spec) => formatStr(encoded as string, spec);
  }
}

describe('format specs', () => {
  for (const kind of ['int', 'float', 'complex', 'str'] as const) {
    it(`format(${kind}, spec) matches CPython`, () => {
      const log = new MismatchLog();
      for (const [caseKind, encoded, spec, expected] of cases) {
        if (caseKind !== kind) continue;
        const format = run(caseKind, encoded);
        log.check(
          [encoded, spec],
          expected,
          outcomeOf(() => format(spec)),
        );
      }
      expect(log.count).toBeGreaterThan(500);
      expect(log.summary).toEqual({ failed: 0, mismatches: [] });
    });
  }
});
