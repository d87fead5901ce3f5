// The algorithms of CPython 3.11's random.Random methods (randrange, choice, shuffle, sample,
// choices and every distribution), written against a RandomSource so a Python subclass that
// overrides random() or getrandbits() gets the same algorithms. Python objects, argument coercion
// and sequences are the module layer's: these functions take ints and floats and return indices.

import { type IntValue, normalizeInt } from '../../objects/int-math.js';
import { PythonError } from '../../objects/python-error.js';
import { bitLength, copySign } from '../math/float-bits.js';
import { libmAcos, libmCos, libmLog, libmSin } from '../math/libm.js';
import { logOfFloat, exp as mathExp, powFinite } from '../math/math-functions.js';
import { getRandBits, type MersenneState, nextRandom, nextUint32 } from './mersenne-twister.js';

/** Where the methods draw from: the generator's random() and getrandbits(k). */
export interface RandomSource {
  random(): number;
  getrandbits(k: number): IntValue;
}

const sources = new WeakMap<MersenneState, RandomSource>();

/** The RandomSource of a plain Mersenne Twister state (cached per state). */
export function mersenneSource(state: MersenneState): RandomSource {
  let source = sources.get(state);
  if (source === undefined) {
    source = {
      random: () => nextRandom(state),
      getrandbits: (k) => getRandBits(state, k),
    };
    sources.set(state, source);
  }
  return source;
}

const TWO_PI = 2 * Math.PI;
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2);
const LOG4 = Math.log(4);
const SG_MAGICCONST = 1 + Math.log(4.5);

function mathLog(x: number): number {
  return logOfFloat('log', x);
}

function floatDivide(a: number, b: number): number {
  if (b === 0) throw new PythonError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** Python's float % (the result takes the sign of the divisor). */
function floatModulo(x: number, y: number): number {
  if (y === 0) throw new PythonError('ZeroDivisionError', 'float modulo');
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = copySign(0, y);
  }
  return mod;
}

/** Python's float ** for the real cases the distributions reach. */
function floatPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (Number.isNaN(x)) return x === 1 ? 1 : x;
  if (x === 0 && y < 0) {
    throw new PythonError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  }
  const result = powFinite(x, y);
  if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
    throw new PythonError('OverflowError', "(34, 'Numerical result out of range')");
  }
  return result;
}

function intBitLength(n: IntValue): number {
  if (typeof n === 'number') {
    const magnitude = Math.abs(n);
    return magnitude < 4294967296
      ? 32 - Math.clz32(magnitude)
      : 32 + (32 - Math.clz32(Math.floor(magnitude / 4294967296)));
  }
  return bitLength(n);
}

function isLess(a: IntValue, b: IntValue): boolean {
  return a < b;
}

/** _randbelow_with_getrandbits(n) for n > 0: rejection sampling on bit_length(n) bits. */
export function randBelow(source: RandomSource, n: IntValue): IntValue {
  const k = intBitLength(n);
  let r = source.getrandbits(k);
  while (!isLess(r, n)) r = source.getrandbits(k);
  return r;
}

/** _randbelow with a plain MT state: the common path without the RandomSource indirection. */
export function randBelowMersenne(state: MersenneState, n: IntValue): IntValue {
  if (typeof n === 'number' && n < 4294967296) {
    const k = 32 - Math.clz32(n);
    let r = nextUint32(state) >>> (32 - k);
    while (r >= n) r = nextUint32(state) >>> (32 - k);
    return r;
  }
  return randBelow(mersenneSource(state), n);
}

/**
 * _randbelow_without_getrandbits(n): for generators that only supply random(). `onLargeRange` is
 * called (to warn) when n needs more than 53 bits.
 */
