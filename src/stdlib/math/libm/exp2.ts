// exp2(x) as glibc 2.36 computes it (2**(k/128) from the shared table times a degree-5 polynomial
// in r; glibc builds it without FMA). Errors are the callers' job.

import { powerOfTwo } from '../float-bits.js';
import { EXP_TABLE_HEAD, EXP_TABLE_TAIL } from './exp-table.js';

const SHIFT = 52776558133248; // 0x1.8p52 / 128
const C1 = Math.LN2; // 0x1.62e42fefa39efp-1
const C2 = 0.24022650695909065; // 0x1.ebfbdff82c424p-3
const C3 = 0.0555041086686087; // 0x1.c6b08d70cf4b5p-5
const C4 = 0.009618131975721055; // 0x1.3b2abd24650ccp-7
const C5 = 0.0013332074570119598; // 0x1.5d7e09b4e3a84p-10

function exp2SpecialCase(tmp: number, k: number, index: number): number {
  const quotient = Math.floor(k / 128);
  if (k >= 0) {
    const scale = EXP_TABLE_HEAD[index]! * powerOfTwo(quotient - 1);
    return 2 * (scale + scale * tmp);
  }
  const scale = EXP_TABLE_HEAD[index]! * powerOfTwo(quotient + 1022);
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1) {
    let lo = scale - y + product;
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** glibc's exp2(x). */
export function glibcExp2(x: number): number {
  if (Number.isNaN(x)) return x;
  const abs = Math.abs(x);
  let special = false;
  if (!(abs >= 5.551115123125783e-17 && abs < 512)) {
    if (abs < 5.551115123125783e-17) return 1 + x;
    if (abs >= 1024) {
      if (x === -Infinity) return 0;
      if (!Number.isFinite(x)) return 1 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (abs > 928) special = true;
  }
  let kd = x + SHIFT;
  kd -= SHIFT;
  const k = Math.round(kd * 128);
  const r = x - kd;
  const index = k & 127;
  const tail = EXP_TABLE_TAIL[index]!;
  const r2 = r * r;
  const tmp = tail + r * C1 + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  if (special) return exp2SpecialCase(tmp, k, index);
  const scale = EXP_TABLE_HEAD[index]! * powerOfTwo(Math.floor(k / 128));
  return scale + scale * tmp;
}
