// pow(x, y) as glibc 2.36's x86-64 FMA build computes it (CPython's float ** and math.pow call it):
// log(x) in double-double from a 128-entry table and a polynomial, times y, then the table-driven
// exp of exp.ts carrying the extra tail. C99 special values; Python's errors are the callers' job.

import { C2, C3, C4, C5, INV_LN2_N, NEG_LN2_HI_N, NEG_LN2_LO_N, SHIFT } from './exp.js';
import { EXP_TABLE_HEAD, EXP_TABLE_TAIL } from './exp-table.js';
import { fma } from './fma.js';
import { POW_LOG_INVC, POW_LOG_LOGC, POW_LOG_LOGC_TAIL } from './pow-log-table.js';

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH = 1 - LOW;

// ln2 split: LN2_HI keeps 43 fractional bits (so k*LN2_HI + logc is exact), LN2_LO the rest.
const LN2_HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2_LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
// log1p(r) = r + A0 r^2 + r^3 (A1 + A2 r + A0 r^2 (A3 + A4 r + A0 r^2 (A5 + A6 r))) for
// |r| <= 0x1.6bp-8: A0 = -1/2, the others glibc's minimax coefficients pre-scaled by the powers of
// A0 that the nested evaluation multiplies in (-2, 4, -8 for each pair).
const A0 = -0.5;
const A1 = -0.6666666666666679; // 0x1.555555555556p-2 * -2
const A2 = 0.5000000000000007; // -0x1.0000000000006p-2 * -2
const A3 = 0.7999999995323976; // 0x1.999999959554ep-3 * 4
const A4 = -0.6666666663487739; // -0x1.555555529a47ap-3 * 4
const A5 = -1.142909628459501; // 0x1.2495b9b4845e9p-3 * -8
const A6 = 1.0000415263675542; // -0x1.0002b8b263fc3p-3 * -8
// The reduction interval of log is [OFF, 2*OFF) with OFF = 0x1.69555p-1; its high word.
const OFF_HIGH = 0x3fe69555;

/** The low part of the last logInline result (glibc returns it through a pointer; a typed slot
 * keeps the double unboxed). */
const logTail = new Float64Array(1);
// Veltkamp's splitting constant 2**27 + 1: a*SPLITTER splits a into two 26-bit halves.
const SPLITTER = 134217729;

/** 2**n for -1022 <= n <= 1023. */
function twoTo(n: number): number {
  words[HIGH] = (n + 1023) << 20;
  words[LOW] = 0;
  return scratch[0]!;
}

/**
 * log(x) as hi + logTail, about 68 bits: `high`/`low` are the words of x, with a subnormal x
 * normalised so that its exponent goes below zero (the high word may then be negative).
 */
