// Golden cases for the pure math functions, recorded from CPython 3.11 by
// scripts/record-math-goldens.py: results compared bit for bit, errors by type and message.

import { readFileSync } from 'node:fs';
import { expect, describe as suite, test } from 'vitest';
import { type IntValue, intToFloat } from '../../../src/objects/int-math.js';
import { PythonError } from '../../../src/objects/python-error.js';
import * as m from '../../../src/stdlib/math/math-functions.js';
import * as integer from '../../../src/stdlib/math/math-integer.js';
import * as sums from '../../../src/stdlib/math/math-summation.js';
import { checkExpectedFailures } from '../expected-failures.js';
import { type Decoded, decode, describe, sameDecoded, type Tagged } from '../golden-values.js';

const here = new URL('.', import.meta.url).pathname;
const cases = JSON.parse(readFileSync(`${here}golden/math-cases.json`, 'utf8')) as [
  string,
  Tagged[],
  Tagged,
][];

type Arg = Decoded;

/** float(x) as the module layer converts an argument. */
function toFloat(arg: Arg): number {
  switch (arg.kind) {
    case 'float':
      return arg.value;
    case 'int':
      return intToFloat(arg.value);
    case 'bool':
      return arg.value ? 1 : 0;
    default:
      throw new Error(`not a number: ${arg.kind}`);
  }
}

/** operator.index(x) as the module layer converts an argument. */
function toInt(arg: Arg): IntValue {
  if (arg.kind === 'int') return arg.value;
  if (arg.kind === 'bool') return arg.value ? 1 : 0;
  if (arg.kind === 'float') {
    throw new PythonError('TypeError', "'float' object cannot be interpreted as an integer");
  }
  throw new Error(`not an int: ${arg.kind}`);
}

const float = (value: number): Decoded => ({ kind: 'float', value });
const int = (value: IntValue): Decoded => ({ kind: 'int', value });
const bool = (value: boolean): Decoded => ({ kind: 'bool', value });

const UNARY: Record<string, (x: number) => number> = {
  acos: m.acos,
  acosh: m.acosh,
  asin: m.asin,
  asinh: m.asinh,
  atan: m.atan,
  atanh: m.atanh,
  cbrt: m.cbrt,
  cos: m.cos,
  cosh: m.cosh,
  erf: m.erf,
  erfc: m.erfc,
  exp: m.exp,
  exp2: m.exp2,
  expm1: m.expm1,
  fabs: m.fabs,
  gamma: m.gamma,
  lgamma: m.lgamma,
  log1p: m.log1p,
  sin: m.sin,
  sinh: m.sinh,
  sqrt: m.sqrt,
  tan: m.tan,
  tanh: m.tanh,
  degrees: m.degrees,
  radians: m.radians,
  ulp: m.ulpOf,
};

const BINARY: Record<string, (x: number, y: number) => number> = {
  atan2: m.atan2,
  copysign: m.copysign,
  fmod: m.fmod,
  remainder: m.remainder,
  nextafter: m.nextafter,
  pow: m.pow,
};

function logHelper(kind: 'log' | 'log2' | 'log10', arg: Arg): number {
  if (arg.kind === 'int' || arg.kind === 'bool') return m.logOfInt(kind, toInt(arg));
  return m.logOfFloat(kind, toFloat(arg));
}

function rounding(fn: (x: number) => IntValue, arg: Arg): Decoded {
  if (arg.kind === 'int') return arg;
  if (arg.kind === 'bool') return int(arg.value ? 1 : 0);
  return int(fn(toFloat(arg)));
}

