// CPython 3.11's hash() of str and bytes: SipHash-1-3 over the string's internal representation
// (1, 2 or 4 bytes per code point) keyed from PYTHONHASHSEED, so set orders match CPython's.
// Caching a string's hash is the caller's job.

import type { PyHash } from './numeric-hash.js';

/** A 128-bit SipHash key as four uint32 words (k0 high/low, k1 high/low). */
export interface SipKey {
  readonly k0High: number;
  readonly k0Low: number;
  readonly k1High: number;
  readonly k1Low: number;
}

/** The key CPython uses under PYTHONHASHSEED=0: all zeros. */
export const ZERO_SIP_KEY: SipKey = { k0High: 0, k0Low: 0, k1High: 0, k1Low: 0 };

/**
 * The key CPython derives from PYTHONHASHSEED=seed (seed 0 gives the zero key): bytes from its
 * linear congruential generator `x = x*214013 + 2531011; byte = (x >> 16) & 0xff`, read as two
 * little-endian 64-bit words.
 * @see https://github.com/python/cpython/blob/3.11/Python/bootstrap_hash.c
 */
export function sipKeyForSeed(seed: number): SipKey {
  if (seed === 0) return ZERO_SIP_KEY;
  const bytes = new Uint8Array(16);
  let state = seed >>> 0;
  for (let index = 0; index < 16; index++) {
    state = (Math.imul(state, 214013) + 2531011) >>> 0;
    bytes[index] = (state >>> 16) & 0xff;
  }
  const word = (offset: number): number =>
    (bytes[offset]! |
      (bytes[offset + 1]! << 8) |
      (bytes[offset + 2]! << 16) |
      (bytes[offset + 3]! << 24)) >>>
    0;
  return { k0Low: word(0), k0High: word(4), k1Low: word(8), k1High: word(12) };
}

// SipHash state: four 64-bit words as (high, low) uint32 pairs.
let v0h = 0;
let v0l = 0;
let v1h = 0;
let v1l = 0;
let v2h = 0;
let v2l = 0;
let v3h = 0;
let v3l = 0;

function initState(key: SipKey): void {
  v0h = (key.k0High ^ 0x736f6d65) >>> 0;
  v0l = (key.k0Low ^ 0x70736575) >>> 0;
  v1h = (key.k1High ^ 0x646f7261) >>> 0;
  v1l = (key.k1Low ^ 0x6e646f6d) >>> 0;
  v2h = (key.k0High ^ 0x6c796765) >>> 0;
  v2l = (key.k0Low ^ 0x6e657261) >>> 0;
  v3h = (key.k1High ^ 0x74656462) >>> 0;
  v3l = (key.k1Low ^ 0x79746573) >>> 0;
}

/** One SipRound on the state. */
function sipRound(): void {
  let low: number;
  let high: number;
  // v0 += v1; v2 += v3
  low = v0l + v1l;
  v0h = (v0h + v1h + (low > 0xffffffff ? 1 : 0)) >>> 0;
  v0l = low >>> 0;
  low = v2l + v3l;
  v2h = (v2h + v3h + (low > 0xffffffff ? 1 : 0)) >>> 0;
  v2l = low >>> 0;
  // v1 = rotl(v1, 13) ^ v0
  high = (v1h << 13) | (v1l >>> 19);
  low = (v1l << 13) | (v1h >>> 19);
  v1h = (high ^ v0h) >>> 0;
  v1l = (low ^ v0l) >>> 0;
  // v3 = rotl(v3, 16) ^ v2
  high = (v3h << 16) | (v3l >>> 16);
  low = (v3l << 16) | (v3h >>> 16);
  v3h = (high ^ v2h) >>> 0;
  v3l = (low ^ v2l) >>> 0;
  // v0 = rotl(v0, 32)
  high = v0h;
  v0h = v0l;
  v0l = high;
  // v2 += v1; v0 += v3
  low = v2l + v1l;
  v2h = (v2h + v1h + (low > 0xffffffff ? 1 : 0)) >>> 0;
  v2l = low >>> 0;
  low = v0l + v3l;
  v0h = (v0h + v3h + (low > 0xffffffff ? 1 : 0)) >>> 0;
  v0l = low >>> 0;
  // v1 = rotl(v1, 17) ^ v2
  high = (v1h << 17) | (v1l >>> 15);
  low = (v1l << 17) | (v1h >>> 15);
  v1h = (high ^ v2h) >>> 0;
  v1l = (low ^ v2l) >>> 0;
  // v3 = rotl(v3, 21) ^ v0
  high = (v3h << 21) | (v3l >>> 11);
  low = (v3l << 21) | (v3h >>> 11);
  v3h = (high ^ v0h) >>> 0;
  v3l = (low ^ v0l) >>> 0;
  // v2 = rotl(v2, 32)
  high = v2h;
  v2h = v2l;
  v2l = high;
}

/** Mixes one little-endian 64-bit message word into the state. */
function compress(high: number, low: number): void {
  v3h = (v3h ^ high) >>> 0;
  v3l = (v3l ^ low) >>> 0;
  sipRound();
  v0h = (v0h ^ high) >>> 0;
  v0l = (v0l ^ low) >>> 0;
}

