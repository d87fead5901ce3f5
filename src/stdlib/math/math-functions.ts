// The float functions of CPython 3.11's math module on raw JS numbers, with CPython's special
// values and its exact errors ("math domain error", "math range error"). Argument coercion
// (__float__, __index__, int too large) is the module layer's; integer functions are in
// math-integer.ts, sums and norms in math-summation.ts.

import { type IntValue, normalizeInt } from '../../objects/int-math.js';
import { PythonError } from '../../objects/python-error.js';
import { bigIntFrexp, copySign, frexp, ldexp, nextAfter, signBit, ulp } from './float-bits.js';
import {
  libmAcos,
  libmAcosh,
  libmAsin,
  libmAsinh,
  libmAtan,
  libmAtan2,
  libmAtanh,
  libmCbrt,
  libmCos,
  libmCosh,
  libmErf,
  libmErfc,
  libmExp,
  libmExp2,
  libmExpm1,
  libmLog,
  libmLog1p,
  libmLog2,
  libmLog10,
  libmPow,
  libmSin,
  libmSinh,
  libmTan,
  libmTanh,
} from './libm.js';
import { lgamma as lanczosLgamma, tgamma as lanczosTgamma } from './math-gamma.js';

/** math.pi */
export const PI = Math.PI;
/** math.e */
export const E = Math.E;
/** math.tau */
export const TAU = 2 * Math.PI;
/** math.inf */
export const INF = Infinity;
/** math.nan */
export const NAN = Number.NaN;

/** ValueError("math domain error"). */
export function mathDomainError(): PythonError {
  return new PythonError('ValueError', 'math domain error');
}

/** OverflowError("math range error"). */
export function mathRangeError(): PythonError {
  return new PythonError('OverflowError', 'math range error');
}

/**
 * CPython's math_1 rules for a libm result r of input x: NaN from non-NaN is a domain error; an
 * infinity from a finite input is a range error when the function can overflow, else a domain
 * error (a singularity).
 */
function checkUnary(x: number, r: number, canOverflow: boolean): number {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw mathDomainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
    throw canOverflow ? mathRangeError() : mathDomainError();
  }
  return r;
}

/** CPython's math_2 rules for a two-argument libm result. */
function checkBinary(x: number, y: number, r: number): number {
  if (Number.isNaN(r)) {
    if (!Number.isNaN(x) && !Number.isNaN(y)) throw mathDomainError();
  } else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    throw mathRangeError();
  }
  return r;
}

// Trigonometric and hyperbolic functions -----------------------------------------------------

/** math.sin(x) */
export function sin(x: number): number {
  return checkUnary(x, libmSin(x), false);
}
/** math.cos(x) */
export function cos(x: number): number {
  return checkUnary(x, libmCos(x), false);
}
/** math.tan(x) */
export function tan(x: number): number {
  return checkUnary(x, libmTan(x), false);
}
/** math.asin(x) */
export function asin(x: number): number {
  return checkUnary(x, libmAsin(x), false);
}
/** math.acos(x) */
export function acos(x: number): number {
  return checkUnary(x, libmAcos(x), false);
}
/** math.atan(x) */
export function atan(x: number): number {
  return checkUnary(x, libmAtan(x), false);
}
/** math.sinh(x) */
export function sinh(x: number): number {
  return checkUnary(x, libmSinh(x), true);
}
/** math.cosh(x) */
export function cosh(x: number): number {
  return checkUnary(x, libmCosh(x), true);
}
/** math.tanh(x) */
export function tanh(x: number): number {
  return checkUnary(x, libmTanh(x), false);
}
/** math.asinh(x) */
export function asinh(x: number): number {
  return checkUnary(x, libmAsinh(x), false);
}
/** math.acosh(x) */
export function acosh(x: number): number {
  return checkUnary(x, libmAcosh(x), false);
}
/** math.atanh(x) */
export function atanh(x: number): number {
  return checkUnary(x, libmAtanh(x), false);
}

