// CPython 3.11's hash() of str and bytes: SipHash-1-3 over the string's internal representation
// (1, 2 or 4 bytes per code point) keyed from PYTHONHASHSEED, so set orders match CPython's.
// Short strings' hashes are cached (JS strings cannot carry CPython's per-object hash field).

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

/** The key of the running interpreter (zero, as PYTHONHASHSEED=0, unless the run has a seed). */
let activeSipKey: SipKey = ZERO_SIP_KEY;

/**
 * Makes `key` the one `hash()` of str and bytes uses from now on (the interpreter sets its own key
 * while it is active); returns the previous key.
 */
export function setActiveSipKey(key: SipKey): SipKey {
  const previous = activeSipKey;
  if (key !== previous) clearStringHashCache();
  activeSipKey = key;
  return previous;
}

/** Message words for the hash being computed: (low, high) int32 pairs, the last with the length. */
let words = new Int32Array(64);

function wordsFor(byteLength: number): Int32Array {
  const needed = ((byteLength >> 3) + 1) * 2;
  if (words.length < needed) words = new Int32Array(Math.max(needed, words.length * 2));
  return words;
}

/**
 * SipHash-1-3 over `count` prepared 64-bit words (the last one already holding the tail bytes
 * and the length byte). Each 64-bit lane is a pair of int32 locals, so the rounds stay in
 * registers; one loop runs the compression rounds and the three finalization rounds.
 */
