// The BLAKE2b and BLAKE2s compression functions (RFC 7693). BLAKE2b's 64-bit words are kept as
// [low, high] uint32 pairs; BLAKE2s works on plain uint32 words.

import { BLAKE2_SIGMA, SHA256_IV, SHA512_IV } from './constants.js';

/** BLAKE2b's IV as [low, high] pairs (SHA-512's initial state). */
export const BLAKE2B_IV: Uint32Array = (() => {
  const out = new Uint32Array(16);
  for (let i = 0; i < 8; i++) {
    out[2 * i] = SHA512_IV[2 * i + 1]!;
    out[2 * i + 1] = SHA512_IV[2 * i]!;
  }
  return out;
})();

/** BLAKE2s's IV (SHA-256's initial state). */
export const BLAKE2S_IV = SHA256_IV;

const vb = new Uint32Array(32);
const mb = new Uint32Array(32);

function add64(a: number, b: number): void {
  const low = vb[2 * a]! + vb[2 * b]!;
  vb[2 * a + 1] = vb[2 * a + 1]! + vb[2 * b + 1]! + (low >= 4294967296 ? 1 : 0);
  vb[2 * a] = low;
}

function addMessage64(a: number, m: number): void {
  const low = vb[2 * a]! + mb[2 * m]!;
  vb[2 * a + 1] = vb[2 * a + 1]! + mb[2 * m + 1]! + (low >= 4294967296 ? 1 : 0);
  vb[2 * a] = low;
}

/** v[d] = (v[d] ^ v[a]) rotated right by `shift` (16, 24, 32 or 63). */
function xorRotate64(d: number, a: number, shift: number): void {
  const low = vb[2 * d]! ^ vb[2 * a]!;
  const high = vb[2 * d + 1]! ^ vb[2 * a + 1]!;
  if (shift === 32) {
    vb[2 * d] = high;
    vb[2 * d + 1] = low;
  } else if (shift < 32) {
    vb[2 * d] = (low >>> shift) | (high << (32 - shift));
    vb[2 * d + 1] = (high >>> shift) | (low << (32 - shift));
  } else {
    const s = shift - 32;
    vb[2 * d] = (high >>> s) | (low << (32 - s));
    vb[2 * d + 1] = (low >>> s) | (high << (32 - s));
  }
}

function mixB(a: number, b: number, c: number, d: number, x: number, y: number): void {
  add64(a, b);
  addMessage64(a, x);
  xorRotate64(d, a, 32);
  add64(c, d);
  xorRotate64(b, c, 24);
  add64(a, b);
  addMessage64(a, y);
  xorRotate64(d, a, 16);
  add64(c, d);
  xorRotate64(b, c, 63);
}

/**
 * BLAKE2b compression of the 128-byte block at `offset` into the 16-word state `h`, with the byte
 * counter `counter` (after this block) and whether it is the last block.
 */
export function blake2bCompress(
  h: Uint32Array,
  block: Uint8Array,
  offset: number,
  counter: number,
  last: boolean,
  lastNode: boolean,
): void {
  for (let i = 0; i < 32; i++) {
    const at = offset + 4 * i;
    mb[i] = block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24);
  }
  vb.set(h, 0);
  vb.set(BLAKE2B_IV, 16);
  vb[24] = vb[24]! ^ (counter >>> 0);
  vb[25] = vb[25]! ^ Math.floor(counter / 4294967296);
  if (last) {
    vb[28] = ~vb[28]!;
    vb[29] = ~vb[29]!;
    if (lastNode) {
      vb[30] = ~vb[30]!;
      vb[31] = ~vb[31]!;
    }
  }
  for (let round = 0; round < 12; round++) {
    const s = BLAKE2_SIGMA[round % 10]!;
    mixB(0, 4, 8, 12, s[0]!, s[1]!);
    mixB(1, 5, 9, 13, s[2]!, s[3]!);
    mixB(2, 6, 10, 14, s[4]!, s[5]!);
    mixB(3, 7, 11, 15, s[6]!, s[7]!);
    mixB(0, 5, 10, 15, s[8]!, s[9]!);
    mixB(1, 6, 11, 12, s[10]!, s[11]!);
    mixB(2, 7, 8, 13, s[12]!, s[13]!);
    mixB(3, 4, 9, 14, s[14]!, s[15]!);
  }
  for (let i = 0; i < 16; i++) h[i] = h[i]! ^ vb[i]! ^ vb[i + 16]!;
}

const vs = new Int32Array(16);
const ms = new Int32Array(16);

function mixS(a: number, b: number, c: number, d: number, x: number, y: number): void {
  let va = vs[a]!;
  let vbb = vs[b]!;
  let vc = vs[c]!;
  let vd = vs[d]!;
  va = (va + vbb + ms[x]!) | 0;
  vd ^= va;
  vd = (vd >>> 16) | (vd << 16);
  vc = (vc + vd) | 0;
  vbb ^= vc;
  vbb = (vbb >>> 12) | (vbb << 20);
  va = (va + vbb + ms[y]!) | 0;
  vd ^= va;
  vd = (vd >>> 8) | (vd << 24);
  vc = (vc + vd) | 0;
  vbb ^= vc;
  vbb = (vbb >>> 7) | (vbb << 25);
  vs[a] = va;
  vs[b] = vbb;
  vs[c] = vc;
  vs[d] = vd;
}

/** BLAKE2s compression of the 64-byte block at `offset` into the 8-word state `h`. */
export function blake2sCompress(
  h: Uint32Array,
  block: Uint8Array,
  offset: number,
  counter: number,
  last: boolean,
  lastNode: boolean,
): void {
  for (let i = 0; i < 16; i++) {
    const at = offset + 4 * i;
    ms[i] = block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24);
  }
  for (let i = 0; i < 8; i++) {
    vs[i] = h[i]!;
    vs[i + 8] = BLAKE2S_IV[i]!;
  }
  vs[12] = vs[12]! ^ (counter >>> 0);
  vs[13] = vs[13]! ^ Math.floor(counter / 4294967296);
  if (last) {
    vs[14] = ~vs[14]!;
    if (lastNode) vs[15] = ~vs[15]!;
  }
  for (let round = 0; round < 10; round++) {
    const s = BLAKE2_SIGMA[round]!;
    mixS(0, 4, 8, 12, s[0]!, s[1]!);
    mixS(1, 5, 9, 13, s[2]!, s[3]!);
    mixS(2, 6, 10, 14, s[4]!, s[5]!);
    mixS(3, 7, 11, 15, s[6]!, s[7]!);
    mixS(0, 5, 10, 15, s[8]!, s[9]!);
    mixS(1, 6, 11, 12, s[10]!, s[11]!);
    mixS(2, 7, 8, 13, s[12]!, s[13]!);
    mixS(3, 4, 9, 14, s[14]!, s[15]!);
  }
  for (let i = 0; i < 8; i++) h[i] = h[i]! ^ vs[i]! ^ vs[i + 8]!;
}
