// CPython 3.11's cmath functions on (real, imag) pairs: the same formulas, overflow-avoiding
// branches and C99 Annex G special values, raising "math domain error" / "math range error" where
// CPython does. Complex objects and argument coercion are the module layer's.

import { PythonError } from '../../objects/python-error.js';
import { copySign, ldexp } from '../math/float-bits.js';
import {
  libmAsinh,
  libmAtan2,
  libmCos,
  libmCosh,
  libmExp,
  libmHypot,
  libmLog,
  libmLog1p,
  libmSin,
  libmSinh,
  libmTan,
  libmTanh,
} from '../math/libm.js';
import * as special from './special-values.js';

/** A complex value as (real, imag). */
export type Complex = [number, number];

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const SCALE_UP = 53;
const SCALE_DOWN = -27;
const LN2 = Math.LN2;
const LN10 = Math.LN10;

let cachedLogLarge: number | undefined;
function logLarge(): number {
  cachedLogLarge ??= libmLog(LARGE);
  return cachedLogLarge;
}

function isInfinite(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

function domainError(): PythonError {
  return new PythonError('ValueError', 'math domain error');
}

function rangeError(): PythonError {
  return new PythonError('OverflowError', 'math range error');
}

function log1p(x: number): number {
  return x === 0 ? x : libmLog1p(x);
}

/** cmath.sqrt(z) */
export function sqrt(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return special.lookup(special.SQRT, real, imag);
  }
  if (real === 0 && imag === 0) return [0, imag];
  let ax = Math.abs(real);
  const ay = Math.abs(imag);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot would be subnormal: rescale.
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + libmHypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libmHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (real >= 0) return [s, copySign(d, imag)];
  return [d, copySign(s, imag)];
}

/** c_log without its errno: the value and whether C would have set EDOM. */
function logValue(real: number, imag: number): { value: Complex; domain: boolean } {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return { value: special.lookup(special.LOG, real, imag), domain: false };
  }
  const ax = Math.abs(real);
  const ay = Math.abs(imag);
  let re: number;
  if (ax > LARGE || ay > LARGE) {
    re = libmLog(libmHypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      re = libmLog(libmHypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    } else {
      return { value: [-Infinity, libmAtan2(imag, real)], domain: true };
    }
  } else {
    const h = libmHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = libmLog(h);
    }
  }
  return { value: [re, libmAtan2(imag, real)], domain: false };
}

/** CPython's _Py_c_quot, with EDOM for division by zero. */
function quotient(a: Complex, b: Complex): { value: Complex; domain: boolean } {
  const absReal = Math.abs(b[0]);
  const absImag = Math.abs(b[1]);
  if (absReal >= absImag) {
    if (absReal === 0) return { value: [0, 0], domain: true };
    const ratio = b[1] / b[0];
    const denominator = b[0] + b[1] * ratio;
    return {
      value: [(a[0] + a[1] * ratio) / denominator, (a[1] - a[0] * ratio) / denominator],
      domain: false,
    };
  }
  if (absImag >= absReal) {
    const ratio = b[0] / b[1];
    const denominator = b[0] * ratio + b[1];
    return {
      value: [(a[0] * ratio + a[1]) / denominator, (a[1] * ratio - a[0]) / denominator],
      domain: false,
    };
  }
  return { value: [Number.NaN, Number.NaN], domain: false };
}

/** cmath.log(z) or cmath.log(z, base). */
export function log(real: number, imag: number, base?: Complex): Complex {
  const x = logValue(real, imag);
  let result = x.value;
  let domain = x.domain;
  if (base !== undefined) {
    const y = logValue(base[0], base[1]);
    const q = quotient(result, y.value);
    result = q.value;
    // c_log(base) resets errno, so only its EDOM and the division's count.
    domain = y.domain || q.domain;
  }
  if (domain) throw domainError();
  return result;
}

/** cmath.log10(z) */
export function log10(real: number, imag: number): Complex {
  const x = logValue(real, imag);
  if (x.domain) throw domainError();
  return [x.value[0] / LN10, x.value[1] / LN10];
}

/** cmath.acos(z) */
export function acos(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return special.lookup(special.ACOS, real, imag);
  }
  if (Math.abs(real) > LARGE || Math.abs(imag) > LARGE) {
    return [
      libmAtan2(Math.abs(imag), real),
      -copySign(libmLog(libmHypot(real / 2, imag / 2)) + LN2 * 2, imag),
    ];
  }
  const s1 = sqrt(1 - real, -imag);
  const s2 = sqrt(1 + real, imag);
  return [2 * libmAtan2(s1[0], s2[0]), libmAsinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

/** cmath.acosh(z) */
export function acosh(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return special.lookup(special.ACOSH, real, imag);
  }
  if (Math.abs(real) > LARGE || Math.abs(imag) > LARGE) {
    return [libmLog(libmHypot(real / 2, imag / 2)) + LN2 * 2, libmAtan2(imag, real)];
  }
  const s1 = sqrt(real - 1, imag);
  const s2 = sqrt(real + 1, imag);
  return [libmAsinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libmAtan2(s1[1], s2[0])];
}