/** CPython's m_atan2: C99 special values first, then libm. */
export function atan2Value(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) {
      return copySign(signBit(x) ? 0.75 * Math.PI : 0.25 * Math.PI, y);
    }
    return copySign(0.5 * Math.PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    return signBit(x) ? copySign(Math.PI, y) : copySign(0, y);
  }
  return libmAtan2(y, x);
}

/** math.atan2(y, x) */
export function atan2(y: number, x: number): number {
  return checkBinary(y, x, atan2Value(y, x));
}

/** math.degrees(x) */
export function degrees(x: number): number {
  return x * (180 / Math.PI);
}

/** math.radians(x) */
export function radians(x: number): number {
  return x * (Math.PI / 180);
}

// Exponentials and logarithms ----------------------------------------------------------------

/** math.exp(x) */
export function exp(x: number): number {
  return checkUnary(x, libmExp(x), true);
}
/** math.exp2(x) */
export function exp2(x: number): number {
  return checkUnary(x, libmExp2(x), true);
}
/** math.expm1(x) */
export function expm1(x: number): number {
  return checkUnary(x, libmExpm1(x), true);
}

/** math.sqrt(x) */
export function sqrt(x: number): number {
  return checkUnary(x, Math.sqrt(x), false);
}

/** math.cbrt(x) */
export function cbrt(x: number): number {
  return checkUnary(x, libmCbrt(x), false);
}

/** CPython's m_log: log with C99 special values (-inf at 0, nan below). */
function logValue(x: number, inner: (value: number) => number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return inner(x);
    return x === 0 ? -Infinity : Number.NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return Number.NaN;
}

type LogKind = 'log' | 'log2' | 'log10';

function logFunction(kind: LogKind): (value: number) => number {
  switch (kind) {
    case 'log':
      return libmLog;
    case 'log2':
      return libmLog2;
    case 'log10':
      return libmLog10;
    default:
      return assertNever(kind);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}

/** log, log2 or log10 of a float, with math_1's errors (0 and negatives: domain error). */
export function logOfFloat(kind: LogKind, x: number): number {
  return checkUnary(x, logValue(x, logFunction(kind)), false);
}

/**
 * log, log2 or log10 of a Python int, exact in range for huge ints: CPython's loghelper scales by
 * the bit length when the int does not fit a float. ValueError for n <= 0.
 */
export function logOfInt(kind: LogKind, n: IntValue): number {
  if (n <= 0) throw mathDomainError();
  const inner = logFunction(kind);
  if (typeof n === 'number') return inner(n);
  const asFloat = Number(n);
  if (Number.isFinite(asFloat)) return inner(asFloat);
  const [mantissa, exponent] = bigIntFrexp(n);
  return inner(mantissa) + inner(2) * exponent;
}

/** math.log(x, base) from the two logarithms: ZeroDivisionError when log(base) is zero. */
export function logRatio(numerator: number, denominator: number): number {
  if (denominator === 0) throw new PythonError('ZeroDivisionError', 'float division by zero');
  return numerator / denominator;
}

/** math.log1p(x), with log1p(-0.0) = -0.0. */
export function log1p(x: number): number {
  if (x === 0) return x;
  return checkUnary(x, libmLog1p(x), false);
}

/**
 * math.pow(x, y): C99 special values handled directly, then libm pow; domain errors for a
 * negative base with a non-integer exponent and for 0 ** negative, range error on overflow.
 */
export function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copySign(0, x) : 0;
    }
    // y is infinite, x finite.
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = powFinite(x, y);
  if (Number.isNaN(r)) throw mathDomainError();
  if (r === Infinity || r === -Infinity) throw x === 0 ? mathDomainError() : mathRangeError();
  return r;
}

/** C pow for finite x and y, with C's sign and integer-exponent rules. */
export function powFinite(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x === 0) {
    const oddInteger = Number.isInteger(y) && Math.abs(y) % 2 === 1;
    if (y < 0) return oddInteger ? copySign(Infinity, x) : Infinity;
    return oddInteger ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) return Number.NaN;
  return libmPow(x, y);
}

// Special functions ------------------------------------------------------------------------

/** math.erf(x) */
export function erf(x: number): number {
  return libmErf(x);
}

/** math.erfc(x) */
export function erfc(x: number): number {
  return libmErfc(x);
}

