// sin and cos as glibc 2.36 computes them on x86-64 with FMA (the IBM Accurate Mathematical
// Library's s_sin.c after its slow paths were removed): table of sin/cos at multiples of 1/128 plus
// short Taylor corrections, with the fused multiply-adds GCC forms in that build. Not correctly
// rounded (at most ~0.55 ulp), which is why a correctly rounded sin differed from CPython's.

import { fma } from './fma.js';
import { SINCOS_TABLE } from './sincos-table.js';

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH = LITTLE_ENDIAN ? 1 : 0;
const LOW = 1 - HIGH;

// Taylor coefficients of sin (s1..s5 fitted, sn3/sn5 exact) and cos (cs2..cs6), as glibc's usncs.h.
const S1 = -0.16666666666666666;
const S2 = 0.008333333333332329;
const S3 = -0.00019841269834414642;
const S4 = 2.755729806860771e-6;
const S5 = -2.5022014848318398e-8;
const SN3 = -1 / 6;
const SN5 = 1 / 120;
const CS2 = 0.5;
const CS4 = -1 / 24;
const CS6 = 1 / 720;
/** 1.5 * 2**45: adding it rounds |x| to a multiple of 1/128 whose index is the low word. */
const BIG = 52776558133248.0;
/** pi/2 as a double and the rest. */
const HP0 = 1.5707963267948966;
const HP1 = 6.123233995736766e-17;
/** pi/2 in pieces for the reduction of |x| < 105414350 (MP1, MP2 short so xn * MPi is exact). */
const MP1 = 1.5707963407039642;
const MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814;
const TOINT = 6755399441055744.0;

/** The table index (times four) of |x| rounded to a multiple of 1/128, from `u = BIG + |x|`. */
function tableIndex(u: number): number {
  scratch[0] = u;
  return words[LOW]! << 2;
}

/** sin(x + dx) by its Taylor series (|x| < 0.126), fused as GCC fuses glibc's TAYLOR_SIN. */
function taylorSin(xx: number, x: number, dx: number): number {
  const poly = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  const t = fma(fma(poly, x, -0.5 * dx), xx, dx);
  return x + t;
}

/** sin(x + dx) for |x| < 0.855469 (glibc's do_sin). */
function kernelSin(x: number, dx: number): number {
  const magnitude = Math.abs(x);
  if (magnitude < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const u = BIG + magnitude;
  const r = magnitude - (u - BIG);
  const rr = r * r;
  const s = r + fma(r * rr, fma(rr, SN5, SN3), dx);
  const c = fma(r, dx, rr * fma(rr, fma(rr, CS6, CS4), CS2));
  const k = tableIndex(u);
  const sn = SINCOS_TABLE[k]!;
  const ssn = SINCOS_TABLE[k + 1]!;
  const cs = SINCOS_TABLE[k + 2]!;
  const ccs = SINCOS_TABLE[k + 3]!;
  const correction = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  const result = sn + correction;
  return x < 0 || Object.is(x, -0) ? -result : result;
}

/** cos(x + dx) for |x| < 0.855469 (glibc's do_cos). */
function kernelCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  const r = Math.abs(x) - (u - BIG) + dx;
  const rr = r * r;
  const s = fma(r * rr, fma(rr, SN5, SN3), r);
  const c = rr * fma(rr, fma(rr, CS6, CS4), CS2);
  const k = tableIndex(u);
  const sn = SINCOS_TABLE[k]!;
  const ssn = SINCOS_TABLE[k + 1]!;
  const cs = SINCOS_TABLE[k + 2]!;
  const ccs = SINCOS_TABLE[k + 3]!;
  const correction = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + correction;
}

/** Set by reduceSmall: the low part of the reduced argument and n mod 4. */
let reducedTail = 0;
let reducedQuadrant = 0;

/** x = n*pi/2 + (a + reducedTail) for 2.426265 < |x| < 105414350; returns a (no array). */
function reduceSmall(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  scratch[0] = t;
  reducedQuadrant = words[LOW]! & 3;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  reducedTail = db;
  return b;
}

/** sin (quadrant even) or cos (odd) of a + da, negated for quadrants 2 and 3 (glibc's do_sincos). */
function quadrantValue(a: number, da: number, quadrant: number): number {
  const value = (quadrant & 1) !== 0 ? kernelCos(a, da) : kernelSin(a, da);
  return (quadrant & 2) !== 0 ? -value : value;
}

/**
 * Reduction of huge arguments (|x| >= 105414350) to [n mod 4, a, da] with x = n*pi/2 + a + da;
 * supplied by the caller (exact, where glibc's branred is accurate to about 2**-100).
 */
export type HugeReduction = (x: number) => [number, number, number];

/** glibc's sin(x). */
export function glibcSin(x: number, reduceHuge: HugeReduction): number {
  scratch[0] = x;
  const k = words[HIGH]! & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return kernelSin(x, 0);
  if (k < 0x400368fd) {
    const value = kernelCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -value : value;
  }
  if (k < 0x419921fb) {
    const a = reduceSmall(x);
    return quadrantValue(a, reducedTail, reducedQuadrant);
  }
  if (k < 0x7ff00000) {
    const [quadrant, a, da] = reduceHuge(x);
    return quadrantValue(a, da, quadrant);
  }
  return Number.NaN;
}

/** glibc's cos(x). */
export function glibcCos(x: number, reduceHuge: HugeReduction): number {
  scratch[0] = x;
  const k = words[HIGH]! & 0x7fffffff;
  if (k < 0x3e400000) return 1;
  if (k < 0x3feb6000) return kernelCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return kernelSin(a, da);
  }
  if (k < 0x419921fb) {
    const a = reduceSmall(x);
    return quadrantValue(a, reducedTail, reducedQuadrant + 1);
  }
  if (k < 0x7ff00000) {
    const [quadrant, a, da] = reduceHuge(x);
    return quadrantValue(a, da, quadrant + 1);
  }
  return Number.NaN;
}