/** cmath.asinh(z) */
export function asinh(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return special.lookup(special.ASINH, real, imag);
  }
  if (Math.abs(real) > LARGE || Math.abs(imag) > LARGE) {
    const magnitude = libmLog(libmHypot(real / 2, imag / 2)) + LN2 * 2;
    const re = imag >= 0 ? copySign(magnitude, real) : -copySign(magnitude, -real);
    return [re, libmAtan2(imag, Math.abs(real))];
  }
  const s1 = sqrt(1 + imag, -real);
  const s2 = sqrt(1 - imag, real);
  return [libmAsinh(s1[0] * s2[1] - s2[0] * s1[1]), libmAtan2(imag, s1[0] * s2[0] - s1[1] * s2[1])];
}

/** cmath.asin(z) = -i asinh(iz) */
export function asin(real: number, imag: number): Complex {
  const s = asinh(-imag, real);
  return [s[1], -s[0]];
}

/** cmath.atanh(z) */
export function atanh(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    return special.lookup(special.ATANH, real, imag);
  }
  if (real < 0) {
    const r = atanh(-real, -imag);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(imag);
  if (real > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = libmHypot(real / 2, imag / 2);
    return [real / 4 / h / h, copySign(Math.PI / 2, imag)];
  }
  if (real === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) throw domainError();
    return [
      -libmLog(Math.sqrt(ay) / Math.sqrt(libmHypot(ay, 2))),
      copySign(libmAtan2(2, -ay) / 2, imag),
    ];
  }
  return [
    log1p((4 * real) / ((1 - real) * (1 - real) + ay * ay)) / 4,
    -libmAtan2(-2 * imag, (1 - real) * (1 + real) - ay * ay) / 2,
  ];
}

/** cmath.atan(z) = -i atanh(iz) */
export function atan(real: number, imag: number): Complex {
  const s = atanh(-imag, real);
  return [s[1], -s[0]];
}

/** cmath.cosh(z) */
export function cosh(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    let r: Complex;
    if (isInfinite(real) && Number.isFinite(imag) && imag !== 0) {
      if (real > 0) r = [copySign(Infinity, libmCos(imag)), copySign(Infinity, libmSin(imag))];
      else r = [copySign(Infinity, libmCos(imag)), -copySign(Infinity, libmSin(imag))];
    } else {
      r = special.lookup(special.COSH, real, imag);
    }
    if (isInfinite(imag) && !Number.isNaN(real)) throw domainError();
    return r;
  }
  let r: Complex;
  if (Math.abs(real) > logLarge()) {
    const xMinusOne = real - copySign(1, real);
    r = [
      libmCos(imag) * libmCosh(xMinusOne) * Math.E,
      libmSin(imag) * libmSinh(xMinusOne) * Math.E,
    ];
  } else {
    r = [libmCos(imag) * libmCosh(real), libmSin(imag) * libmSinh(real)];
  }
  if (isInfinite(r[0]) || isInfinite(r[1])) throw rangeError();
  return r;
}

/** cmath.cos(z) = cosh(iz) */
export function cos(real: number, imag: number): Complex {
  return cosh(-imag, real);
}

/** cmath.sinh(z) */
export function sinh(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    let r: Complex;
    if (isInfinite(real) && Number.isFinite(imag) && imag !== 0) {
      if (real > 0) r = [copySign(Infinity, libmCos(imag)), copySign(Infinity, libmSin(imag))];
      else r = [-copySign(Infinity, libmCos(imag)), copySign(Infinity, libmSin(imag))];
    } else {
      r = special.lookup(special.SINH, real, imag);
    }
    if (isInfinite(imag) && !Number.isNaN(real)) throw domainError();
    return r;
  }
  let r: Complex;
  if (Math.abs(real) > logLarge()) {
    const xMinusOne = real - copySign(1, real);
    r = [
      libmCos(imag) * libmSinh(xMinusOne) * Math.E,
      libmSin(imag) * libmCosh(xMinusOne) * Math.E,
    ];
  } else {
    r = [libmCos(imag) * libmSinh(real), libmSin(imag) * libmCosh(real)];
  }
  if (isInfinite(r[0]) || isInfinite(r[1])) throw rangeError();
  return r;
}

/** cmath.sin(z) = -i sinh(iz) */
export function sin(real: number, imag: number): Complex {
  const s = sinh(-imag, real);
  return [s[1], -s[0]];
}