/** math.gamma(x): CPython's own Lanczos implementation. */
export function gamma(x: number): number {
  const result = lanczosTgamma(x);
  if (result.signal === 'domain') throw mathDomainError();
  if (result.signal === 'range' && Math.abs(result.value) >= 1.5) throw mathRangeError();
  return result.value;
}

/** math.lgamma(x): CPython's own Lanczos implementation. */
export function lgamma(x: number): number {
  const result = lanczosLgamma(x);
  if (result.signal === 'domain') throw mathDomainError();
  if (result.signal === 'range' && Math.abs(result.value) >= 1.5) throw mathRangeError();
  return result.value;
}

// Float manipulation -------------------------------------------------------------------------

/** math.fabs(x) */
export function fabs(x: number): number {
  return Math.abs(x);
}

/** math.copysign(x, y) */
export function copysign(x: number, y: number): number {
  if (Number.isNaN(x)) return signBit(y) ? -Math.abs(x) : Math.abs(x);
  return copySign(x, y);
}

/** math.fmod(x, y): C fmod; fmod(x, ±inf) is x for finite x. */
export function fmod(x: number, y: number): number {
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw mathDomainError();
  return r;
}

/** CPython's m_remainder: IEEE 754 remainder, exact. */
export function remainderValue(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return Number.NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy);
    return copySign(1, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (x === Infinity || x === -Infinity) return Number.NaN;
  return x;
}

/** math.remainder(x, y) */
export function remainder(x: number, y: number): number {
  return checkBinary(x, y, remainderValue(x, y));
}

/** math.frexp(x): [mantissa, exponent]; the exponent is an int. */
export function frexpPair(x: number): [number, number] {
  return frexp(x);
}

/**
 * math.ldexp(x, i): x * 2**i for an int i of any size. OverflowError "math range error" when the
 * result overflows.
 */
export function ldexpInt(x: number, i: IntValue): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const exponent = typeof i === 'bigint' ? (i > 0n ? 1e6 : -1e6) : i;
  const r = ldexp(x, exponent);
  if (r === Infinity || r === -Infinity) throw mathRangeError();
  return r;
}

/** math.modf(x): [fractional part, integer part], both with the sign of x. */
export function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, x];
    return [copySign(0, x), x];
  }
  const integral = Math.trunc(x);
  return [copySign(x - integral, x), integral];
}

/** math.nextafter(x, y) */
export function nextafter(x: number, y: number): number {
  return nextAfter(x, y);
}

/** math.ulp(x) */
export function ulpOf(x: number): number {
  return ulp(x);
}

/** math.isfinite(x) */
export function isfinite(x: number): boolean {
  return Number.isFinite(x);
}

/** math.isinf(x) */
export function isinf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

/** math.isnan(x) */
export function isnan(x: number): boolean {
  return Number.isNaN(x);
}

/**
 * math.isclose(a, b, rel_tol, abs_tol): the symmetric "weak" test. ValueError "tolerances must be
 * non-negative".
 */
export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0): boolean {
  if (relTol < 0 || absTol < 0) {
    throw new PythonError('ValueError', 'tolerances must be non-negative');
  }
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

// Rounding to ints -------------------------------------------------------------------------

/**
 * An integral float as a Python int (PyLong_FromDouble): OverflowError for infinities, ValueError
 * for NaN.
 */
export function integralFloatToInt(x: number): IntValue {
  if (Number.isNaN(x)) throw new PythonError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) {
    throw new PythonError('OverflowError', 'cannot convert float infinity to integer');
  }
  if (Number.isSafeInteger(x)) return x + 0;
  return normalizeInt(BigInt(x));
}

/** math.floor(x) for a float: a Python int. */
export function floor(x: number): IntValue {
  return integralFloatToInt(Math.floor(x));
}

/** math.ceil(x) for a float: a Python int. */
export function ceil(x: number): IntValue {
  return integralFloatToInt(Math.ceil(x));
}

/** math.trunc(x) for a float: a Python int. */
export function trunc(x: number): IntValue {
  return integralFloatToInt(Math.trunc(x));
}
