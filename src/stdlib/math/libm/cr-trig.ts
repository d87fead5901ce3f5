// Correctly rounded tan, atan, atan2, asin and acos: exact argument reduction by a bigint 2/pi,
// double-double series, one final rounding. glibc 2.36's versions of these are correctly rounded in
// all but rare cases, so these match CPython far more often than Math.*. sin/cos: sin-cos.ts.

import { frexp } from '../float-bits.js';
import type { DD } from './double-double.js';
import * as dd from './double-double.js';

const PI: DD = [Math.PI, 1.2246467991473532e-16];
const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];
const PI_4 = Math.PI / 4;
const PRECISION = 1600;

let twoOverPiBits: bigint | undefined;

/** floor(2/pi * 2**PRECISION), from Machin's formula in bigint fixed point (computed once). */
function twoOverPi(): bigint {
  if (twoOverPiBits !== undefined) return twoOverPiBits;
  const bits = BigInt(PRECISION + 64);
  const one = 1n << bits;
  const arctanInverse = (n: bigint): bigint => {
    let sum = 0n;
    let power = one / n;
    const n2 = n * n;
    for (let k = 1n; power !== 0n; k += 2n) {
      const term = power / k;
      sum += (k & 2n) === 0n ? term : -term;
      power /= n2;
    }
    return sum;
  };
  const pi = 16n * arctanInverse(5n) - 4n * arctanInverse(239n);
  twoOverPiBits = ((2n * one) << BigInt(PRECISION)) / pi;
  return twoOverPiBits;
}

/** Reduces x (|x| >= pi/4, finite) to r in [-pi/4, pi/4] with x = n*pi/2 + r; returns [r, n mod 4]. */
function reduce(x: number): [DD, number] {
  const [mantissa, exponent] = frexp(x);
  const m = BigInt(mantissa * 9007199254740992); // exact 53-bit integer
  const e = exponent - 53;
  const product = m * twoOverPi();
  const fractionBits = BigInt(PRECISION - e);
  let n = product >> fractionBits;
  let fraction = product - (n << fractionBits);
  if (fraction >= 1n << (fractionBits - 1n)) {
    n += 1n;
    fraction -= 1n << fractionBits;
  }
  // Keep 200 bits of the fraction: enough after the worst cancellation near multiples of pi/2.
  const drop = fractionBits - 200n;
  const top = drop > 0n ? fraction >> drop : fraction << -drop;
  const hi = Number(top);
  const lo = Number(top - BigInt(hi));
  const scale = 2 ** -200;
  const r = dd.mul(dd.fastTwoSum(hi * scale, lo * scale), PI_2);
  return [r, Number(BigInt.asUintN(2, n))];
}

/**
 * x = n*pi/2 + a + da exactly up to the final roundings (finite x, |x| >= pi/4): [n mod 4, a, da].
 * For glibc's sin/cos on huge arguments (sin-cos.ts).
 */
export function reduceHalfPi(x: number): [number, number, number] {
  const [r, quadrant] = reduce(x);
  return [quadrant, r[0], r[1]];
}

const SIN_COEFFICIENTS: DD[] = [];
const COS_COEFFICIENTS: DD[] = [];

function coefficients(): void {
  if (SIN_COEFFICIENTS.length > 0) return;
  // (-1)^k / (2k+1)! and (-1)^k / (2k)! as double-doubles.
  let factorial: DD = [1, 0];
  for (let k = 0; k <= 16; k++) {
    const even = dd.div([1, 0], factorial);
    COS_COEFFICIENTS.push(k % 2 === 0 ? even : dd.negate(even));
    factorial = dd.mulNumber(factorial, 2 * k + 1);
    const odd = dd.div([1, 0], factorial);
    SIN_COEFFICIENTS.push(k % 2 === 0 ? odd : dd.negate(odd));
    factorial = dd.mulNumber(factorial, 2 * k + 2);
  }
}

