// Golden cases for the pure cmath functions, recorded from CPython 3.11 by
// scripts/record-cmath-goldens.py: results bit for bit, errors by type and message.

import { readFileSync } from 'node:fs';
import { expect, describe as suite, test } from 'vitest';
import { PythonError } from '../../../src/objects/python-error.js';
import * as c from '../../../src/stdlib/cmath/cmath-functions.js';
import { checkExpectedFailures } from '../expected-failures.js';
import { type Decoded, decode, describe, sameDecoded, type Tagged } from '../golden-values.js';

const here = new URL('.', import.meta.url).pathname;
const cases = JSON.parse(readFileSync(`${here}golden/cmath-cases.json`, 'utf8')) as [
  string,
  Tagged[],
  Tagged,
][];

function complexArg(arg: Decoded): c.Complex {
  if (arg.kind === 'complex') return [arg.real, arg.imag];
  if (arg.kind === 'float') return [arg.value, 0];
  throw new Error(`not complex: ${arg.kind}`);
}

function floatArg(arg: Decoded): number {
  if (arg.kind === 'float') return arg.value;
  throw new Error(`not float: ${arg.kind}`);
}

const complex = (value: c.Complex): Decoded => ({
  kind: 'complex',
  real: value[0],
  imag: value[1],
});
const float = (value: number): Decoded => ({ kind: 'float', value });
const bool = (value: boolean): Decoded => ({ kind: 'bool', value });

const UNARY: Record<string, (real: number, imag: number) => c.Complex> = {
  acos: c.acos,
  acosh: c.acosh,
  asin: c.asin,
  asinh: c.asinh,
  atan: c.atan,
  atanh: c.atanh,
  cos: c.cos,
  cosh: c.cosh,
  exp: c.exp,
  log10: c.log10,
  sin: c.sin,
  sinh: c.sinh,
  sqrt: c.sqrt,
  tan: c.tan,
  tanh: c.tanh,
};

function run(name: string, raw: Tagged[]): Decoded {
  const kw = raw.find((arg) => 'kw' in (arg as object)) as
    | { kw: Record<string, Tagged> }
    | undefined;
  const args = raw.filter((arg) => !('kw' in (arg as object))).map(decode);
  const unary = UNARY[name];
  if (unary) return complex(unary(...complexArg(args[0]!)));
  switch (name) {
    case 'log': {
      const z = complexArg(args[0]!);
      return complex(c.log(z[0], z[1], args[1] ? complexArg(args[1]) : undefined));
    }
    case 'phase':
      return float(c.phase(...complexArg(args[0]!)));
    case 'polar': {
      const [r, phi] = c.polar(...complexArg(args[0]!));
      return { kind: 'tuple', items: [float(r), float(phi)] };
    }
    case 'rect':
      return complex(c.rect(floatArg(args[0]!), floatArg(args[1]!)));
    case 'isfinite':
      return bool(c.isfinite(...complexArg(args[0]!)));
    case 'isinf':
      return bool(c.isinf(...complexArg(args[0]!)));
    case 'isnan':
      return bool(c.isnan(...complexArg(args[0]!)));
    case 'isclose': {
      const relTol = kw?.kw.rel_tol ? floatArg(decode(kw.kw.rel_tol)) : 1e-9;
      const absTol = kw?.kw.abs_tol ? floatArg(decode(kw.kw.abs_tol)) : 0;
      return bool(c.isclose(complexArg(args[0]!), complexArg(args[1]!), relTol, absTol));
    }
    default:
      throw new Error(`no dispatcher for cmath.${name}`);
  }
}

suite('cmath goldens (CPython 3.11)', () => {
  test('every recorded case matches, except the listed libm divergences', () => {
    const failures = new Map<string, string>();
    for (const [name, args, rawExpected] of cases) {
      const expected = decode(rawExpected);
      let actual: Decoded;
      try {
        actual = run(name, args);
      } catch (error) {
        if (!(error instanceof PythonError)) throw error;
        actual = { kind: 'error', type: error.typeName, message: error.message };
      }
      if (!sameDecoded(actual, expected)) {
        failures.set(
          `${name}${JSON.stringify(args)}`,
          `got ${describe(actual)}, want ${describe(expected)}`,
        );
      }
    }
    const report = checkExpectedFailures(`${here}expected-failures.txt`, cases.length, failures);
    console.log(`cmath goldens: ${report.passed}/${report.total} exact`);
    expect(report.unexpectedFailures.slice(0, 20)).toEqual([]);
    expect(report.unexpectedPasses.slice(0, 20)).toEqual([]);
  });
});
