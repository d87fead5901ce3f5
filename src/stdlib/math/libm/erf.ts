// erf and erfc as glibc 2.36 computes them (the Sun fdlibm rational approximations, built without
// FMA), so math.erf/math.erfc match CPython on glibc to the last bit given a matching exp.

import { highWord, withLowWord } from '../float-bits.js';
import { glibcExp } from './exp.js';

const TINY = 1e-300;
const ERX = 0.8450629115104675;
const EFX = 0.1283791670955126;

// Coefficients for |x| < 0.84375.
const PP0 = 0.12837916709551256;
const PP1 = -0.3250421072470015;
const PP2 = -0.02848174957559851;
const PP3 = -0.005770270296489442;
const PP4 = -2.3763016656650163e-5;
const QQ1 = 0.39791722395915535;
const QQ2 = 0.0650222499887673;
const QQ3 = 0.005081306281875766;
const QQ4 = 0.00013249473800432164;
const QQ5 = -3.960228278775368e-6;

// Coefficients for 0.84375 <= |x| < 1.25.
const PA0 = -0.0023621185607526594;
const PA1 = 0.41485611868374833;
const PA2 = -0.3722078760357013;
const PA3 = 0.31834661990116175;
const PA4 = -0.11089469428239668;
const PA5 = 0.035478304325618236;
const PA6 = -0.002166375594868791;
const QA1 = 0.10642088040084423;
const QA2 = 0.540397917702171;
const QA3 = 0.07182865441419627;
const QA4 = 0.12617121980876164;
const QA5 = 0.01363708391202905;
const QA6 = 0.011984499846799107;

// Coefficients for 1.25 <= |x| < 1/0.35.
const RA = [
  -0.009864944034847148, -0.6938585727071818, -10.558626225323291, -62.375332450326006,
  -162.39666946257347, -184.60509290671104, -81.2874355063066, -9.814329344169145,
] as const;
const SA = [
  0, 19.651271667439257, 137.65775414351904, 434.56587747522923, 645.3872717332679,
  429.00814002756783, 108.63500554177944, 6.570249770319282, -0.0604244152148581,
] as const;

// Coefficients for |x| >= 1/0.35.
const RB = [
  -0.0098649429247001, -0.799283237680523, -17.757954917754752, -160.63638485582192,
  -637.5664433683896, -1025.0951316110772, -483.5191916086514,
] as const;
const SB = [
  0, 30.33806074348246, 325.7925129965739, 1536.729586084437, 3199.8582195085955,
  2553.0504064331644, 474.52854120695537, -22.44095244658582,
] as const;

/** The rational part erx-relative for |x| in [0.84375, 1.25): returns P/Q. */
function ratioNearOne(absx: number): number {
  const s = absx - 1;
  const p1 = PA0 + s * PA1;
  const s2 = s * s;
  const q1 = 1 + s * QA1;
  const s4 = s2 * s2;
  const p2 = PA2 + s * PA3;
  const s6 = s4 * s2;
  const q2 = QA2 + s * QA3;
  const p3 = PA4 + s * PA5;
  const q3 = QA4 + s * QA5;
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
  return p / q;
}

/** y = P/Q of the small-|x| branch, with z = x*x. */
function ratioSmall(z: number): number {
  const r1 = PP0 + z * PP1;
  const z2 = z * z;
  const r2 = PP2 + z * PP3;
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** exp(-x*x - 0.5625 + R/S) / x computed the fdlibm way, for positive x >= 1.25. */
function tailOverX(absx: number, highBits: number, cutoff: number): number {
  const s = 1 / (absx * absx);
  let big: number;
  let small: number;
  if (highBits < cutoff) {
    const r1 = RA[0] + s * RA[1];
    const s2 = s * s;
    const sum1 = 1 + s * SA[1];
    const s4 = s2 * s2;
    const r2 = RA[2] + s * RA[3];
    const s6 = s4 * s2;
    const sum2 = SA[2] + s * SA[3];
    const s8 = s4 * s4;
    const r3 = RA[4] + s * RA[5];
    const sum3 = SA[4] + s * SA[5];
    const r4 = RA[6] + s * RA[7];
    const sum4 = SA[6] + s * SA[7];
    big = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    small = sum1 + s2 * sum2 + s4 * sum3 + s6 * sum4 + s8 * SA[8];
  } else {
    const r1 = RB[0] + s * RB[1];
    const s2 = s * s;
    const sum1 = 1 + s * SB[1];
    const s4 = s2 * s2;
    const r2 = RB[2] + s * RB[3];
    const s6 = s4 * s2;
    const sum2 = SB[2] + s * SB[3];
    const r3 = RB[4] + s * RB[5];
    const sum3 = SB[4] + s * SB[5];
    const sum4 = SB[6] + s * SB[7];
    big = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
    small = sum1 + s2 * sum2 + s4 * sum3 + s6 * sum4;
  }
  const z = withLowWord(absx, 0);
  return glibcExp(-z * z - 0.5625) * glibcExp((z - absx) * (z + absx) + big / small);
}

/** glibc's erf(x). */
export function glibcErf(x: number): number {
  const hx = highWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (Number.isNaN(x)) return x;
    return x > 0 ? 1 : -1;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + 16 * EFX * x);
      return x + EFX * x;
    }
    return x + x * ratioSmall(x * x);
  }
  if (ix < 0x3ff40000) {
    const ratio = ratioNearOne(Math.abs(x));
    return hx >= 0 ? ERX + ratio : -ERX - ratio;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const absx = Math.abs(x);
  const r = tailOverX(absx, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / absx : r / absx - 1;
}

/** glibc's erfc(x). */
export function glibcErfc(x: number): number {
  const hx = highWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) {
    if (Number.isNaN(x)) return x;
    return x > 0 ? 0 : 2;
  }
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = ratioSmall(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const ratio = ratioNearOne(Math.abs(x));
    if (hx >= 0) return 1 - ERX - ratio;
    return 1 + (ERX + ratio);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const absx = Math.abs(x);
    const r = tailOverX(absx, ix, 0x4006db6d);
    return hx > 0 ? r / absx : 2 - r / absx;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}
