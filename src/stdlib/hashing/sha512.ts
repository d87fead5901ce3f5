// The SHA-512 compression function (FIPS 180-4) on 64-bit words kept as [high, low] uint32 pairs;
// shared by SHA-384 and SHA-512.

import { SHA512_K } from './constants.js';

const scheduleHigh = new Int32Array(80);
const scheduleLow = new Int32Array(80);
const TWO_32 = 4294967296;

/** Compresses one 128-byte block at `offset` of `block` into the 16-word (8 pairs) `state`. */
export function sha512Compress(state: Uint32Array, block: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const at = offset + 8 * i;
    scheduleHigh[i] =
      (block[at]! << 24) | (block[at + 1]! << 16) | (block[at + 2]! << 8) | block[at + 3]!;
    scheduleLow[i] =
      (block[at + 4]! << 24) | (block[at + 5]! << 16) | (block[at + 6]! << 8) | block[at + 7]!;
  }
  for (let i = 16; i < 80; i++) {
    // sigma0 = rotr1 ^ rotr8 ^ shr7 of w[i-15]; sigma1 = rotr19 ^ rotr61 ^ shr6 of w[i-2].
    let h = scheduleHigh[i - 15]!;
    let l = scheduleLow[i - 15]!;
    const s0h = ((h >>> 1) | (l << 31)) ^ ((h >>> 8) | (l << 24)) ^ (h >>> 7);
    const s0l = ((l >>> 1) | (h << 31)) ^ ((l >>> 8) | (h << 24)) ^ ((l >>> 7) | (h << 25));
    h = scheduleHigh[i - 2]!;
    l = scheduleLow[i - 2]!;
    const s1h = ((h >>> 19) | (l << 13)) ^ ((l >>> 29) | (h << 3)) ^ (h >>> 6);
    const s1l = ((l >>> 19) | (h << 13)) ^ ((h >>> 29) | (l << 3)) ^ ((l >>> 6) | (h << 26));
    const low =
      (s0l >>> 0) + (s1l >>> 0) + (scheduleLow[i - 16]! >>> 0) + (scheduleLow[i - 7]! >>> 0);
    scheduleLow[i] = low | 0;
    scheduleHigh[i] =
      (s0h + s1h + scheduleHigh[i - 16]! + scheduleHigh[i - 7]! + Math.floor(low / TWO_32)) | 0;
  }
  let ah = state[0]! | 0;
  let al = state[1]! | 0;
  let bh = state[2]! | 0;
  let bl = state[3]! | 0;
  let ch = state[4]! | 0;
  let cl = state[5]! | 0;
  let dh = state[6]! | 0;
  let dl = state[7]! | 0;
  let eh = state[8]! | 0;
  let el = state[9]! | 0;
  let fh = state[10]! | 0;
  let fl = state[11]! | 0;
  let gh = state[12]! | 0;
  let gl = state[13]! | 0;
  let hh = state[14]! | 0;
  let hl = state[15]! | 0;
  for (let i = 0; i < 80; i++) {
    // Sigma1(e) = rotr14 ^ rotr18 ^ rotr41
    const sigma1h =
      ((eh >>> 14) | (el << 18)) ^ ((eh >>> 18) | (el << 14)) ^ ((el >>> 9) | (eh << 23));
    const sigma1l =
      ((el >>> 14) | (eh << 18)) ^ ((el >>> 18) | (eh << 14)) ^ ((eh >>> 9) | (el << 23));
    const chooseh = (eh & fh) ^ (~eh & gh);
    const choosel = (el & fl) ^ (~el & gl);
    const t1low =
      (hl >>> 0) +
      (sigma1l >>> 0) +
      (choosel >>> 0) +
      SHA512_K[2 * i + 1]! +
      (scheduleLow[i]! >>> 0);
    const t1l = t1low | 0;
    const t1h =
      (hh + sigma1h + chooseh + SHA512_K[2 * i]! + scheduleHigh[i]! + Math.floor(t1low / TWO_32)) |
      0;
    // Sigma0(a) = rotr28 ^ rotr34 ^ rotr39
    const sigma0h =
      ((ah >>> 28) | (al << 4)) ^ ((al >>> 2) | (ah << 30)) ^ ((al >>> 7) | (ah << 25));
    const sigma0l =
      ((al >>> 28) | (ah << 4)) ^ ((ah >>> 2) | (al << 30)) ^ ((ah >>> 7) | (al << 25));
    const majorityh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
    const majorityl = (al & bl) ^ (al & cl) ^ (bl & cl);
    const t2low = (sigma0l >>> 0) + (majorityl >>> 0);
    const t2l = t2low | 0;
    const t2h = (sigma0h + majorityh + Math.floor(t2low / TWO_32)) | 0;
    hh = gh;
    hl = gl;
    gh = fh;
    gl = fl;
    fh = eh;
    fl = el;
    const elow = (dl >>> 0) + (t1l >>> 0);
    eh = (dh + t1h + Math.floor(elow / TWO_32)) | 0;
    el = elow | 0;
    dh = ch;
    dl = cl;
    ch = bh;
    cl = bl;
    bh = ah;
    bl = al;
    const alow = (t1l >>> 0) + (t2l >>> 0);
    ah = (t1h + t2h + Math.floor(alow / TWO_32)) | 0;
    al = alow | 0;
  }
  addPair(state, 0, ah, al);
  addPair(state, 2, bh, bl);
  addPair(state, 4, ch, cl);
  addPair(state, 6, dh, dl);
  addPair(state, 8, eh, el);
  addPair(state, 10, fh, fl);
  addPair(state, 12, gh, gl);
  addPair(state, 14, hh, hl);
}

function addPair(state: Uint32Array, index: number, high: number, low: number): void {
  const sum = state[index + 1]! + (low >>> 0);
  state[index + 1] = sum;
  state[index] = state[index]! + high + Math.floor(sum / TWO_32);
}
