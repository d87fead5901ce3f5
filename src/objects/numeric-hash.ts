// CPython's hash() of numbers (modulo the Mersenne prime 2^61 - 1) and of tuples and frozensets
// given their items' hashes. String and bytes hashing is in string-hash.ts; calling __hash__ and
// caching results is the object model's job.

import { binaryParts } from './float-digits.js';

/**
 * A hash as Python sees it: the int `hash(x)` returns, so a signed 64-bit value held like any
 * Python int — a JS number when it is a safe integer, a bigint otherwise. Never -1 (CPython
 * reserves it), so it prints exactly as CPython's `hash(x)`.
 */
export type PyHash = number | bigint;

/** 2^61 - 1, the modulus of numeric hashes (sys.hash_info.modulus). */
const MODULUS = 2305843009213693951n;
/** sys.hash_info.inf */
export const HASH_INF = 314159;
const TWO_POW_32 = 4294967296;

/** hash(int): the value modulo 2^61 - 1 with the value's sign; -1 becomes -2. */
export function hashInt(value: number | bigint): PyHash {
  if (typeof value === 'number') return value === -1 ? -2 : value;
  const negative = value < 0n;
  let reduced = (negative ? -value : value) % MODULUS;
  if (negative) reduced = -reduced;
  if (reduced === -1n) return -2;
  return reduced >= -9007199254740991n && reduced <= 9007199254740991n ? Number(reduced) : reduced;
}

/**
 * hash(float): equal to hash(int) for integral values, ±314159 for infinities, and for NaN the
 * caller's `identity` (CPython 3.10+ hashes a NaN by object identity; pass a stable per-object
 * number such as the object's id).
 */
export function hashFloat(value: number, identity = 0): PyHash {
  if (Number.isSafeInteger(value)) return value === -1 ? -2 : value === 0 ? 0 : value;
  if (Number.isNaN(value)) return identity === -1 ? -2 : identity;
  if (value === Infinity) return HASH_INF;
  if (value === -Infinity) return -HASH_INF;
  const parts = binaryParts(value);
  // m·2^e mod (2^61 - 1): powers of two cycle with period 61.
  let shift = parts.exponent % 61;
  if (shift < 0) shift += 61;
  let reduced = (BigInt(parts.mantissa) << BigInt(shift)) % MODULUS;
  if (value < 0) reduced = -reduced;
  if (reduced === -1n) return -2;
  return reduced >= -9007199254740991n && reduced <= 9007199254740991n ? Number(reduced) : reduced;
}

// Unsigned 64-bit arithmetic on (high, low) pairs of uint32, for the tuple and frozenset hashes.

let resultHigh = 0;
let resultLow = 0;

/** High 32 bits of the 64-bit product of two uint32 values. */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const w0 = a0 * b0;
  const t = a1 * b0 + (w0 >>> 16);
  const w1 = a0 * b1 + (t & 0xffff);
  return (a1 * b1 + (t >>> 16) + (w1 >>> 16)) >>> 0;
}

/** (aHigh:aLow × bHigh:bLow) mod 2^64 into resultHigh/resultLow. */
function mul64(aHigh: number, aLow: number, bHigh: number, bLow: number): void {
  resultLow = Math.imul(aLow, bLow) >>> 0;
  resultHigh = (mulHigh32(aLow, bLow) + Math.imul(aHigh, bLow) + Math.imul(aLow, bHigh)) >>> 0;
}

/** (a + b) mod 2^64 into resultHigh/resultLow. */
function add64(aHigh: number, aLow: number, bHigh: number, bLow: number): void {
  const low = aLow + bLow;
  const carry = low > 0xffffffff ? 1 : 0;
  resultLow = low >>> 0;
  resultHigh = (aHigh + bHigh + carry) >>> 0;
}

function highWord(hash: PyHash): number {
  if (typeof hash === 'number') return Math.floor(hash / TWO_POW_32) >>> 0;
  return Number(BigInt.asUintN(32, hash >> 32n));
}

function lowWord(hash: PyHash): number {
  if (typeof hash === 'number') return hash >>> 0;
  return Number(BigInt.asUintN(32, hash));
}

/** A uint64 (high, low) read as a signed 64-bit Python int. */
function signed64(high: number, low: number): PyHash {
  const signedHigh = high | 0;
  if (signedHigh >= -2097152 && signedHigh < 2097152) {
    const value = signedHigh * TWO_POW_32 + low;
    if (Number.isSafeInteger(value)) return value;
  }
  return (BigInt(signedHigh) << 32n) + BigInt(low);
}

// xxHash primes of CPython's tuple hash.
const PRIME1_HIGH = 0x9e3779b1;
const PRIME1_LOW = 0x85ebca87;
const PRIME2_HIGH = 0xc2b2ae3d;
const PRIME2_LOW = 0x27d4eb4f;
const PRIME5_HIGH = 0x27d4eb2f;
const PRIME5_LOW = 0x165667c5;

/**
 * hash(tuple) from its items' hashes: CPython 3.8+'s xxHash-based combination (64-bit), with
 * -1 mapped to 1546275796.
 * @see https://github.com/python/cpython/blob/3.11/Objects/tupleobject.c
 */