function sipHash13(key: SipKey, message: Int32Array, count: number): void {
  let v0h = key.k0High ^ 0x736f6d65;
  let v0l = key.k0Low ^ 0x70736575;
  let v1h = key.k1High ^ 0x646f7261;
  let v1l = key.k1Low ^ 0x6e646f6d;
  let v2h = key.k0High ^ 0x6c796765;
  let v2l = key.k0Low ^ 0x6e657261;
  let v3h = key.k1High ^ 0x74656462;
  let v3l = key.k1Low ^ 0x79746573;
  const rounds = count + 3;
  for (let round = 0; round < rounds; round++) {
    let messageLow = 0;
    let messageHigh = 0;
    if (round < count) {
      messageLow = message[round * 2]!;
      messageHigh = message[round * 2 + 1]!;
      v3l ^= messageLow;
      v3h ^= messageHigh;
    } else if (round === count) {
      v2l ^= 0xff;
    }
    let low: number;
    let high: number;
    // v0 += v1; v2 += v3
    low = (v0l + v1l) | 0;
    v0h = (v0h + v1h + (low >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = low;
    low = (v2l + v3l) | 0;
    v2h = (v2h + v3h + (low >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = low;
    // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2; v0 = rotl(v0, 32)
    high = (v1h << 13) | (v1l >>> 19);
    low = (v1l << 13) | (v1h >>> 19);
    v1h = high ^ v0h;
    v1l = low ^ v0l;
    high = (v3h << 16) | (v3l >>> 16);
    low = (v3l << 16) | (v3h >>> 16);
    v3h = high ^ v2h;
    v3l = low ^ v2l;
    high = v0h;
    v0h = v0l;
    v0l = high;
    // v2 += v1; v0 += v3
    low = (v2l + v1l) | 0;
    v2h = (v2h + v1h + (low >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = low;
    low = (v0l + v3l) | 0;
    v0h = (v0h + v3h + (low >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = low;
    // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0; v2 = rotl(v2, 32)
    high = (v1h << 17) | (v1l >>> 15);
    low = (v1l << 17) | (v1h >>> 15);
    v1h = high ^ v2h;
    v1l = low ^ v2l;
    high = (v3h << 21) | (v3l >>> 11);
    low = (v3l << 21) | (v3h >>> 11);
    v3h = high ^ v0h;
    v3l = low ^ v0l;
    high = v2h;
    v2h = v2l;
    v2l = high;
    if (round < count) {
      v0l ^= messageLow;
      v0h ^= messageHigh;
    }
  }
  const high = v0h ^ v1h ^ v2h ^ v3h;
  let low = v0l ^ v1l ^ v2l ^ v3l;
  // -1 is reserved for errors in CPython and becomes -2.
  if (high === -1 && low === -1) low = -2;
  HASH_PARTS[0] = high;
  HASH_PARTS[1] = low;
}

/**
 * The last hash computed by hashStringParts/hashBytesParts as [high, low] int32 words (shared:
 * read it before the next call). Lets set tables skip building a bigint for most string hashes.
 */
export const HASH_PARTS = new Int32Array(2);

/** The hash in HASH_PARTS as a Python int (number when safe, else bigint). */
function partsToHash(): PyHash {
  const high = HASH_PARTS[0]!;
  const low = HASH_PARTS[1]! >>> 0;
  if (high >= -2097152 && high < 2097152) {
    const value = high * 4294967296 + low;
    if (Number.isSafeInteger(value)) return value;
  }
  return (BigInt(high) << 32n) + BigInt(low);
}

/** SipHash-1-3 over a Latin-1 string, one byte per code unit. */
function hashLatin1Into(text: string, key: SipKey): void {
  const count = text.length;
  const message = wordsFor(count);
  const blocks = count >> 3;
  let index = 0;
  for (let block = 0; block < blocks; block++, index += 8) {
    message[block * 2] =
      text.charCodeAt(index) |
      (text.charCodeAt(index + 1) << 8) |
      (text.charCodeAt(index + 2) << 16) |
      (text.charCodeAt(index + 3) << 24);
    message[block * 2 + 1] =
      text.charCodeAt(index + 4) |
      (text.charCodeAt(index + 5) << 8) |
      (text.charCodeAt(index + 6) << 16) |
      (text.charCodeAt(index + 7) << 24);
  }
  let tailLow = 0;
  let tailHigh = 0;
  for (let shift = 0; index < count; index++, shift += 8) {
    if (shift < 32) tailLow |= text.charCodeAt(index) << shift;
    else tailHigh |= text.charCodeAt(index) << (shift - 32);
  }
  message[blocks * 2] = tailLow;
  message[blocks * 2 + 1] = tailHigh | (count << 24);
  sipHash13(key, message, blocks + 1);
}

/** SipHash-1-3 over raw bytes. */
function hashByteArrayInto(data: Uint8Array, key: SipKey): void {
  const count = data.length;
  const message = wordsFor(count);
  const blocks = count >> 3;
  let index = 0;
  for (let block = 0; block < blocks; block++, index += 8) {
    message[block * 2] =
      data[index]! | (data[index + 1]! << 8) | (data[index + 2]! << 16) | (data[index + 3]! << 24);
    message[block * 2 + 1] =
      data[index + 4]! |
      (data[index + 5]! << 8) |
      (data[index + 6]! << 16) |
      (data[index + 7]! << 24);
  }
  let tailLow = 0;
  let tailHigh = 0;
  for (let shift = 0; index < count; index++, shift += 8) {
    if (shift < 32) tailLow |= data[index]! << shift;
    else tailHigh |= data[index]! << (shift - 32);
  }
  message[blocks * 2] = tailLow;
  message[blocks * 2 + 1] = tailHigh | (count << 24);
  sipHash13(key, message, blocks + 1);
}

/** SipHash-1-3 over 2-byte code units (strings with a code point ≥ 256, none astral). */
function hashTwoByteUnitsInto(text: string, key: SipKey): void {
  const count = text.length;
  const message = wordsFor(count * 2);
  const blocks = count >> 2;
  let index = 0;
  for (let block = 0; block < blocks; block++, index += 4) {
    message[block * 2] = text.charCodeAt(index) | (text.charCodeAt(index + 1) << 16);
    message[block * 2 + 1] = text.charCodeAt(index + 2) | (text.charCodeAt(index + 3) << 16);
  }
  let tailLow = 0;
  let tailHigh = 0;
  const rest = count - index;
  if (rest >= 1) tailLow = text.charCodeAt(index);
  if (rest >= 2) tailLow |= text.charCodeAt(index + 1) << 16;
  if (rest >= 3) tailHigh = text.charCodeAt(index + 2);
  message[blocks * 2] = tailLow;
  message[blocks * 2 + 1] = tailHigh | (count << 25);
  sipHash13(key, message, blocks + 1);
}

/** SipHash-1-3 over 4-byte code points (strings with an astral code point). */
function hashFourByteUnitsInto(text: string, key: SipKey): void {
  const points: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const point = text.codePointAt(index)!;
    points.push(point);
    if (point > 0xffff) index++;
  }
  const count = points.length;
  const message = wordsFor(count * 4);
  const blocks = count >> 1;
  for (let block = 0; block < blocks; block++) {
    message[block * 2] = points[block * 2]!;
    message[block * 2 + 1] = points[block * 2 + 1]!;
  }
  message[blocks * 2] = count & 1 ? points[count - 1]! : 0;
  message[blocks * 2 + 1] = count << 26;
  sipHash13(key, message, blocks + 1);
}

// The hash cache: CPython stores a str's hash in the object; a JS string has no such field, so the
// hashes of short strings under the active key live in a Map (str → entry number; the two words of
// entry n at CACHED_WORDS[2n], [2n + 1]). It is emptied when full; when a full cache saw fewer hits
// than entries (strings hashed once each), caching pauses for a while, so unique keys pay for at
// most one Map miss and insert each.

/** Longest string whose hash is cached (longer ones cost more to keep than to rehash). */
const CACHED_MAX_LENGTH = 40;
/** Entries before the cache is emptied. */
const CACHE_ENTRIES = 1 << 15;
/** Hashes computed without the cache after an epoch of mostly misses. */
const CACHE_PAUSE = CACHE_ENTRIES * 4;
const cachedEntries = new Map<string, number>();
const CACHED_WORDS = new Int32Array(CACHE_ENTRIES * 2);
let cacheHits = 0;
let cachePauseLeft = 0;

function clearStringHashCache(): void {
  cachedEntries.clear();
  cacheHits = 0;
  cachePauseLeft = 0;
}

/**
 * Computes hash(text) into HASH_PARTS (0 for ''), without building a bigint; same result as
 * hashString. Short strings under the active key are answered from the hash cache.
 */
export function hashStringParts(text: string, key: SipKey = activeSipKey): Int32Array {
  if (text.length > CACHED_MAX_LENGTH || key !== activeSipKey) return computeStringParts(text, key);
  if (cachePauseLeft > 0) {
    cachePauseLeft--;
    return computeStringParts(text, key);
  }
  const entry = cachedEntries.get(text);
  if (entry !== undefined) {
    cacheHits++;
    HASH_PARTS[0] = CACHED_WORDS[entry * 2]!;
    HASH_PARTS[1] = CACHED_WORDS[entry * 2 + 1]!;
    return HASH_PARTS;
  }
  computeStringParts(text, key);
  const size = cachedEntries.size;
  if (size === CACHE_ENTRIES) {
    const mostlyMisses = cacheHits < CACHE_ENTRIES;
    clearStringHashCache();
    if (mostlyMisses) cachePauseLeft = CACHE_PAUSE;
    return HASH_PARTS;
  }
  cachedEntries.set(text, size);
  CACHED_WORDS[size * 2] = HASH_PARTS[0]!;
  CACHED_WORDS[size * 2 + 1] = HASH_PARTS[1]!;
  return HASH_PARTS;
}

/** SipHash of a str into HASH_PARTS, choosing CPython's representation (1, 2 or 4 bytes). */
function computeStringParts(text: string, key: SipKey): Int32Array {
  const count = text.length;
  if (count === 0) {
    HASH_PARTS[0] = 0;
    HASH_PARTS[1] = 0;
    return HASH_PARTS;
  }
  let widest = 0;
  for (let index = 0; index < count; index++) {
    const unit = text.charCodeAt(index);
    if (unit > widest) widest = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < count) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        hashFourByteUnitsInto(text, key);
        return HASH_PARTS;
      }
    }
  }
  if (widest < 256) hashLatin1Into(text, key);
  else hashTwoByteUnitsInto(text, key);
  return HASH_PARTS;
}

/**
 * hash() of each str of `strings` into `highs[i]`/`lows[i]`: the words hashStringParts gives, under
 * the active key, without the hash cache (a Map lookup and insert per str), for laying out many
 * fresh strs at once (a set's pending strs). Latin-1 strs go straight to hashLatin1Into.
 */
export function hashStringsInto(
  strings: readonly string[],
  highs: Int32Array,
  lows: Int32Array,
): void {
  const key = activeSipKey;
  for (let item = 0; item < strings.length; item++) {
    const text = strings[item]!;
    const count = text.length;
    let latin1 = count !== 0;
    for (let index = 0; index < count; index++) {
      if (text.charCodeAt(index) > 0xff) {
        latin1 = false;
        break;
      }
    }
    if (latin1) hashLatin1Into(text, key);
    else computeStringParts(text, key);
    highs[item] = HASH_PARTS[0]!;
    lows[item] = HASH_PARTS[1]!;
  }
}

/** Computes hash(bytes) into HASH_PARTS (0 for b''). */
export function hashBytesParts(data: Uint8Array, key: SipKey = activeSipKey): Int32Array {
  if (data.length === 0) {
    HASH_PARTS[0] = 0;
    HASH_PARTS[1] = 0;
  } else {
    hashByteArrayInto(data, key);
  }
  return HASH_PARTS;
}

/**
 * hash(str) exactly as CPython 3.11 computes it with the given key (PYTHONHASHSEED=0 by default):
 * 0 for '', else SipHash-1-3 over 1, 2 or 4 bytes per code point; -1 becomes -2.
 * @see https://github.com/python/cpython/blob/3.11/Python/pyhash.c
 */
export function hashString(text: string, key: SipKey = activeSipKey): PyHash {
  if (text.length === 0) return 0;
  hashStringParts(text, key);
  return partsToHash();
}

/** hash(bytes) as CPython computes it: 0 when empty, else SipHash-1-3 over the bytes. */
export function hashBytes(data: Uint8Array, key: SipKey = activeSipKey): PyHash {
  if (data.length === 0) return 0;
  hashBytesParts(data, key);
  return partsToHash();
}