/** sin(r) and cos(r) for |r| <= pi/4 as double-doubles (terms past r^18 in plain doubles). */
function sinCos(r: DD): [DD, DD] {
  coefficients();
  const r2 = dd.mul(r, r);
  let sinTail = 0;
  let cosTail = 0;
  for (let k = 15; k >= 9; k--) sinTail = sinTail * r2[0] + SIN_COEFFICIENTS[k]![0];
  for (let k = 16; k >= 9; k--) cosTail = cosTail * r2[0] + COS_COEFFICIENTS[k]![0];
  let s: DD = [sinTail, 0];
  let c: DD = [cosTail, 0];
  for (let k = 8; k >= 0; k--) s = dd.add(dd.mul(s, r2), SIN_COEFFICIENTS[k]!);
  for (let k = 8; k >= 0; k--) c = dd.add(dd.mul(c, r2), COS_COEFFICIENTS[k]!);
  return [dd.mul(s, r), c];
}

function reduced(x: number): [DD, DD, number] {
  if (Math.abs(x) <= PI_4) {
    const [s, c] = sinCos([x, 0]);
    return [s, c, 0];
  }
  const [r, quadrant] = reduce(x);
  const [s, c] = sinCos(r);
  return [s, c, quadrant];
}

/** Correctly rounded tan(x). */
export function crTan(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : Number.NaN;
  if (Math.abs(x) < 1e-8) {
    const [h, l] = dd.add([x, 0], [(x * x * x) / 3, 0]);
    return h + l;
  }
  const [s, c, quadrant] = reduced(x);
  const value = quadrant % 2 === 0 ? dd.div(s, c) : dd.negate(dd.div(c, s));
  return value[0] + value[1];
}

const ATAN_TABLE: DD[] = [];

/** (-1)^n / (2n+1) for n = 0..5 as double-doubles. */
const ATAN_COEFFICIENTS: DD[] = Array.from({ length: 6 }, (_, n) =>
  dd.div([n % 2 === 0 ? 1 : -1, 0], [2 * n + 1, 0]),
);

/** atan(u) for |u| <= 1/16 by its series (terms past u^11 in plain doubles). */
function atanSeries(u: DD): DD {
  const u2 = dd.mul(u, u);
  let tail = 0;
  for (let n = 24; n >= 6; n--) tail = tail * u2[0] + (n % 2 === 0 ? 1 : -1) / (2 * n + 1);
  let sum: DD = [tail, 0];
  for (let n = 5; n >= 0; n--) sum = dd.add(dd.mul(sum, u2), ATAN_COEFFICIENTS[n]!);
  return dd.mul(sum, u);
}

/** atan(k/16) for k = 0..16, by halving the argument twice and the series. */
function atanTable(): DD[] {
  if (ATAN_TABLE.length > 0) return ATAN_TABLE;
  for (let k = 0; k <= 16; k++) {
    let t: DD = [k / 16, 0];
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t^2))), applied until |t| is small.
    let factor = 1;
    while (t[0] > 1 / 32) {
      const root = dd.sqrt(dd.addNumber(dd.mul(t, t), 1));
      t = dd.div(t, dd.addNumber(root, 1));
      factor *= 2;
    }
    ATAN_TABLE.push(dd.mulNumber(atanSeries(t), factor));
  }
  return ATAN_TABLE;
}

/** atan(t) for a non-negative double-double t <= 1. */
function atanUnit(t: DD): DD {
  const table = atanTable();
  const k = Math.round(t[0] * 16);
  if (k === 0) return atanSeries(t);
  const c = k / 16;
  // atan(t) = atan(c) + atan((t - c) / (1 + t c))
  const u = dd.div(dd.addNumber(t, -c), dd.addNumber(dd.mulNumber(t, c), 1));
  return dd.add(table[k]!, atanSeries(u));
}