function logInline(high: number, low: number): number {
  // x = 2**k z with z in [OFF, 2*OFF); piece i of that interval holds z.
  const tmpHigh = high - OFF_HIGH;
  const index = (tmpHigh >> 13) & 127;
  const k = tmpHigh >> 20;
  const zHigh = high - (tmpHigh & -1048576);
  words[HIGH] = zHigh;
  words[LOW] = low;
  const z = scratch[0]!;
  const invc = POW_LOG_INVC[index]!;
  const logc = POW_LOG_LOGC[index]!;
  const logcTail = POW_LOG_LOGC_TAIL[index]!;
  // r = z/c - 1 is exact (glibc's fma(z, invc, -1)): 1/c has at most 9 bits, so splitting z at
  // its 21st bit makes both partial products exact, and their exact sum is representable.
  words[HIGH] = low >= 0x80000000 ? zHigh + 1 : zHigh;
  words[LOW] = 0;
  const zHi = scratch[0]!;
  const r = zHi * invc - 1 + (z - zHi) * invc;
  const kd = k;
  // k*ln2 + log(c) + r; the first sum is exact (glibc's fused form equals this).
  const t1 = kd * LN2_HI + logc;
  const t2 = t1 + r;
  const lo1 = kd === 0 ? logcTail : fusedMultiplyAdd(kd, LN2_LO, logcTail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  // glibc's fma(ar, r, -ar2) is the exact rounding error of that product.
  const lo3 = productError(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  // The polynomial: GCC fuses each a + b*c, and the final product into the sum of the lows.
  const poly = fusedMultiplyAdd(
    ar2,
    fusedMultiplyAdd(ar2, fusedMultiplyAdd(r, A6, A5), fusedMultiplyAdd(r, A4, A3)),
    fusedMultiplyAdd(r, A2, A1),
  );
  const lo = fusedMultiplyAdd(ar3, poly, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail[0] = hi - y + lo;
  return y;
}

/**
 * sign * scale * (1 + tmp) when that may overflow or underflow: `k` is the reduction's integer,
 * `index` its residue mod 128.
 */
function expSpecialCase(tmp: number, k: number, index: number, negative: boolean): number {
  const quotient = Math.floor(k / 128);
  const head = negative ? -EXP_TABLE_HEAD[index]! : EXP_TABLE_HEAD[index]!;
  if (k >= 0) {
    // The scale's exponent may exceed the range by up to 460: scale down, then back up.
    const scale = head * twoTo(quotient - 1009);
    return fusedMultiplyAdd(scale, tmp, scale) * twoTo(1009);
  }
  const scale = head * twoTo(quotient + 1022);
  // GCC fuses nothing here: the product is shared with a use in another basic block.
  const product = scale * tmp;
  let y = scale + product;
  if (Math.abs(y) < 1) {
    // Round to the final precision before scaling into the subnormal range.
    const one = y < 0 ? -1 : 1;
    let lo = scale - y + product;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = negative ? -0 : 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** sign * exp(x + xtail) with |xtail| tiny next to x. */
function expInline(x: number, xtail: number, negative: boolean): number {
  scratch[0] = x;
  const abstop = (words[HIGH]! >>> 20) & 0x7ff;
  let special = false;
  if ((abstop - 0x3c9) >>> 0 >= 0x408 - 0x3c9) {
    if (abstop < 0x3c9) {
      // |x| < 2**-54: the tail does not matter.
      const one = 1 + x;
      return negative ? -one : one;
    }
    if (abstop >= 0x409) {
      if (x < 0) return negative ? -0 : 0;
      return negative ? -Infinity : Infinity;
    }
    special = true;
  }
  // x = k*ln2/128 + r with |r| <= ln2/256.
  // glibc rounds x*128/ln2 to an integer with one fused operation; rounding the product first
  // gives the same integer unless the product is within its rounding error of a half-integer.
  const scaled = INV_LN2_N * x;
  let kd = scaled + SHIFT - SHIFT;
  if (Math.abs(Math.abs(scaled - kd) - 0.5) < 1e-9)
    kd = fusedMultiplyAdd(INV_LN2_N, x, SHIFT) - SHIFT;
  const k = kd;
  // kd * NEG_LN2_HI_N is exact (35-bit constant, |kd| < 2**18): the inner fma is a plain sum.
  let r = kd === 0 ? x : fusedMultiplyAdd(kd, NEG_LN2_LO_N, x + kd * NEG_LN2_HI_N);
  r += xtail;
  const index = k & 127;
  const tail = EXP_TABLE_TAIL[index]!;
  const r2 = r * r;
  const tmp = fusedMultiplyAdd(
    r2 * r2,
    fusedMultiplyAdd(r, C5, C4),
    fusedMultiplyAdd(r2, fusedMultiplyAdd(r, C3, C2), tail + r),
  );
  if (special) return expSpecialCase(tmp, k, index, negative);
  const head = EXP_TABLE_HEAD[index]!;
  const scale = (negative ? -head : head) * twoTo(Math.floor(k / 128));
  return fusedMultiplyAdd(scale, tmp, scale);
}

/** 0 when y is not an integer, 1 when odd, 2 when even (y finite and nonzero). */
function integerKind(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return Math.abs(y) < 9007199254740992 && Math.abs(y) % 2 === 1 ? 1 : 2;
}

/**
 * The unit in the last place of a positive normal double `value` (2**(e-52) for value in
 * [2**e, 2**(e+1))), or 0 when value is a power of two (whose lower neighbour is half as far).
 */
function unitInLastPlace(value: number): number {
  scratch[0] = value;
  const high = words[HIGH]!;
  if ((high & 0xfffff) === 0 && words[LOW] === 0) return 0;
  words[HIGH] = (high & 0x7ff00000) - (52 << 20);
  words[LOW] = 0;
  return scratch[0]!;
}

/** The rounding error a*b - fl(a*b) of a product, exactly (Dekker; no overflow or underflow). */
function productError(a: number, b: number, product: number): number {
  let t = a * SPLITTER;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = b * SPLITTER;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  return aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
}

/**
 * fma(a, b, c) correctly rounded, inline-sized: the exact product (Dekker), TwoSum with c, the low
 * parts added with rounding to odd, one final rounding (Boldo and Melquiond). Arguments far from 1
 * (where splitting could overflow or the low parts underflow) go to the general fma.
 */
function fusedMultiplyAdd(a: number, b: number, c: number): number {
  const product = a * b;
  const magnitude = Math.abs(product);
  if (!(magnitude > 1e-250 && magnitude < 1e250 && Math.abs(c) < 1e300)) return fma(a, b, c);
  const error = productError(a, b, product);
  const sum = product + c;
  const sumPart = sum - product;
  const sumError = product - (sum - sumPart) + (c - sumPart);
  const low = sumError + error;
  const lowPart = low - sumError;
  const lowError = sumError - (low - lowPart) + (error - lowPart);
  if (lowError === 0) return sum + low;
  scratch[0] = low;
  if ((words[LOW]! & 1) === 0) {
    // Round the low part to odd: step one ulp towards the exact value.
    if (low > 0 === lowError > 0) {
      words[LOW] = words[LOW]! + 1;
    } else if (words[LOW] === 0) {
      words[HIGH] = words[HIGH]! - 1;
      words[LOW] = 0xffffffff;
    } else {
      words[LOW] = words[LOW]! - 1;
    }
  }
  return sum + scratch[0]!;
}

/**
 * How far (in ulps) the exact x**y may lie from the correctly rounded result r while glibc's
 * result is still r: glibc errs by at most 0.509 ulp in exp (its documented bound) plus
 * |y log x| * 1.3 * 2**-68 * 2**53 ulp from log's relative error, so 0.5 minus those, with a
 * margin (CPython's oracle never diverged below 0.492 in a million trials). `exponent` is x's
 * binary exponent (|log x| <= (|exponent| + 1) ln 2).
 */
function safeUlps(y: number, exponent: number): number {
  return 0.485 - Math.abs(y) * (Math.abs(exponent) + 1) * 2.75e-5;
}

/** safeUlps(0.5, e) for every binary exponent |e| <= 64, rounded down. */
const SQRT_SAFE_ULPS = 0.484;
const TWO_TO_64 = 2 ** 64;
const TWO_TO_MINUS_64 = 2 ** -64;

/**
 * pow(x, y) for y in {0.5, 2, 3, -1} by a correctly rounded operation when that provably equals
 * glibc's result; NaN when the exact value is too close to a rounding midpoint (or out of range).
 */
function powByCorrectRounding(x: number, y: number): number {
  const magnitude = Math.abs(x);
  if (!(magnitude > 1e-100 && magnitude < 1e100)) return Number.NaN;
  scratch[0] = magnitude;
  const safe = safeUlps(y, ((words[HIGH]! >>> 20) & 0x7ff) - 1023);
  if (y === 0.5) {
    if (x < 0) return Number.NaN;
    const root = Math.sqrt(x);
    const square = root * root;
    // x - root**2 exactly (up to one final rounding): the exact root is root + residual/(2 root).
    const residual = x - square - productError(root, root, square);
    const unit = unitInLastPlace(root);
    if (unit !== 0 && Math.abs(residual) < safe * 2 * root * unit) return root;
    return Number.NaN;
  }
  if (y === 2) {
    const square = x * x;
    const error = productError(magnitude, magnitude, square);
    const unit = unitInLastPlace(square);
    if (unit !== 0 && Math.abs(error) < safe * unit) return square;
    return Number.NaN;
  }
  if (y === 3) {
    // x**3 = x*p + x*e with p + e = x*x exactly; x*p = cube + error exactly; x*e is tiny.
    const square = magnitude * magnitude;
    const squareError = productError(magnitude, magnitude, square);
    const cube = magnitude * square;
    const rest = productError(magnitude, square, cube) + magnitude * squareError;
    const unit = unitInLastPlace(cube);
    if (unit !== 0 && Math.abs(rest) < safe * unit) return x < 0 ? -cube : cube;
    return Number.NaN;
  }
  // y === -1: the exact 1/x is q + (1 - q x)/x.
  const quotient = 1 / magnitude;
  const product = quotient * magnitude;
  const residual = 1 - product - productError(quotient, magnitude, product);
  const unit = unitInLastPlace(quotient);
  if (unit !== 0 && Math.abs(residual) < safe * magnitude * unit) {
    return x < 0 ? -quotient : quotient;
  }
  return Number.NaN;
}

/** glibc's pow(x, y) for every pair of doubles (C99 Annex F values at zeros, infinities, NaNs). */
export function glibcPow(x: number, y: number): number {
  if (y === 0.5 && x > TWO_TO_MINUS_64 && x < TWO_TO_64) {
    // The commonest case, inlined: sqrt when it provably equals glibc's result (as
    // powByCorrectRounding; 2**-64 < x < 2**64 bounds the log part of the error margin).
    const root = Math.sqrt(x);
    const square = root * root;
    const residual = x - square - productError(root, root, square);
    const unit = unitInLastPlace(root);
    if (unit !== 0 && Math.abs(residual) < SQRT_SAFE_ULPS * 2 * root * unit) return root;
  } else if (y === 0.5 || y === 2 || y === -1 || y === 3) {
    const fast = powByCorrectRounding(x, y);
    if (!Number.isNaN(fast)) return fast;
  }
  scratch[0] = y;
  const topy = words[HIGH]! >>> 20;
  const yIsSpecial = y === 0 || !Number.isFinite(y);
  scratch[0] = x;
  let high = words[HIGH]!;
  let low = words[LOW]!;
  let topx = high >>> 20;
  let negative = false;
  if ((topx - 1) >>> 0 >= 0x7fe || ((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
    if (yIsSpecial) {
      if (y === 0) return 1;
      if (x === 1) return 1;
      if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
      const absX = Math.abs(x);
      if (absX === 1) return 1;
      if (absX < 1 === y > 0) return 0;
      return y * y;
    }
    if (x === 0 || !Number.isFinite(x)) {
      let x2 = x * x;
      if (topx >= 0x800 && integerKind(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // Here x and y are nonzero and finite.
    if (x < 0) {
      const kind = integerKind(y);
      if (kind === 0) return Number.NaN;
      if (kind === 1) negative = true;
      high &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if (((topy & 0x7ff) - 0x3be) >>> 0 >= 0x43e - 0x3be) {
      // |y| < 2**-65 or |y| >= 2**63 (then y is even).
      const absX = Math.abs(x);
      if (absX === 1) return 1;
      if ((topy & 0x7ff) < 0x3be) return absX > 1 ? 1 + y : 1 - y;
      return absX > 1 === topy < 0x800 ? Infinity : 0;
    }
    if (topx === 0) {
      // Subnormal x: normalise, letting the exponent go below zero.
      scratch[0] = Math.abs(x) * 4503599627370496;
      high = (words[HIGH]! & 0x7fffffff) - (52 << 20);
      low = words[LOW]!;
    }
  }
  const hi = logInline(high, low);
  const lo = logTail[0]!;
  const ehi = y * hi;
  // glibc's fma(y, hi, -ehi) is the exact rounding error of the product.
  const elo = fusedMultiplyAdd(y, lo, productError(y, hi, ehi));
  return expInline(ehi, elo, negative);
}
