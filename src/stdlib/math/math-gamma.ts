// CPython 3.11's own gamma and lgamma (Lanczos approximation, N=13, g=6.0246800407767296, with the
// reflection formula for negative x); error signalling is left to math-functions.ts.

import { copySign, roundHalfAway } from './float-bits.js';
import { libmCos, libmExp, libmLog, libmPow, libmSin } from './libm.js';

const PI = Math.PI;
const LOG_PI = 1.1447298858494002;
const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;

// Numerator coefficients of the Lanczos sum as a rational function (values as CPython uses them).
const LANCZOS_NUMERATOR = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725,
  186056.26539522348, 8071.672002365816, 210.82427775157936, 2.5066282746310002,
] as const;

// Denominator: x * (x+1) * ... * (x+11) expanded.
const LANCZOS_DENOMINATOR = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0,
] as const;

/** Gamma(n) for n = 1..23, exactly representable. */
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 1.21645100408832e17, 2.43290200817664e18, 5.109094217170944e19,
  1.1240007277776077e21,
] as const;

function lanczosSum(x: number): number {
  let numerator = 0;
  let denominator = 0;
  // For large x evaluate as a rational function of 1/x to avoid overflow.
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      numerator = numerator * x + LANCZOS_NUMERATOR[i]!;
      denominator = denominator * x + LANCZOS_DENOMINATOR[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      numerator = numerator / x + LANCZOS_NUMERATOR[i]!;
      denominator = denominator / x + LANCZOS_DENOMINATOR[i]!;
    }
  }
  return numerator / denominator;
}

/** sin(pi * x), accurate near integers; finite x only. */
export function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const quadrant = roundHalfAway(2 * y);
  let result: number;
  switch (quadrant) {
    case 0:
      result = libmSin(PI * y);
      break;
    case 1:
      result = libmCos(PI * (y - 0.5));
      break;
    case 2:
      // -sin(pi*(y-1)) would give -0.0 at y == 1.
      result = libmSin(PI * (1 - y));
      break;
    case 3:
      result = -libmCos(PI * (y - 1.5));
      break;
    default:
      result = libmSin(PI * (y - 2));
      break;
  }
  return copySign(1, x) * result;
}

/** How a gamma-family result must be reported (C errno as CPython's math_1a reads it). */
export type GammaSignal = 'ok' | 'domain' | 'range';

/** The result and errno-equivalent of CPython's m_tgamma / m_lgamma. */
export interface GammaResult {
  value: number;
  signal: GammaSignal;
}

/** CPython's m_tgamma: the value and whether C would have set EDOM or ERANGE. */
export function tgamma(x: number): GammaResult {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return { value: x, signal: 'ok' };
    return { value: Number.NaN, signal: 'domain' };
  }
  if (x === 0) return { value: copySign(Infinity, x), signal: 'domain' };
  if (x === Math.floor(x)) {
    if (x < 0) return { value: Number.NaN, signal: 'domain' };
    if (x <= 23) return { value: GAMMA_INTEGRAL[x - 1]!, signal: 'ok' };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    return { value: r, signal: Number.isFinite(r) ? 'ok' : 'range' };
  }
  if (absx > 200) {
    if (x < 0) return { value: 0 / sinPi(x), signal: 'ok' };
    return { value: Infinity, signal: 'range' };
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, to correct pow/exp by (1 + z).
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-PI / sinPi(absx) / absx) * libmExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return { value: r, signal: Number.isFinite(r) ? 'ok' : 'range' };
}

/** CPython's m_lgamma: log|Gamma(x)| and whether C would have set EDOM or ERANGE. */
export function lgamma(x: number): GammaResult {
  if (!Number.isFinite(x)) {
    return { value: Number.isNaN(x) ? x : Infinity, signal: 'ok' };
  }
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) return { value: Infinity, signal: 'domain' };
    return { value: 0, signal: 'ok' };
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return { value: -libmLog(absx), signal: 'ok' };
  let r = libmLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libmLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) {
    // Reflection formula.
    r = LOG_PI - libmLog(Math.abs(sinPi(absx))) - libmLog(absx) - r;
  }
  return { value: r, signal: Number.isFinite(r) ? 'ok' : 'range' };
}