export function randBelowFromFloats(
  source: RandomSource,
  n: IntValue,
  onLargeRange: () => void = () => {},
): IntValue {
  const maxsize = 9007199254740992;
  if (n >= maxsize) {
    onLargeRange();
    return normalizeInt(BigInt(Math.floor(source.random() * Number(n))));
  }
  const count = Number(n);
  const rem = maxsize % count;
  const limit = (maxsize - rem) / maxsize;
  let r = source.random();
  while (r >= limit) r = source.random();
  return Math.floor(r * maxsize) % count;
}

/** How a method draws an int below n (set per generator class, as random.py's _randbelow). */
export type RandBelow = (n: IntValue) => IntValue;

function add(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return normalizeInt(BigInt(a) + BigInt(b));
}

function multiply(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product + 0;
  }
  return normalizeInt(BigInt(a) * BigInt(b));
}

function floorDivide(a: IntValue, b: IntValue): IntValue {
  const big = BigInt(a);
  const divisor = BigInt(b);
  let quotient = big / divisor;
  if (big % divisor !== 0n && big < 0n !== divisor < 0n) quotient -= 1n;
  return normalizeInt(quotient);
}

/**
 * randrange(start, stop, step) on ints already coerced by operator.index. `stop` null means
 * randrange(start); `step` null means the default 1 (an explicit step with no stop is a
 * TypeError).
 */
export function randrange(
  below: RandBelow,
  start: IntValue,
  stop: IntValue | null,
  step: IntValue | null,
): IntValue {
  if (stop === null) {
    if (step !== null && step !== 1) {
      throw new PythonError('TypeError', 'Missing a non-None stop argument');
    }
    if (start > 0) return below(start);
    throw new PythonError('ValueError', 'empty range for randrange()');
  }
  const width = add(stop, typeof start === 'bigint' ? -start : -start);
  const istep = step ?? 1;
  if (istep === 1 || istep === 1n) {
    if (width > 0) return add(start, below(width));
    throw new PythonError(
      'ValueError',
      `empty range for randrange() (${start}, ${stop}, ${width})`,
    );
  }
  let n: IntValue;
  if (istep > 0) n = floorDivide(add(add(width, istep), -1), istep);
  else if (istep < 0) n = floorDivide(add(add(width, istep), 1), istep);
  else throw new PythonError('ValueError', 'zero step for randrange()');
  if (n <= 0) throw new PythonError('ValueError', 'empty range for randrange()');
  return add(start, multiply(istep, below(n)));
}

/** randint(a, b) = randrange(a, b + 1). */
export function randint(below: RandBelow, a: IntValue, b: IntValue): IntValue {
  return randrange(below, a, add(b, 1), null);
}

/** choice(seq): the index to pick from a sequence of `length` items. */
export function choiceIndex(below: RandBelow, length: IntValue): IntValue {
  if (length === 0 || length === 0n) {
    throw new PythonError('IndexError', 'Cannot choose from an empty sequence');
  }
  return below(length);
}

/** shuffle(x): Fisher-Yates from the end, in place. */
export function shuffleInPlace<T>(below: RandBelow, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Number(below(i + 1));
    const swap = items[i]!;
    items[i] = items[j]!;
    items[j] = swap;
  }
}

/**
 * sample(population, k): the population indices chosen, in selection order. Uses the pool
 * algorithm for small populations and the set-based one otherwise, with random.py's threshold.
 */
export function sampleIndices(below: RandBelow, n: IntValue, k: IntValue): IntValue[] {
  if (k < 0 || k > n) {
    throw new PythonError('ValueError', 'Sample larger than population or is negative');
  }
  const count = Number(k);
  const result: IntValue[] = new Array(count);
  let setsize = 21;
  if (count > 5) setsize += 4 ** Math.ceil(libmLog(count * 3) / libmLog(4));
  if (n <= setsize) {
    const size = Number(n);
    const pool = Array.from({ length: size }, (_, i) => i);
    for (let i = 0; i < count; i++) {
      const j = Number(below(size - i));
      result[i] = pool[j]!;
      pool[j] = pool[size - i - 1]!;
    }
    return result;
  }
  const selected = new Set<IntValue>();
  for (let i = 0; i < count; i++) {
    let j = below(n);
    while (selected.has(j)) j = below(n);
    selected.add(j);
    result[i] = j;
  }
  return result;
}