/** Runs one golden case through the pure functions, as the module layer will. */
function run(name: string, args: Arg[]): Decoded {
  const unary = UNARY[name];
  if (unary) return float(unary(toFloat(args[0]!)));
  const binary = BINARY[name];
  if (binary) return float(binary(toFloat(args[0]!), toFloat(args[1]!)));
  switch (name) {
    case 'isfinite':
      return bool(m.isfinite(toFloat(args[0]!)));
    case 'isinf':
      return bool(m.isinf(toFloat(args[0]!)));
    case 'isnan':
      return bool(m.isnan(toFloat(args[0]!)));
    case 'frexp': {
      const [mantissa, exponent] = m.frexpPair(toFloat(args[0]!));
      return { kind: 'tuple', items: [float(mantissa), int(exponent)] };
    }
    case 'modf': {
      const [fraction, whole] = m.modf(toFloat(args[0]!));
      return { kind: 'tuple', items: [float(fraction), float(whole)] };
    }
    case 'floor':
      return rounding(m.floor, args[0]!);
    case 'ceil':
      return rounding(m.ceil, args[0]!);
    case 'trunc':
      return rounding(m.trunc, args[0]!);
    case 'log':
    case 'log2':
    case 'log10': {
      const numerator = logHelper(name, args[0]!);
      if (args.length === 1) return float(numerator);
      return float(m.logRatio(numerator, logHelper('log', args[1]!)));
    }
    case 'ldexp':
      return float(m.ldexpInt(toFloat(args[0]!), toInt(args[1]!)));
    case 'hypot':
      return float(sums.hypot(args.map(toFloat)));
    case 'dist': {
      const [p, q] = args as [Extract<Arg, { kind: 'tuple' }>, Extract<Arg, { kind: 'tuple' }>];
      return float(sums.dist(p.items.map(toFloat), q.items.map(toFloat)));
    }
    case 'fsum':
      return float(sums.fsum((args[0] as Extract<Arg, { kind: 'list' }>).items.map(toFloat)));
    case 'isclose': {
      const kw = (args[2] as unknown as Record<string, Tagged> | undefined) ?? {};
      const relTol = kw.rel_tol ? toFloat(decode(kw.rel_tol)) : 1e-9;
      const absTol = kw.abs_tol ? toFloat(decode(kw.abs_tol)) : 0;
      return bool(m.isclose(toFloat(args[0]!), toFloat(args[1]!), relTol, absTol));
    }
    case 'factorial':
      return int(integer.factorial(toInt(args[0]!)));
    case 'isqrt':
      return int(integer.isqrt(toInt(args[0]!)));
    case 'comb':
      return int(integer.comb(toInt(args[0]!), toInt(args[1]!)));
    case 'perm': {
      const k = args[1];
      return int(
        integer.perm(toInt(args[0]!), k === undefined || k.kind === 'none' ? null : toInt(k)),
      );
    }
    case 'gcd':
      return int(integer.gcd(args.map(toInt)));
    case 'lcm':
      return int(integer.lcm(args.map(toInt)));
    default:
      throw new Error(`no dispatcher for math.${name}`);
  }
}

function decodeArgs(args: Tagged[]): Arg[] {
  return args.map((arg) => {
    if ('kw' in (arg as object)) {
      return (arg as unknown as { kw: Record<string, Tagged> }).kw as unknown as Arg;
    }
    return decode(arg);
  });
}

suite('math goldens (CPython 3.11)', () => {
  test('every recorded case matches, except the listed libm divergences', () => {
    const failures = new Map<string, string>();
    for (const [name, rawArgs, rawExpected] of cases) {
      const expected = decode(rawExpected);
      let actual: Decoded;
      try {
        actual = run(name, decodeArgs(rawArgs));
      } catch (error) {
        if (!(error instanceof PythonError)) throw error;
        actual = { kind: 'error', type: error.typeName, message: error.message };
      }
      if (!sameDecoded(actual, expected)) {
        const key = `${name}${JSON.stringify(rawArgs)}`;
        failures.set(key, `got ${describe(actual)}, want ${describe(expected)}`);
      }
    }
    const report = checkExpectedFailures(`${here}expected-failures.txt`, cases.length, failures);
    console.log(`math goldens: ${report.passed}/${report.total} exact`);
    expect(report.unexpectedFailures.slice(0, 20)).toEqual([]);
    expect(report.unexpectedPasses.slice(0, 20)).toEqual([]);
  });
});
