// Correctly rounded log and log2, computed to about 100 bits and rounded once. glibc 2.36's log
// and log2 are correctly rounded in all but rare cases, so these match them far more often than the
// host's Math functions do. (pow is pow.ts, a port of glibc's own algorithm.)

import { frexp } from '../float-bits.js';
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
