// The C library functions CPython's math, cmath and random call, in one place. Each entry is either
// a port of glibc 2.36's algorithm (x86-64, with the FMA ifuncs' fused operations) that reproduces
// it bit for bit, or a correctly rounded implementation where glibc's own is correctly rounded in
// all but rare cases (log, log2, tan, the inverse trigonometric functions). C99 Annex F special
// values; Python errors are the callers' job.

import { glibcCbrt } from './libm/cbrt.js';
import { crLog, crLog2 } from './libm/cr-exp-log.js';
import { crAcos, crAsin, crAtan, crAtan2, crTan, reduceHalfPi } from './libm/cr-trig.js';
import { glibcErf, glibcErfc } from './libm/erf.js';
import { glibcExp } from './libm/exp.js';
import { glibcExp2 } from './libm/exp2.js';
import {
  glibcAcosh,
  glibcAsinh,
  glibcAtanh,
  glibcCosh,
  glibcExpm1,
  glibcLog1p,
  glibcLog10,
  glibcSinh,
  glibcTanh,
} from './libm/fdlibm.js';
import { glibcHypot } from './libm/hypot.js';
import { glibcPow } from './libm/pow.js';
import { glibcCos, glibcSin } from './libm/sin-cos.js';

/** C exp(x). */
export const libmExp: (x: number) => number = glibcExp;
/** C99 log-family results for the inputs outside (0, inf): NaN, 0, negatives, infinity. */
function logSpecial(x: number): number | undefined {
  if (x > 0 && x < Infinity) return undefined;
  if (x === 0) return -Infinity;
  if (x === Infinity || Number.isNaN(x)) return x;
  return Number.NaN;
}

/** C log(x). */
export function libmLog(x: number): number {
  return logSpecial(x) ?? crLog(x);
}
/** C log2(x). */
export function libmLog2(x: number): number {
  return logSpecial(x) ?? crLog2(x);
}
/** C log10(x). */
export const libmLog10: (x: number) => number = glibcLog10;
/** C log1p(x). */
export const libmLog1p: (x: number) => number = glibcLog1p;
/** C expm1(x). */
export const libmExpm1: (x: number) => number = glibcExpm1;
/** C exp2(x). */
export const libmExp2: (x: number) => number = glibcExp2;
/** C pow(x, y), C99 special values included (a negative x with a non-integer y gives NaN). */
export const libmPow: (x: number, y: number) => number = glibcPow;
/** C sin(x). */
export function libmSin(x: number): number {
  return glibcSin(x, reduceHalfPi);
}
/** C cos(x). */
export function libmCos(x: number): number {
  return glibcCos(x, reduceHalfPi);
}
/** C tan(x). */
export const libmTan: (x: number) => number = crTan;
/** C asin(x). */
export const libmAsin: (x: number) => number = crAsin;
/** C acos(x). */
export const libmAcos: (x: number) => number = crAcos;
/** C atan(x). */
export const libmAtan: (x: number) => number = crAtan;
/** C atan2(y, x). */
export const libmAtan2: (y: number, x: number) => number = crAtan2;
/** C sinh(x). */
export const libmSinh: (x: number) => number = glibcSinh;
/** C cosh(x). */
export const libmCosh: (x: number) => number = glibcCosh;
/** C tanh(x). */
export const libmTanh: (x: number) => number = glibcTanh;
/** C asinh(x). */
export const libmAsinh: (x: number) => number = glibcAsinh;
/** C acosh(x). */
export const libmAcosh: (x: number) => number = glibcAcosh;
/** C atanh(x). */
export const libmAtanh: (x: number) => number = glibcAtanh;
/** C cbrt(x). */
export const libmCbrt: (x: number) => number = glibcCbrt;
/** C erf(x). */
export const libmErf: (x: number) => number = glibcErf;
/** C erfc(x). */
export const libmErfc: (x: number) => number = glibcErfc;
/** C hypot(x, y). */
export const libmHypot: (x: number, y: number) => number = glibcHypot;