/** cmath.tanh(z) */
export function tanh(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    let r: Complex;
    if (isInfinite(real) && Number.isFinite(imag) && imag !== 0) {
      const sign = copySign(0, 2 * libmSin(imag) * libmCos(imag));
      r = [real > 0 ? 1 : -1, sign];
    } else {
      r = special.lookup(special.TANH, real, imag);
    }
    if (isInfinite(imag) && Number.isFinite(real)) throw domainError();
    return r;
  }
  if (Math.abs(real) > logLarge()) {
    return [copySign(1, real), 4 * libmSin(imag) * libmCos(imag) * libmExp(-2 * Math.abs(real))];
  }
  const tx = libmTanh(real);
  const ty = libmTan(imag);
  const cx = 1 / libmCosh(real);
  const txty = tx * ty;
  const denominator = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denominator, (ty / denominator) * cx * cx];
}

/** cmath.tan(z) = -i tanh(iz) */
export function tan(real: number, imag: number): Complex {
  const s = tanh(-imag, real);
  return [s[1], -s[0]];
}

/** cmath.exp(z) */
export function exp(real: number, imag: number): Complex {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    let r: Complex;
    if (isInfinite(real) && Number.isFinite(imag) && imag !== 0) {
      if (real > 0) r = [copySign(Infinity, libmCos(imag)), copySign(Infinity, libmSin(imag))];
      else r = [copySign(0, libmCos(imag)), copySign(0, libmSin(imag))];
    } else {
      r = special.lookup(special.EXP, real, imag);
    }
    if (isInfinite(imag) && (Number.isFinite(real) || real === Infinity)) throw domainError();
    return r;
  }
  let r: Complex;
  if (real > logLarge()) {
    const l = libmExp(real - 1);
    r = [l * libmCos(imag) * Math.E, l * libmSin(imag) * Math.E];
  } else {
    const l = libmExp(real);
    r = [l * libmCos(imag), l * libmSin(imag)];
  }
  if (isInfinite(r[0]) || isInfinite(r[1])) throw rangeError();
  return r;
}

/**
 * abs(z) as CPython's _Py_c_abs: infinities win over NaNs. An infinite result from finite parts
 * is an overflow the caller reports (builtin abs: OverflowError "absolute value too large").
 */
export function abs(real: number, imag: number): number {
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    if (isInfinite(real)) return Math.abs(real);
    if (isInfinite(imag)) return Math.abs(imag);
    return Number.NaN;
  }
  return libmHypot(real, imag);
}

/** cmath.phase(z) */
export function phase(real: number, imag: number): number {
  return libmAtan2(imag, real);
}

/** cmath.polar(z): (abs(z), phase(z)); OverflowError "math range error" if abs overflows. */
export function polar(real: number, imag: number): [number, number] {
  const phi = libmAtan2(imag, real);
  let r: number;
  if (!Number.isFinite(real) || !Number.isFinite(imag)) {
    r = abs(real, imag);
  } else {
    r = libmHypot(real, imag);
    if (!Number.isFinite(r)) throw rangeError();
  }
  return [r, phi];
}

/** cmath.rect(r, phi) */
export function rect(r: number, phi: number): Complex {
  if (!Number.isFinite(r) || !Number.isFinite(phi)) {
    let z: Complex;
    if (isInfinite(r) && Number.isFinite(phi) && phi !== 0) {
      if (r > 0) z = [copySign(Infinity, libmCos(phi)), copySign(Infinity, libmSin(phi))];
      else z = [-copySign(Infinity, libmCos(phi)), -copySign(Infinity, libmSin(phi))];
    } else {
      z = special.lookup(special.RECT, r, phi);
    }
    if (r !== 0 && !Number.isNaN(r) && isInfinite(phi)) throw domainError();
    return z;
  }
  if (phi === 0) return [r, r * phi];
  return [r * libmCos(phi), r * libmSin(phi)];
}

/** cmath.isfinite(z) */
export function isfinite(real: number, imag: number): boolean {
  return Number.isFinite(real) && Number.isFinite(imag);
}

/** cmath.isnan(z) */
export function isnan(real: number, imag: number): boolean {
  return Number.isNaN(real) || Number.isNaN(imag);
}

/** cmath.isinf(z) */
export function isinf(real: number, imag: number): boolean {
  return isInfinite(real) || isInfinite(imag);
}

/** cmath.isclose(a, b, rel_tol, abs_tol). ValueError "tolerances must be non-negative". */
export function isclose(a: Complex, b: Complex, relTol = 1e-9, absTol = 0): boolean {
  if (relTol < 0 || absTol < 0) {
    throw new PythonError('ValueError', 'tolerances must be non-negative');
  }
  if (a[0] === b[0] && a[1] === b[1]) return true;
  if (isInfinite(a[0]) || isInfinite(a[1]) || isInfinite(b[0]) || isInfinite(b[1])) return false;
  const diff = abs(a[0] - b[0], a[1] - b[1]);
  return diff <= relTol * abs(b[0], b[1]) || diff <= relTol * abs(a[0], a[1]) || diff <= absTol;
}

/** cmath.pi, e, tau, inf, nan */
export const CONSTANTS = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: Number.NaN,
} as const;

/** cmath.infj and cmath.nanj as (real, imag). */
export const INFJ: Complex = [0, Infinity];
/** cmath.nanj as (real, imag). */
export const NANJ: Complex = [0, Number.NaN];
