// Exact integer functions of CPython 3.11's math module: isqrt, factorial, comb, perm, gcd, lcm.
// Arguments are already Python ints (argument coercion via __index__ is the module layer's job).

import { type IntValue, normalizeInt } from '../../objects/int-math.js';
import { PythonError } from '../../objects/python-error.js';
import { bitLength } from './float-bits.js';

const LLONG_MAX = 9223372036854775807n;

function isNegative(value: IntValue): boolean {
  return value < 0;
}

/** math.isqrt(n): the floor of the exact square root. ValueError for negative n. */
export function isqrt(n: IntValue): IntValue {
  if (isNegative(n)) throw new PythonError('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof n === 'number') {
    const root = Math.floor(Math.sqrt(n));
    // sqrt is correctly rounded, so the floor is at most one too large, and squares stay exact.
    return root * root > n ? root - 1 : root;
  }
  return normalizeInt(bigIsqrt(n));
}

/** Floor square root of a non-negative bigint by recursive halving plus one Newton step. */
function bigIsqrt(n: bigint): bigint {
  if (n < 9007199254740992n) {
    const small = Number(n);
    const root = Math.floor(Math.sqrt(small));
    return BigInt(root * root > small ? root - 1 : root);
  }
  // sqrt(n) ~= sqrt(n >> 2k) << k; refine with one Newton step, then correct by at most a few.
  const shift = BigInt(Math.floor((bitLength(n) - 1) / 4));
  const high = bigIsqrt(n >> (shift * 2n)) + 1n;
  let root = ((high << shift) + (n >> shift) / high) >> 1n;
  while (root * root > n) root -= 1n;
  while ((root + 1n) * (root + 1n) <= n) root += 1n;
  return root;
}

/** Product of the odd numbers in [start, stop) (both odd), by binary splitting. */
function oddProduct(start: number, stop: number): bigint {
  const count = (stop - start) / 2;
  if (count <= 8) {
    let total = 1n;
    // Multiply pairs in doubles while they stay exact to cut bigint work.
    for (let j = start; j < stop; j += 2) {
      if (j + 2 < stop && j * (j + 2) < 9007199254740992) {
        total *= BigInt(j * (j + 2));
        j += 2;
      } else {
        total *= BigInt(j);
      }
    }
    return total;
  }
  const middle = (start + count) | 1;
  return oddProduct(start, middle) * oddProduct(middle, stop);
}

function popCount(value: number): number {
  let count = 0;
  while (value > 0) {
    count += value % 2;
    value = Math.floor(value / 2);
  }
  return count;
}

const SMALL_FACTORIALS: readonly number[] = (() => {
  const table = [1];
  for (let i = 1; i <= 18; i++) table.push(table[i - 1]! * i);
  return table;
})();

/**
 * math.factorial(n): exact, via the odd part (binary-split products of odd ranges) shifted by the
 * two-valuation n - popcount(n), as CPython computes it.
 */
export function factorial(n: IntValue): IntValue {
  if (n > LLONG_MAX) {
    throw new PythonError(
      'OverflowError',
      'factorial() argument should not exceed 9223372036854775807',
    );
  }
  if (isNegative(n)) {
    throw new PythonError('ValueError', 'factorial() not defined for negative values');
  }
  const x = Number(n);
  if (x < SMALL_FACTORIALS.length) return SMALL_FACTORIALS[x]!;
  if (x > 2 ** 32) throw new PythonError('MemoryError', '');
  let inner = 1n;
  let outer = 1n;
  let upper = 3;
  for (let i = bitLengthNumber(x) - 2; i >= 0; i--) {
    const v = Math.floor(x / 2 ** i);
    if (v <= 2) continue;
    const lower = upper;
    upper = (v + 1) | 1;
    inner *= oddProduct(lower, upper);
    outer *= inner;
  }
  return normalizeInt(outer << BigInt(x - popCount(x)));
}

function bitLengthNumber(value: number): number {
  if (value < 4294967296) return 32 - Math.clz32(value);
  return 32 + bitLengthNumber(Math.floor(value / 4294967296));
}

