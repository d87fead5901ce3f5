// Correctly rounded log, log2 and pow (and a double-double exp for pow), computed to about 100
// bits and rounded once. glibc 2.36's log, log2 and pow are correctly rounded in all but rare
// cases, so these match them far more often than the host's Math functions do.

import { frexp, ldexp, powerOfTwo } from '../float-bits.js';
import type { DD } from './double-double.js';
import * as dd from './double-double.js';

const LN2: DD = [Math.LN2, 2.3190468138462996e-17];
const LN2_LOW2 = 5.707708438416212e-34;
const INV_LN2: DD = [Math.LOG2E, 2.0355273740931033e-17];
const SQRT_HALF = Math.SQRT1_2;

/** 1/(2n+1) for n = 0..9 as double-doubles (the head of the atanh series). */
const ATANH_COEFFICIENTS: DD[] = Array.from({ length: 10 }, (_, n) =>
  dd.div([1, 0], [2 * n + 1, 0]),
);

/** log(m) for m in [sqrt(1/2), sqrt(2)] as a double-double: 2 atanh((m-1)/(m+1)). */
function logMantissa(m: number): DD {
  const numerator: DD = [m - 1, 0];
  const denominator = dd.twoSum(m, 1);
  const s = dd.div(numerator, denominator);
  const s2 = dd.mul(s, s);
  // Horner on sum s2^n / (2n+1): the tail in doubles, the head in double-doubles.
  let tail = 0;
  for (let n = 22; n >= 10; n--) tail = tail * s2[0] + 1 / (2 * n + 1);
  let sum: DD = [tail, 0];
  for (let n = 9; n >= 0; n--) sum = dd.add(dd.mul(sum, s2), ATANH_COEFFICIENTS[n]!);
  return dd.mulNumber(dd.mul(sum, s), 2);
}

/** log(x) for finite x > 0 as a double-double. */
export function logDD(x: number): DD {
  let [m, k] = frexp(x);
  if (m < SQRT_HALF) {
    m *= 2;
    k -= 1;
  }
  const logM = logMantissa(m);
  if (k === 0) return logM;
  const [kh, kl] = dd.twoProd(k, LN2[0]);
  const kLn2 = dd.fastTwoSum(kh, kl + k * LN2[1] + k * LN2_LOW2);
  return dd.add(kLn2, logM);
}

/** Correctly rounded log(x) for finite x > 0. */
export function crLog(x: number): number {
  if (x === 1) return 0;
  const [hi, lo] = logDD(x);
  return hi + lo;
}

/** Correctly rounded log2(x) for finite x > 0 (exact for powers of two). */
export function crLog2(x: number): number {
  const [m, k] = frexp(x);
  if (m === 0.5) return k - 1;
  const [hi, lo] = dd.mul(logDD(x), INV_LN2);
  return hi + lo;
}

/**
 * exp(y) for a double-double y with |y| < 746 as [mantissa, exponent]: exp(y) = mantissa * 2**k
 * with the mantissa a double-double near [0.7, 1.5].
 */
function expDD(y: DD): [DD, number] {
  const k = Math.round(y[0] * INV_LN2[0]);
  // r = y - k ln2 with ln2 to three parts.
  const [ph, pl] = dd.twoProd(k, LN2[0]);
  let r = dd.sub(y, [ph, pl]);
  r = dd.addNumber(r, -k * LN2[1]);
  r = dd.addNumber(r, -k * LN2_LOW2);
  // exp(r) = exp(r / 256) ** 256 with a Taylor series for the small argument.
  let sum = taylorExp(dd.mulNumber(r, 1 / 256));
  for (let i = 0; i < 8; i++) sum = dd.mul(sum, sum);
  return [sum, k];
}

/** 1/n! for n = 0..12 as double-doubles. */
const INVERSE_FACTORIALS: DD[] = (() => {
  const out: DD[] = [[1, 0]];
  let factorial: DD = [1, 0];
  for (let n = 1; n <= 12; n++) {
    factorial = dd.mulNumber(factorial, n);
    out.push(dd.div([1, 0], factorial));
  }
  return out;
})();

/** 1 + x + x^2/2! + ... for |x| < 0.002, as a double-double (Horner). */
function taylorExp(x: DD): DD {
  let sum = INVERSE_FACTORIALS[12]!;
  for (let n = 11; n >= 0; n--) sum = dd.add(dd.mul(sum, x), INVERSE_FACTORIALS[n]!);
  return sum;
}

/** Rounds hi + lo scaled by 2**k to the nearest double, also into the subnormal range. */
function roundScaled(value: DD, k: number): number {
  const [hi, lo] = dd.fastTwoSum(value[0], value[1]);
  if (frexp(hi)[1] + k >= -1021) return ldexp(hi, k);
  // Subnormal: round hi + lo at the granularity 2**-1074 with one rounding.
  const unit = powerOfTwo(-1074 - k);
  let candidate = Math.round(hi / unit);
  const rest = (hi - candidate * unit + lo) / unit;
  if (rest > 0.5 || (rest === 0.5 && candidate % 2 !== 0)) candidate += 1;
  else if (rest < -0.5 || (rest === -0.5 && candidate % 2 !== 0)) candidate -= 1;
  return candidate * 5e-324;
}

/**
 * Correctly rounded pow(x, y) for finite x > 0 and finite y (callers handle signs, zeros and
 * the special values); overflow gives Infinity and underflow 0.
 */
export function crPowPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  const logX = logDD(x);
  const product = dd.mulNumber(logX, y);
  // A huge exponent overflows the product: the result is then 0 or infinity.
  if (!Number.isFinite(product[0])) return logX[0] > 0 === y > 0 ? Infinity : 0;
  if (product[0] > 709.8) return Infinity;
  if (product[0] < -745.2) return 0;
  const [mantissa, k] = expDD(product);
  return roundScaled(mantissa, k);
}

/** Correctly rounded C pow for finite nonzero x and finite y (negative x needs an integer y). */
export function crPow(x: number, y: number): number {
  if (x > 0) return crPowPositive(x, y);
  if (!Number.isInteger(y)) return Number.NaN;
  const magnitude = crPowPositive(-x, y);
  const odd = Math.abs(y) < 9007199254740992 && Math.abs(y) % 2 === 1;
  return odd ? -magnitude : magnitude;
}
