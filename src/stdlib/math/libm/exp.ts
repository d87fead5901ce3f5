// exp(x) as glibc 2.36's x86-64 FMA build computes it (table-driven 2**(k/128) * exp(r) with a
// degree-5 polynomial; the products GCC fuses are fused here too). Errors are the callers' job.

import { highWord, powerOfTwo } from '../float-bits.js';
import { EXP_TABLE_HEAD, EXP_TABLE_TAIL } from './exp-table.js';
import { fma } from './fma.js';

/** exp's reduction and polynomial constants (shared with pow.ts, which inlines the same exp). */
export const INV_LN2_N = Math.LOG2E * 128;
export const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
export const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
export const SHIFT = 6755399441055744; // 0x1.8p52
export const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
export const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
export const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
export const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

/**
 * The scaled result scale * (1 + tmp) when it may overflow or underflow: `k` is the reduction's
 * integer, `index` its residue mod 128.
 */
function expSpecialCase(tmp: number, k: number, index: number): number {
  const quotient = Math.floor(k / 128);
  if (k >= 0) {
    const scale = EXP_TABLE_HEAD[index]! * powerOfTwo(quotient - 1009);
    return powerOfTwo(1009) * fma(scale, tmp, scale);
  }
  const scale = EXP_TABLE_HEAD[index]! * powerOfTwo(quotient + 1022);
  // GCC fuses nothing here: the product is shared with a use in another basic block.
  const product = scale * tmp;
  let y = scale + product;
  if (y < 1) {
    // Round to the final precision before scaling into the subnormal range.
    let lo = scale - y + product;
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2.2250738585072014e-308 * y;
}

/** glibc's exp(x). */
export function glibcExp(x: number): number {
  const abstop = (highWord(x) >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    special = true;
  }
  // x = k*ln2/128 + r with |r| <= ln2/256.
  let kd = fma(INV_LN2_N, x, SHIFT);
  kd -= SHIFT;
  const k = kd;
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const index = k & 127;
  const tail = EXP_TABLE_TAIL[index]!;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (special) return expSpecialCase(tmp, k, index);
  const scale = EXP_TABLE_HEAD[index]! * powerOfTwo(Math.floor(k / 128));
  return fma(scale, tmp, scale);
}
