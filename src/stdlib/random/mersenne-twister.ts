// CPython's _random generator: MT19937 with init_genrand/init_by_array, Random.seed's int, str/bytes
// (version 1 and 2), hash and entropy seeding, random(), getrandbits(), getstate/setstate. The state
// is plain data (a Uint32Array and an index) so snapshots can save it.

import { type IntValue, normalizeInt } from '../../objects/int-math.js';
import { hashFloat } from '../../objects/numeric-hash.js';
import { PythonError } from '../../objects/python-error.js';
import { digestOf } from '../hashing/hash-state.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The Mersenne Twister's state: 624 words and the index of the next word to temper. */
export interface MersenneState {
  words: Uint32Array;
  index: number;
}

/** A generator state as CPython's Random keeps it: the twister plus gauss()'s cached value. */
export interface RandomState {
  mt: MersenneState;
  gaussNext: number | null;
}

/** An unseeded state (callers seed it before use). */
export function createRandomState(): RandomState {
  return { mt: { words: new Uint32Array(N), index: N + 1 }, gaussNext: null };
}

/** init_genrand: fills the state from one 32-bit seed. */
export function initGenrand(state: MersenneState, seed: number): void {
  const mt = state.words;
  mt[0] = seed >>> 0;
  for (let i = 1; i < N; i++) {
    const previous = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = (Math.imul(1812433253, previous) + i) >>> 0;
  }
  state.index = N;
}

/** init_by_array: fills the state from a key of 32-bit words. */
export function initByArray(state: MersenneState, key: ArrayLike<number>): void {
  initGenrand(state, 19650218);
  const mt = state.words;
  const length = key.length;
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, length); k > 0; k--) {
    const previous = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = ((mt[i]! ^ Math.imul(previous, 1664525)) + key[j]! + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const previous = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
    mt[i] = ((mt[i]! ^ Math.imul(previous, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1]!;
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

function twist(mt: Uint32Array): void {
  let kk = 0;
  for (; kk < N - M; kk++) {
    const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
    mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  for (; kk < N - 1; kk++) {
    const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
    mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
  mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
}

/** genrand_uint32: the next tempered 32-bit output. */
export function nextUint32(state: MersenneState): number {
  if (state.index >= N) {
    twist(state.words);
    state.index = 0;
  }
  let y = state.words[state.index++]!;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random(): a float in [0, 1) from 53 random bits (27 then 26). */
export function nextRandom(state: MersenneState): number {
  const a = nextUint32(state) >>> 5;
  const b = nextUint32(state) >>> 6;
  return (a * 67108864 + b) * (1 / 9007199254740992);
}

/**
 * getrandbits(k): an int with k random bits, built from 32-bit outputs least significant word
 * first (the last word keeps its top bits). ValueError for negative k.
 */
export function getRandBits(state: MersenneState, k: number): IntValue {
  if (k < 0) throw new PythonError('ValueError', 'number of bits must be non-negative');
  if (k === 0) return 0;
  if (k <= 32) return nextUint32(state) >>> (32 - k);
  if (k <= 53) {
    const low = nextUint32(state);
    const high = nextUint32(state) >>> (64 - k);
    return high * 4294967296 + low;
  }
  const words = Math.ceil(k / 32);
  let hex = '';
  let remaining = k;
  const parts: number[] = [];
  for (let i = 0; i < words; i++, remaining -= 32) {
    let r = nextUint32(state);
    if (remaining < 32) r >>>= 32 - remaining;
    parts.push(r);
  }
  for (let i = words - 1; i >= 0; i--) hex += parts[i]!.toString(16).padStart(8, '0');
  return normalizeInt(BigInt(`0x${hex}`));
}

/** The 32-bit little-endian words of a non-negative int's magnitude (at least one word). */
function keyWords(value: bigint): number[] {
  const words: number[] = [];
  while (value > 0n) {
    words.push(Number(value & 0xffffffffn));
    value >>= 32n;
  }
  if (words.length === 0) words.push(0);
  return words;
}

/** Random.seed(n) for an int: the absolute value's 32-bit words seed init_by_array. */
export function seedFromInt(state: RandomState, n: IntValue): void {
  let magnitude = BigInt(n);
  if (magnitude < 0n) magnitude = -magnitude;
  initByArray(state.mt, keyWords(magnitude));
  state.gaussNext = null;
}

/**
 * Random.seed(a) for str (as UTF-8 bytes), bytes or bytearray, version 2: the int made of the
 * bytes followed by their SHA-512 digest.
 */
export function seedFromBytes(state: RandomState, bytes: Uint8Array): void {
  const digest = digestOf('sha512', bytes);
  let hex = '0';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  seedFromInt(state, BigInt(`0x${hex}`));
}

/**
 * Random.seed(a, version=1) for str/bytes: CPython's old string hash over the code points (bytes
 * decoded as Latin-1).
 */
export function seedVersion1(state: RandomState, codePoints: ArrayLike<number>): void {
  const mask = (1n << 64n) - 1n;
  let x = codePoints.length > 0 ? BigInt(codePoints[0]!) << 7n : 0n;
  for (let i = 0; i < codePoints.length; i++) {
    x = ((1000003n * x) ^ BigInt(codePoints[i]!)) & mask;
  }
  x ^= BigInt(codePoints.length);
  seedFromInt(state, x === -1n ? -2n : x);
}

/**
 * Random.seed(a) for other hashable values (a float, say): the hash cast to an unsigned 64-bit
 * size_t seeds the generator.
 */
export function seedFromHash(state: RandomState, hash: IntValue): void {
  let unsigned = BigInt(hash);
  if (unsigned < 0n) unsigned += 1n << 64n;
  initByArray(state.mt, keyWords(unsigned));
  state.gaussNext = null;
}

/** Random.seed(x) for a float x: seeded through hash(x). */
export function seedFromFloat(state: RandomState, x: number): void {
  seedFromHash(state, hashFloat(x));
}

/**
 * Random.seed(None): seeded from 624 words of host entropy (the caller supplies them; nothing is
 * read from the environment here).
 */
export function seedFromEntropy(state: RandomState, entropy: Uint32Array): void {
  initByArray(state.mt, entropy);
  state.gaussNext = null;
}

/** The 625 ints of _random.Random.getstate(): the words then the index. */
export function getInternalState(state: MersenneState): number[] {
  const out = Array.from(state.words);
  out.push(state.index);
  return out;
}

/**
 * _random.Random.setstate(tuple) from 625 ints: each word is converted as a C unsigned long and
 * truncated to 32 bits. ValueError "state vector is the wrong size" / "invalid state".
 */
export function setInternalState(state: MersenneState, values: readonly IntValue[]): void {
  if (values.length !== N + 1) {
    throw new PythonError('ValueError', 'state vector is the wrong size');
  }
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) {
    const value = values[i]!;
    if (value < 0) {
      throw new PythonError('OverflowError', "can't convert negative value to unsigned int");
    }
    if (typeof value === 'bigint' && value >= 1n << 64n) {
      throw new PythonError('OverflowError', 'Python int too large to convert to C unsigned long');
    }
    words[i] = Number(BigInt(value) & 0xffffffffn);
  }
  const index = values[N]!;
  if (index < 0 || index > N) throw new PythonError('ValueError', 'invalid state');
  state.words.set(words);
  state.index = Number(index);
}

/** An independent copy of a generator state. */
export function copyRandomState(state: RandomState): RandomState {
  return {
    mt: { words: state.mt.words.slice(), index: state.mt.index },
    gaussNext: state.gaussNext,
  };
}