/** atan(t) for a positive double-double t. */
function atanPositive(t: DD): DD {
  if (t[0] <= 1) return atanUnit(t);
  return dd.sub(PI_2, atanUnit(dd.div([1, 0], t)));
}

/** Correctly rounded atan(x). */
export function crAtan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return x;
  if (Math.abs(x) < 1e-8) {
    const [h, l] = dd.add([x, 0], [(-x * x * x) / 3, 0]);
    return h + l;
  }
  if (Math.abs(x) > 1e20) return x > 0 ? PI_2[0] : -PI_2[0];
  const value = atanPositive([Math.abs(x), 0]);
  return x > 0 ? value[0] + value[1] : -(value[0] + value[1]);
}

function isInfinite(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

/** Correctly rounded atan2(y, x) with C99's special values. */
export function crAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  const negativeX = x < 0 || Object.is(x, -0);
  const sign = y < 0 || Object.is(y, -0) ? -1 : 1;
  if (y === 0) return negativeX ? sign * Math.PI : y;
  if (isInfinite(y)) {
    if (x === Infinity) return sign * PI_4;
    if (x === -Infinity) return sign * 3 * PI_4;
    return sign * PI_2[0];
  }
  if (x === 0) return sign * PI_2[0];
  if (x === Infinity) return sign * 0;
  if (x === -Infinity) return sign * Math.PI;
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  // angle = atan(ay / ax) in [0, pi/2], computed without overflow.
  let angle: DD;
  if (ay > ax) {
    angle = dd.sub(PI_2, atanSmallRatio(ax, ay));
  } else {
    angle = atanSmallRatio(ay, ax);
    if (angle[0] === 0 || Math.abs(angle[0]) < 1e-300) {
      const direct = ay / ax;
      if (!negativeX) return sign * direct;
    }
  }
  if (negativeX) angle = dd.sub(PI, angle);
  return sign * (angle[0] + angle[1]);
}

/** atan(a / b) for 0 <= a <= b as a double-double. */
function atanSmallRatio(a: number, b: number): DD {
  if (a === 0) return [0, 0];
  // Keep the double-double division clear of overflow and underflow.
  if (b > 1e300) {
    a *= 2 ** -600;
    b *= 2 ** -600;
  } else if (b < 1e-290) {
    a *= 2 ** 600;
    b *= 2 ** 600;
  }
  if (a === 0) return [0, 0];
  let q = dd.div([a, 0], [b, 0]);
  if (!Number.isFinite(q[0]) || q[0] === 0) return [a / b, 0];
  if (q[0] < 1e-8) {
    q = dd.add(q, dd.mulNumber(dd.mul(q, dd.mul(q, q)), -1 / 3));
    return q;
  }
  return atanUnit(q);
}

/** Correctly rounded asin(x). */
export function crAsin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return Number.NaN;
  if (x === 0) return x;
  if (ax === 1) return x * PI_2[0];
  if (ax < 1e-8) {
    const [h, l] = dd.add([x, 0], [(x * x * x) / 6, 0]);
    return h + l;
  }
  // asin(x) = atan(x / sqrt((1 - x)(1 + x)))
  const oneMinus = dd.twoSum(1, -ax);
  const onePlus = dd.twoSum(1, ax);
  const root = dd.sqrt(dd.mul(oneMinus, onePlus));
  const value = atanPositive(dd.div([ax, 0], root));
  return x > 0 ? value[0] + value[1] : -(value[0] + value[1]);
}

/** Correctly rounded acos(x). */
export function crAcos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) > 1) return Number.NaN;
  if (x === 1) return 0;
  if (x === -1) return Math.PI;
  // acos(x) = 2 atan(sqrt((1 - x) / (1 + x)))
  const ratio = dd.div(dd.twoSum(1, -x), dd.twoSum(1, x));
  const value = dd.mulNumber(atanPositive(dd.sqrt(ratio)), 2);
  return value[0] + value[1];
}
