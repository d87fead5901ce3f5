// The fdlibm-derived functions of glibc 2.36 (built without FMA): expm1, log1p, log10, sinh, cosh,
// tanh, asinh, acosh, atanh, with glibc's evaluation order, on top of the glibc-faithful exp and
// the correctly rounded log.

import { highWord, ldexp, lowWord, withHighWord } from '../float-bits.js';
import { crLog } from './cr-exp-log.js';
import { glibcExp } from './exp.js';

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = Math.LOG2E;
const LN2 = Math.LN2;
const TWO54 = 1.8014398509481984e16;

const Q1 = -0.03333333333333313;
const Q2 = 0.0015873015872548146;
const Q3 = -7.93650757867488e-5;
const Q4 = 4.008217827329362e-6;
const Q5 = -2.0109921818362437e-7;

function ieeeLog(x: number): number {
  if (x > 0 && x < Infinity) return crLog(x);
  if (x === 0) return -Infinity;
  if (x === Infinity || Number.isNaN(x)) return x;
  return Number.NaN;
}

/** glibc's expm1(x). */
export function glibcExpm1(x: number): number {
  let hx = highWord(x);
  const negative = (hx & 0x80000000) !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    if (hx >= 0x40862e42) {
      if (hx >= 0x7ff00000) {
        if (Number.isNaN(x)) return x + x;
        return negative ? -1 : x;
      }
      if (x > 709.782712893384) return Infinity;
    }
    if (negative) return 1e-300 - 1;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1a = 1 + hxs * Q1;
  const h2 = hxs * hxs;
  const r2 = Q2 + hxs * Q3;
  const h4 = h2 * h2;
  const r3 = Q4 + hxs * Q5;
  const r1 = r1a + h2 * r2 + h4 * r3;
  const t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    const y = 1 - (e - x);
    return ldexp(y, k) - 1;
  }
  if (k < 20) {
    const t1 = withHighWord(0, 0x3ff00000 - (0x200000 >> k));
    const y = t1 - (e - x);
    return ldexp(y, k);
  }
  const t2 = withHighWord(0, (0x3ff - k) << 20);
  let y = x - (e + t2);
  y += 1;
  return ldexp(y, k);
}

const LP1 = 0.6666666666666735;
const LP2 = 0.3999999999940942;
const LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784;
const LP5 = 0.1818357216161805;
const LP6 = 0.15313837699209373;
const LP7 = 0.14798198605116586;

/** glibc's log1p(x). */
export function glibcLog1p(x: number): number {
  const hx = highWord(x) | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) {
      if (x === -1) return -Infinity;
      return Number.NaN;
    }
    if (ax < 0x3e200000) {
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHighWord(u, hu | 0x3ff00000);
    } else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const r = hfsq * (1 - 0.6666666666666666 * f);
    if (k === 0) return f - r;
    return k * LN2_HI - (r - (k * LN2_LO + c) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r1 = z * LP1;
  const z2 = z * z;
  const r2 = LP2 + z * LP3;
  const z4 = z2 * z2;
  const r3 = LP4 + z * LP5;
  const z6 = z4 * z2;
  const r4 = LP6 + z * LP7;
  const r = r1 + z2 * r2 + z4 * r3 + z6 * r4;
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + (k * LN2_LO + c)) - f);
}

const IVLN10 = Math.LOG10E;
const LOG10_2HI = 0.30102999566361177;
const LOG10_2LO = 3.694239077158931e-13;

/** glibc's log10(x). */
export function glibcLog10(x: number): number {
  let k = 0;
  if (!(x >= 2.2250738585072014e-308)) {
    if (x === 0) return -Infinity;
    if (x < 0 || Number.isNaN(x)) return Number.NaN;
    k -= 54;
    x *= TWO54;
  }
  if (x === Infinity) return x;
  let high = highWord(x);
  k += (high >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  high = (high & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  const mantissa = withHighWord(x, high);
  const z = y * LOG10_2LO + IVLN10 * ieeeLog(mantissa);
  return z + y * LOG10_2HI;
}

/** glibc's sinh(x). */
export function glibcSinh(x: number): number {
  const jx = highWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000 && 1e307 + x > 1) return x;
    const t = glibcExpm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * glibcExp(Math.abs(x));
  const lx = lowWord(x);
  if (ix < 0x408633ce || (ix === 0x408633ce && lx <= 0x8fb9f87d)) {
    const w = glibcExp(0.5 * Math.abs(x));
    const t = h * w;
    return t * w;
  }
  return x * 1e307;
}

/** glibc's cosh(x). */
export function glibcCosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = glibcExpm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = glibcExp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * glibcExp(Math.abs(x));
  const ax = Math.abs(x);
  if (ax <= 710.4758600739439) {
    const w = glibcExp(0.5 * ax);
    const t = 0.5 * w;
    return t * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** glibc's tanh(x). */
export function glibcTanh(x: number): number {
  const jx = highWord(x) | 0;
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (jx >= 0) return 1 / x + 1;
    return 1 / x - 1;
  }
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = glibcExpm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = glibcExpm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else {
    z = 1 - 1e-300;
  }
  return jx >= 0 ? z : -z;
}

/** glibc's asinh(x). */
export function glibcAsinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000 && 1e300 + x > 1) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = ieeeLog(Math.abs(x)) + LN2;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = ieeeLog(2 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = glibcLog1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return x < 0 || Object.is(x, -0) ? -Math.abs(w) : Math.abs(w);
}

/** glibc's acosh(x). */
export function glibcAcosh(x: number): number {
  if (x > 2) {
    if (x >= 268435456) {
      if (!Number.isFinite(x)) return x + x;
      return ieeeLog(x) + LN2;
    }
    const t = x * x;
    return ieeeLog(2 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  if (x > 1) {
    const t = x - 1;
    return glibcLog1p(t + Math.sqrt(2 * t + t * t));
  }
  if (x === 1) return 0;
  return Number.NaN;
}

/** glibc's atanh(x). */
export function glibcAtanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x;
    t = xa + xa;
    t = 0.5 * glibcLog1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * glibcLog1p((xa + xa) / (1 - xa));
  } else {
    if (xa > 1) return Number.NaN;
    if (Number.isNaN(x)) return x;
    return x / 0;
  }
  return x < 0 ? -t : t;
}