/** bisect_right(sorted, x, lo, hi) on numbers. */
function bisectRight(
  sorted: ArrayLike<IntValue | number>,
  x: IntValue | number,
  lo: number,
  hi: number,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x < sorted[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * sample(population, k, counts=...): population indices, given the running totals of the counts
 * (random.py's cum_counts). ValueError when the total is not positive.
 */
export function sampleCountedIndices(
  below: RandBelow,
  cumulativeCounts: readonly IntValue[],
  k: IntValue,
): number[] {
  const total = cumulativeCounts[cumulativeCounts.length - 1] ?? 0;
  if (total <= 0) throw new PythonError('ValueError', 'Total of counts must be greater than zero');
  const selections = sampleIndices(below, total, k);
  const bounds = cumulativeCounts.slice(0, -1);
  return selections.map((s) => bisectRight(bounds, s, 0, bounds.length));
}

/** choices(population, k=k) without weights: indices floor(random() * n). */
export function choicesUniform(source: RandomSource, n: number, k: number): number[] {
  const out: number[] = new Array(Math.max(0, k));
  for (let i = 0; i < k; i++) out[i] = Math.floor(source.random() * n);
  return out;
}

/**
 * choices(population, cum_weights=..., k=k): indices by bisecting random() * total in the
 * cumulative weights (as floats). Errors as random.py's.
 */
export function choicesWeighted(
  source: RandomSource,
  cumulativeWeights: readonly number[],
  k: number,
): number[] {
  const n = cumulativeWeights.length;
  if (n === 0) throw new PythonError('IndexError', 'list index out of range');
  const total = cumulativeWeights[n - 1]! + 0;
  if (total <= 0) throw new PythonError('ValueError', 'Total of weights must be greater than zero');
  if (!Number.isFinite(total))
    throw new PythonError('ValueError', 'Total of weights must be finite');
  const hi = n - 1;
  const out: number[] = new Array(Math.max(0, k));
  for (let i = 0; i < k; i++) {
    out[i] = bisectRight(cumulativeWeights, source.random() * total, 0, hi);
  }
  return out;
}

/** uniform(a, b) = a + (b - a) * random(). */
export function uniform(source: RandomSource, a: number, b: number): number {
  return a + (b - a) * source.random();
}

/**
 * triangular(low, high, mode); `mode` null means the midpoint. Returns null where random.py
 * returns its `low` argument unchanged (high == low with a mode: the ZeroDivisionError path).
 */
export function triangular(
  source: RandomSource,
  low: number,
  high: number,
  mode: number | null,
): number | null {
  let u = source.random();
  if (mode !== null && high - low === 0) return null;
  let c = mode === null ? 0.5 : (mode - low) / (high - low);
  if (u > c) {
    u = 1 - u;
    c = 1 - c;
    const swap = low;
    low = high;
    high = swap;
  }
  return low + (high - low) * Math.sqrt(u * c);
}

/** normalvariate(mu, sigma): Kinderman and Monahan's ratio method. */
export function normalvariate(source: RandomSource, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = source.random();
    const u2 = 1 - source.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4;
    if (zz <= -mathLog(u2)) break;
  }
  return mu + z * sigma;
}

/** The state gauss() keeps between calls (random.py's gauss_next). */
export interface GaussCache {
  gaussNext: number | null;
}

/** gauss(mu, sigma): Box-Muller, caching the second value. */
export function gauss(source: RandomSource, cache: GaussCache, mu: number, sigma: number): number {
  let z = cache.gaussNext;
  cache.gaussNext = null;
  if (z === null) {
    const x2pi = source.random() * TWO_PI;
    const g2rad = Math.sqrt(-2 * mathLog(1 - source.random()));
    z = libmCos(x2pi) * g2rad;
    cache.gaussNext = libmSin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

/** lognormvariate(mu, sigma) = exp(normalvariate(mu, sigma)). */
export function lognormvariate(source: RandomSource, mu: number, sigma: number): number {
  return mathExp(normalvariate(source, mu, sigma));
}

/** expovariate(lambd) = -log(1 - random()) / lambd. */
export function expovariate(source: RandomSource, lambd: number): number {
  return floatDivide(-mathLog(1 - source.random()), lambd);
}

/** vonmisesvariate(mu, kappa): Best and Fisher's algorithm. */
export function vonmisesvariate(source: RandomSource, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWO_PI * source.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1 + s * s);
  let z: number;
  for (;;) {
    const u1 = source.random();
    z = libmCos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = source.random();
    if (u2 < 1 - d * d || u2 <= (1 - d) * mathExp(d)) break;
  }
  const q = 1 / r;
  const f = (q + z) / (1 + q * z);
  const u3 = source.random();
  if (u3 > 0.5) return floatModulo(mu + acos(f), TWO_PI);
  return floatModulo(mu - acos(f), TWO_PI);
}

function acos(x: number): number {
  const result = libmAcos(x);
  if (Number.isNaN(result) && !Number.isNaN(x)) {
    throw new PythonError('ValueError', 'math domain error');
  }
  return result;
}

/** gammavariate(alpha, beta): Cheng's method for alpha > 1, Ahrens-Dieter's GS below. */
export function gammavariate(source: RandomSource, alpha: number, beta: number): number {
  if (alpha <= 0 || beta <= 0) {
    throw new PythonError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  }
  if (alpha > 1) {
    const ainv = Math.sqrt(2 * alpha - 1);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = source.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1 - source.random();
      const v = mathLog(u1 / (1 - u1)) / ainv;
      const x = alpha * mathExp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= mathLog(z)) return x * beta;
    }
  }
  if (alpha === 1) return -mathLog(1 - source.random()) * beta;
  let x: number;
  for (;;) {
    const u = source.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    if (p <= 1) x = floatPow(p, 1 / alpha);
    else x = -mathLog((b - p) / alpha);
    const u1 = source.random();
    if (p > 1) {
      if (u1 <= floatPow(x, alpha - 1)) break;
    } else if (u1 <= mathExp(-x)) {
      break;
    }
  }
  return x * beta;
}

/** betavariate(alpha, beta) from two gamma variates. */
export function betavariate(source: RandomSource, alpha: number, beta: number): number {
  const y = gammavariate(source, alpha, 1);
  if (y !== 0) return y / (y + gammavariate(source, beta, 1));
  return 0;
}

/** paretovariate(alpha) = (1 - random()) ** (-1 / alpha). */
export function paretovariate(source: RandomSource, alpha: number): number {
  const u = 1 - source.random();
  return floatPow(u, floatDivide(-1, alpha));
}

/** weibullvariate(alpha, beta) = alpha * (-log(1 - random())) ** (1 / beta). */
export function weibullvariate(source: RandomSource, alpha: number, beta: number): number {
  const u = 1 - source.random();
  return alpha * floatPow(-mathLog(u), floatDivide(1, beta));
}

/** randbytes(n) straight from an MT state: getrandbits(8n) as little-endian bytes. */
export function randbytesMersenne(state: MersenneState, n: number): Uint8Array {
  if (n < 0) throw new PythonError('ValueError', 'number of bits must be non-negative');
  const out = new Uint8Array(n);
  let at = 0;
  while (n - at >= 4) {
    const word = nextUint32(state);
    out[at] = word & 0xff;
    out[at + 1] = (word >>> 8) & 0xff;
    out[at + 2] = (word >>> 16) & 0xff;
    out[at + 3] = word >>> 24;
    at += 4;
  }
  const rest = n - at;
  if (rest > 0) {
    const word = nextUint32(state) >>> (32 - 8 * rest);
    for (let i = 0; i < rest; i++) out[at + i] = (word >>> (8 * i)) & 0xff;
  }
  return out;
}