/** Product n * (n-1) * ... * (n-k+1) for bigints, by binary splitting. */
function fallingProduct(n: bigint, k: bigint): bigint {
  if (k === 0n) return 1n;
  if (k === 1n) return n;
  if (k <= 16n) {
    let total = n;
    for (let i = 1n; i < k; i++) total *= n - i;
    return total;
  }
  const half = k / 2n;
  return fallingProduct(n, half) * fallingProduct(n - half, k - half);
}

function checkNonNegative(n: IntValue, k: IntValue): void {
  if (isNegative(n)) throw new PythonError('ValueError', 'n must be a non-negative integer');
  if (isNegative(k)) throw new PythonError('ValueError', 'k must be a non-negative integer');
}

/**
 * math.perm(n, k): n! / (n-k)!, zero when k > n. `k === null` means k defaults to n (factorial).
 * ValueError for negative arguments; OverflowError when k exceeds a C long long.
 */
export function perm(n: IntValue, k: IntValue | null): IntValue {
  if (k === null) return factorial(n);
  checkNonNegative(n, k);
  if (n < k) return 0;
  if (k > LLONG_MAX) {
    throw new PythonError('OverflowError', 'k must not exceed 9223372036854775807');
  }
  const bigN = BigInt(n);
  const bigK = BigInt(k);
  if (bigK > 1n << 32n) throw new PythonError('MemoryError', '');
  return normalizeInt(fallingProduct(bigN, bigK));
}

/**
 * math.comb(n, k): n! / (k! (n-k)!), zero when k > n. ValueError for negative arguments;
 * OverflowError when min(k, n-k) exceeds a C long long for n beyond it.
 */
export function comb(n: IntValue, k: IntValue): IntValue {
  checkNonNegative(n, k);
  const bigN = BigInt(n);
  let bigK = BigInt(k);
  if (bigK > bigN) return 0;
  if (bigN - bigK < bigK) bigK = bigN - bigK;
  if (bigN > LLONG_MAX && bigK > LLONG_MAX) {
    throw new PythonError('OverflowError', 'min(n - k, k) must not exceed 9223372036854775807');
  }
  if (bigK === 0n) return 1;
  if (bigK === 1n) return normalizeInt(bigN);
  if (typeof n === 'number' && n <= 62) return smallComb(n, Number(bigK));
  if (bigK > 1n << 32n) throw new PythonError('MemoryError', '');
  const numerator = fallingProduct(bigN, bigK);
  const denominator = factorial(Number(bigK));
  return normalizeInt(numerator / BigInt(denominator));
}

/** comb for n <= 62: the running product stays below 2**62 * n, exact in bigint steps. */
function smallComb(n: number, k: number): IntValue {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
  return normalizeInt(result);
}

function numberGcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    if (a < 9007199254740992n && b < 9007199254740992n) {
      return BigInt(numberGcd(Number(a), Number(b)));
    }
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Greatest common divisor of two ints (non-negative). */
export function gcdPair(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') return numberGcd(a, b);
  return normalizeInt(bigGcd(BigInt(a), BigInt(b)));
}

/** math.gcd(*integers): 0 for no arguments, |a| for one. */
export function gcd(values: readonly IntValue[]): IntValue {
  if (values.length === 0) return 0;
  let result: IntValue = absInt(values[0]!);
  for (let i = 1; i < values.length; i++) {
    if (result === 1) break;
    result = gcdPair(result, values[i]!);
  }
  return result;
}

function absInt(value: IntValue): IntValue {
  if (typeof value === 'number') return Math.abs(value) + 0;
  return normalizeInt(value < 0n ? -value : value);
}

/** math.lcm(*integers): 1 for no arguments, |a| for one, 0 as soon as any argument is 0. */
export function lcm(values: readonly IntValue[]): IntValue {
  if (values.length === 0) return 1;
  let result: IntValue = absInt(values[0]!);
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    if (result === 0 || value === 0 || value === 0n) {
      result = 0;
      continue;
    }
    const divisor = gcdPair(result, value);
    const big = (BigInt(result) / BigInt(divisor)) * BigInt(value);
    result = normalizeInt(big < 0n ? -big : big);
  }
  return result;
}