export function hashTuple(itemHashes: ArrayLike<PyHash>): PyHash {
  let accHigh = PRIME5_HIGH;
  let accLow = PRIME5_LOW;
  const count = itemHashes.length;
  for (let index = 0; index < count; index++) {
    const lane = itemHashes[index]!;
    mul64(highWord(lane), lowWord(lane), PRIME2_HIGH, PRIME2_LOW);
    add64(accHigh, accLow, resultHigh, resultLow);
    // Rotate left by 31 bits.
    const high = resultHigh;
    const low = resultLow;
    accHigh = ((high << 31) | (low >>> 1)) >>> 0;
    accLow = ((low << 31) | (high >>> 1)) >>> 0;
    mul64(accHigh, accLow, PRIME1_HIGH, PRIME1_LOW);
    accHigh = resultHigh;
    accLow = resultLow;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  add64(accHigh, accLow, PRIME5_HIGH, (count ^ PRIME5_LOW ^ 3527539) >>> 0);
  if (resultHigh === 0xffffffff && resultLow === 0xffffffff) return 1546275796;
  return signed64(resultHigh, resultLow);
}

/**
 * The tuple hash one item at a time on int32 words, for callers that hash items without building
 * PyHash values: start from TUPLE_HASH_SEED_HIGH/LOW, feed each item's hash to tupleHashRound, then
 * call tupleHashFinish. Each writes its result as [high, low] int32 words into TUPLE_HASH_WORDS
 * (shared: read them before the next call). Same value as hashTuple.
 */
export const TUPLE_HASH_WORDS = new Int32Array(2);
/** High word of the tuple hash's starting accumulator. */
export const TUPLE_HASH_SEED_HIGH = PRIME5_HIGH | 0;
/** Low word of the tuple hash's starting accumulator. */
export const TUPLE_HASH_SEED_LOW = PRIME5_LOW | 0;

/** acc = rotl31(acc + item * PRIME2) * PRIME1 (all words int32 or uint32). */
export function tupleHashRound(
  accHigh: number,
  accLow: number,
  itemHigh: number,
  itemLow: number,
): void {
  mul64(itemHigh >>> 0, itemLow >>> 0, PRIME2_HIGH, PRIME2_LOW);
  add64(accHigh >>> 0, accLow >>> 0, resultHigh, resultLow);
  const high = resultHigh;
  const low = resultLow;
  mul64(
    ((high << 31) | (low >>> 1)) >>> 0,
    ((low << 31) | (high >>> 1)) >>> 0,
    PRIME1_HIGH,
    PRIME1_LOW,
  );
  TUPLE_HASH_WORDS[0] = resultHigh;
  TUPLE_HASH_WORDS[1] = resultLow;
}

/** The tuple hash's last step for `count` items, with -1 mapped to 1546275796. */
export function tupleHashFinish(accHigh: number, accLow: number, count: number): void {
  add64(accHigh >>> 0, accLow >>> 0, PRIME5_HIGH, (count ^ PRIME5_LOW ^ 3527539) >>> 0);
  if (resultHigh === 0xffffffff && resultLow === 0xffffffff) {
    TUPLE_HASH_WORDS[0] = 0;
    TUPLE_HASH_WORDS[1] = 1546275796;
  } else {
    TUPLE_HASH_WORDS[0] = resultHigh;
    TUPLE_HASH_WORDS[1] = resultLow;
  }
}

/**
 * hash(frozenset) from its items' hashes (order-independent): CPython's shuffled-xor scheme,
 * with -1 mapped to 590923713.
 * @see https://github.com/python/cpython/blob/3.11/Objects/setobject.c
 */
export function hashFrozenSet(itemHashes: ArrayLike<PyHash>): PyHash {
  let high = 0;
  let low = 0;
  const count = itemHashes.length;
  for (let index = 0; index < count; index++) {
    const hash = itemHashes[index]!;
    const hashHigh = highWord(hash);
    const hashLow = lowWord(hash);
    // ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const mixedHigh = (hashHigh ^ ((hashHigh << 16) | (hashLow >>> 16))) >>> 0;
    const mixedLow = (hashLow ^ 89869747 ^ (hashLow << 16)) >>> 0;
    mul64(mixedHigh, mixedLow, 0, 3644798167);
    high ^= resultHigh;
    low ^= resultLow;
  }
  // hash ^= (len + 1) * 1927868237
  mul64(0, count + 1, 0, 1927868237);
  high = (high ^ resultHigh) >>> 0;
  low = (low ^ resultLow) >>> 0;
  // hash ^= (hash >> 11) ^ (hash >> 25)
  const shift11Low = ((low >>> 11) | (high << 21)) >>> 0;
  const shift11High = high >>> 11;
  const shift25Low = ((low >>> 25) | (high << 7)) >>> 0;
  const shift25High = high >>> 25;
  high = (high ^ shift11High ^ shift25High) >>> 0;
  low = (low ^ shift11Low ^ shift25Low) >>> 0;
  // hash = hash * 69069 + 907133923
  mul64(high, low, 0, 69069);
  add64(resultHigh, resultLow, 0, 907133923);
  if (resultHigh === 0xffffffff && resultLow === 0xffffffff) return 590923713;
  return signed64(resultHigh, resultLow);
}

/**
 * hash(complex): hash(real) + 1000003 * hash(imag) in 64-bit arithmetic, -1 mapped to -2. A NaN
 * part hashes by `identity`, the complex object's own.
 */
export function hashComplex(real: number, imag: number, identity = 0): PyHash {
  const realHash = hashFloat(real, identity);
  const imagHash = hashFloat(imag, identity);
  mul64(highWord(imagHash), lowWord(imagHash), 0, 1000003);
  add64(resultHigh, resultLow, highWord(realHash), lowWord(realHash));
  if (resultHigh === 0xffffffff && resultLow === 0xffffffff) return -2;
  return signed64(resultHigh, resultLow);
}

/** The low 32 bits of a hash as a uint32 (set tables index with them). */
export function hashLowBits(hash: PyHash): number {
  return lowWord(hash);
}

/** The high 32 bits of a hash as a uint32. */
export function hashHighBits(hash: PyHash): number {
  return highWord(hash);
}