/** Mixes the final word (tail bytes plus the length byte), finalizes, and returns the hash. */
function finish(tailHigh: number, tailLow: number, byteLength: number): PyHash {
  compress((tailHigh | ((byteLength & 0xff) << 24)) >>> 0, tailLow);
  v2l = (v2l ^ 0xff) >>> 0;
  sipRound();
  sipRound();
  sipRound();
  const high = (v0h ^ v1h ^ v2h ^ v3h) | 0;
  const low = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  if (high === -1 && low === 0xffffffff) return -2;
  if (high >= -2097152 && high < 2097152) {
    const value = high * 4294967296 + low;
    if (Number.isSafeInteger(value)) return value;
  }
  return (BigInt(high) << 32n) + BigInt(low);
}

/** SipHash-1-3 over a Latin-1 string, one byte per code unit. */
function hashLatin1(text: string, key: SipKey): PyHash {
  initState(key);
  const count = text.length;
  const blockEnd = count & ~7;
  let index = 0;
  for (; index < blockEnd; index += 8) {
    const low =
      text.charCodeAt(index) |
      (text.charCodeAt(index + 1) << 8) |
      (text.charCodeAt(index + 2) << 16) |
      (text.charCodeAt(index + 3) << 24);
    const high =
      text.charCodeAt(index + 4) |
      (text.charCodeAt(index + 5) << 8) |
      (text.charCodeAt(index + 6) << 16) |
      (text.charCodeAt(index + 7) << 24);
    compress(high >>> 0, low >>> 0);
  }
  let tailLow = 0;
  let tailHigh = 0;
  for (let shift = 0; index < count; index++, shift += 8) {
    if (shift < 32) tailLow |= text.charCodeAt(index) << shift;
    else tailHigh |= text.charCodeAt(index) << (shift - 32);
  }
  return finish(tailHigh >>> 0, tailLow >>> 0, count);
}

/** SipHash-1-3 over raw bytes. */
function hashByteArray(data: Uint8Array, key: SipKey): PyHash {
  initState(key);
  const count = data.length;
  const blockEnd = count & ~7;
  let index = 0;
  for (; index < blockEnd; index += 8) {
    const low =
      data[index]! | (data[index + 1]! << 8) | (data[index + 2]! << 16) | (data[index + 3]! << 24);
    const high =
      data[index + 4]! |
      (data[index + 5]! << 8) |
      (data[index + 6]! << 16) |
      (data[index + 7]! << 24);
    compress(high >>> 0, low >>> 0);
  }
  let tailLow = 0;
  let tailHigh = 0;
  for (let shift = 0; index < count; index++, shift += 8) {
    if (shift < 32) tailLow |= data[index]! << shift;
    else tailHigh |= data[index]! << (shift - 32);
  }
  return finish(tailHigh >>> 0, tailLow >>> 0, count);
}

/** SipHash-1-3 over 2-byte code units (strings with a code point ≥ 256, none astral). */
function hashTwoByteUnits(text: string, key: SipKey): PyHash {
  initState(key);
  const count = text.length;
  const blockEnd = count & ~3;
  let index = 0;
  for (; index < blockEnd; index += 4) {
    const low = text.charCodeAt(index) | (text.charCodeAt(index + 1) << 16);
    const high = text.charCodeAt(index + 2) | (text.charCodeAt(index + 3) << 16);
    compress(high >>> 0, low >>> 0);
  }
  let tailLow = 0;
  let tailHigh = 0;
  const rest = count - index;
  if (rest >= 1) tailLow = text.charCodeAt(index);
  if (rest >= 2) tailLow |= text.charCodeAt(index + 1) << 16;
  if (rest >= 3) tailHigh = text.charCodeAt(index + 2);
  return finish(tailHigh >>> 0, tailLow >>> 0, count * 2);
}

/** SipHash-1-3 over 4-byte code points (strings with an astral code point). */
function hashFourByteUnits(text: string, key: SipKey): PyHash {
  const points: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const point = text.codePointAt(index)!;
    points.push(point);
    if (point > 0xffff) index++;
  }
  initState(key);
  const count = points.length;
  let index = 0;
  for (; index + 1 < count; index += 2) compress(points[index + 1]!, points[index]!);
  const tailLow = index < count ? points[index]! : 0;
  return finish(0, tailLow, count * 4);
}

/**
 * hash(str) exactly as CPython 3.11 computes it with the given key (PYTHONHASHSEED=0 by default):
 * 0 for '', else SipHash-1-3 over 1, 2 or 4 bytes per code point; -1 becomes -2.
 * @see https://github.com/python/cpython/blob/3.11/Python/pyhash.c
 */
export function hashString(text: string, key: SipKey = ZERO_SIP_KEY): PyHash {
  const count = text.length;
  if (count === 0) return 0;
  let widest = 0;
  for (let index = 0; index < count; index++) {
    const unit = text.charCodeAt(index);
    if (unit > widest) widest = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < count) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) return hashFourByteUnits(text, key);
    }
  }
  if (widest < 256) return hashLatin1(text, key);
  return hashTwoByteUnits(text, key);
}

/** hash(bytes) as CPython computes it: 0 when empty, else SipHash-1-3 over the bytes. */
export function hashBytes(data: Uint8Array, key: SipKey = ZERO_SIP_KEY): PyHash {
  if (data.length === 0) return 0;
  return hashByteArray(data, key);
}
