// The C library functions CPython's math, cmath and random call, in one place. Each entry is either
// a port that reproduces glibc 2.36 (x86-64, FMA ifuncs) bit for bit, or the host's Math function
// where no port exists yet. Special values follow C99 Annex F; Python errors are the callers' job.

import { glibcCbrt } from './libm/cbrt.js';
import { glibcErf, glibcErfc } from './libm/erf.js';
import { glibcExp } from './libm/exp.js';
import { glibcHypot } from './libm/hypot.js';

/** C exp(x). */
export const libmExp: (x: number) => number = glibcExp;
/** C log(x) for x > 0 (callers handle zero, negatives and specials). */
export const libmLog: (x: number) => number = Math.log;
/** C log2(x). */
export const libmLog2: (x: number) => number = Math.log2;
/** C log10(x). */
export const libmLog10: (x: number) => number = Math.log10;
/** C log1p(x). */
export const libmLog1p: (x: number) => number = Math.log1p;
/** C expm1(x). */
export const libmExpm1: (x: number) => number = Math.expm1;
/** C exp2(x). */
export const libmExp2 = (x: number): number => 2 ** x;
/** C pow(x, y) for finite x and y (math.pow and float ** handle the special values first). */
export const libmPow: (x: number, y: number) => number = Math.pow;
/** C sin(x). */
export const libmSin: (x: number) => number = Math.sin;
/** C cos(x). */
export const libmCos: (x: number) => number = Math.cos;
/** C tan(x). */
export const libmTan: (x: number) => number = Math.tan;
/** C asin(x). */
export const libmAsin: (x: number) => number = Math.asin;
/** C acos(x). */
export const libmAcos: (x: number) => number = Math.acos;
/** C atan(x). */
export const libmAtan: (x: number) => number = Math.atan;
/** C atan2(y, x). */
export const libmAtan2: (y: number, x: number) => number = Math.atan2;
/** C sinh(x). */
export const libmSinh: (x: number) => number = Math.sinh;
/** C cosh(x). */
export const libmCosh: (x: number) => number = Math.cosh;
/** C tanh(x). */
export const libmTanh: (x: number) => number = Math.tanh;
/** C asinh(x). */
export const libmAsinh: (x: number) => number = Math.asinh;
/** C acosh(x). */
export const libmAcosh: (x: number) => number = Math.acosh;
/** C atanh(x). */
export const libmAtanh: (x: number) => number = Math.atanh;
/** C cbrt(x). */
export const libmCbrt: (x: number) => number = glibcCbrt;
/** C erf(x). */
export const libmErf: (x: number) => number = glibcErf;
/** C erfc(x). */
export const libmErfc: (x: number) => number = glibcErfc;
/** C hypot(x, y). */
export const libmHypot: (x: number, y: number) => number = glibcHypot;
