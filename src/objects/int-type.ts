// Python ints as JS number (safe integers) or bigint (beyond), normalised; instances of int
// subclasses; and the exact integer operations every numeric path shares. Methods: int-methods.ts.

import { intType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** A Python int value: a safe-integer JS number (never -0) or a bigint outside the safe range. */
export type PyInt = number | bigint;

/** An instance of a subclass of `int` (plain ints are JS numbers/bigints). */
export class PyIntInstance extends PyObject {
  declare readonly value: PyInt;

  constructor(value: PyInt, cls: PyType = intType) {
    super(cls);
    this.value = value;
  }
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Normalises a bigint result: a JS number when it is a safe integer. */
export function normalizeBigInt(value: bigint): PyInt {
  return value >= MIN_SAFE && value <= MAX_SAFE ? Number(value) : value;
}

/** The int as a bigint. */
export function toBigInt(value: PyInt): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

/** The int value of an int-like (int, bool, int-subclass instance), or undefined. */
export function intValueOf(value: PyValue): PyInt | undefined {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return value;
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return undefined;
    default:
      return value instanceof PyIntInstance ? value.value : undefined;
  }
}

/** Whether a value is an int (bool and int subclasses included). */
export function isIntLike(value: PyValue): boolean {
  const kind = typeof value;
  return (
    kind === 'number' || kind === 'bigint' || kind === 'boolean' || value instanceof PyIntInstance
  );
}

/** `a + b`. */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return normalizeBigInt(toBigInt(a) + toBigInt(b));
}

/** `a - b`. */
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const diff = a - b;
    if (Number.isSafeInteger(diff)) return diff;
  }
  return normalizeBigInt(toBigInt(a) - toBigInt(b));
}

/** `a * b`. */
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product === 0 ? 0 : product;
  }
  return normalizeBigInt(toBigInt(a) * toBigInt(b));
}

/** `a // b` (b nonzero; the caller raises ZeroDivisionError). */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const mod = intModNumber(a, b);
    const quotient = (a - mod) / b;
    if (Number.isSafeInteger(quotient)) return quotient === 0 ? 0 : quotient;
  }
  const bigA = toBigInt(a);
  const bigB = toBigInt(b);
  let quotient = bigA / bigB;
  // Truncation rounds towards zero: step down when the signs differ and the division was inexact
  // (checked by a product, cheaper than a second division).
  if (bigA < 0n !== bigB < 0n && quotient * bigB !== bigA) quotient -= 1n;
  return normalizeBigInt(quotient);
}

function intModNumber(a: number, b: number): number {
  let mod = a % b;
  if (mod !== 0 && mod < 0 !== b < 0) mod += b;
  return mod === 0 ? 0 : mod;
}

/** `a % b` (b nonzero), with the sign of b. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return intModNumber(a, b);
  const bigB = toBigInt(b);
  let mod = toBigInt(a) % bigB;
  if (mod !== 0n && mod < 0n !== bigB < 0n) mod += bigB;
  return normalizeBigInt(mod);
}

/** `-a`. */
export function intNeg(a: PyInt): PyInt {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normalizeBigInt(-a);
}

/** `abs(a)`. */
export function intAbs(a: PyInt): PyInt {
  if (typeof a === 'number') return Math.abs(a);
  return normalizeBigInt(a < 0n ? -a : a);
}

/** Sign of an int: -1, 0 or 1. */
export function intSign(a: PyInt): number {
  if (typeof a === 'number') return a < 0 ? -1 : a > 0 ? 1 : 0;
  return a < 0n ? -1 : a > 0n ? 1 : 0;
}

/** Number of bits of |a| (`int.bit_length`). */
export function intBitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const magnitude = Math.abs(a);
    if (magnitude < 2 ** 31) return 32 - Math.clz32(magnitude);
    return magnitude.toString(2).length;
  }
  // Hex digits are a quarter as many as binary ones: all but the first count four bits.
  const hex = (a < 0n ? -a : a).toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(Number.parseInt(hex[0]!, 16));
}

/** `a ** b` for b >= 0 (the caller checks the size beforehand). */
export function intPowNonNegative(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const result = a ** b;
    if (Number.isSafeInteger(result)) return result === 0 ? 0 : result;
  }
  return normalizeBigInt(toBigInt(a) ** toBigInt(b));
}

function fitsInt32(value: PyInt): value is number {
  return typeof value === 'number' && (value | 0) === value;
}

const TWO_32 = 4294967296;

/**
 * `a & b` (op 0), `a | b` (1) or `a ^ b` (2) on two safe integers, through their high (signed, at
 * most 22 bits) and low (unsigned 32 bits) halves: exact two's-complement semantics without bigints.
 * The result is an integer of at least -2**53 (as in -(2**53 - 1) ^ 1), so it may be no safe integer.
 */
export function bitwiseOfSafeInts(a: number, b: number, op: 0 | 1 | 2): number {
  const highA = Math.floor(a / TWO_32);
  const highB = Math.floor(b / TWO_32);
  const lowA = a - highA * TWO_32;
  const lowB = b - highB * TWO_32;
  let high: number;
  let low: number;
  if (op === 0) {
    high = highA & highB;
    low = (lowA & lowB) >>> 0;
  } else if (op === 1) {
    high = highA | highB;
    low = (lowA | lowB) >>> 0;
  } else {
    high = highA ^ highB;
    low = (lowA ^ lowB) >>> 0;
  }
  return high * TWO_32 + low;
}

/** bitwiseOfSafeInts as a Python int (a bigint below the safe range). */
function bitwiseSafe(a: number, b: number, op: 0 | 1 | 2): PyInt {
  const result = bitwiseOfSafeInts(a, b, op);
  return result < -Number.MAX_SAFE_INTEGER ? BigInt(result) : result;
}

/** `a & b`. */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (fitsInt32(a) && fitsInt32(b)) return a & b;
  if (typeof a === 'number' && typeof b === 'number') return bitwiseSafe(a, b, 0);
  return normalizeBigInt(toBigInt(a) & toBigInt(b));
}

/** `a | b`. */
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (fitsInt32(a) && fitsInt32(b)) return a | b;
  if (typeof a === 'number' && typeof b === 'number') return bitwiseSafe(a, b, 1);
  return normalizeBigInt(toBigInt(a) | toBigInt(b));
}

/** `a ^ b`. */
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (fitsInt32(a) && fitsInt32(b)) return a ^ b;
  if (typeof a === 'number' && typeof b === 'number') return bitwiseSafe(a, b, 2);
  return normalizeBigInt(toBigInt(a) ^ toBigInt(b));
}

/** `~a`. */
export function intInvert(a: PyInt): PyInt {
  if (typeof a === 'number') return -a - 1;
  return normalizeBigInt(-a - 1n);
}

/** `a << b` for 0 <= b (the caller checks the size). */
export function intLeftShift(a: PyInt, b: number): PyInt {
  if (typeof a === 'number' && b < 31 && Math.abs(a) < 2 ** 21) {
    const shifted = a * 2 ** b;
    if (Number.isSafeInteger(shifted)) return shifted;
  }
  return normalizeBigInt(toBigInt(a) << BigInt(b));
}

/** `a >> b` for 0 <= b (floor semantics, as Python). */
export function intRightShift(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b < 32 && (a | 0) === a) return a >> b;
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b);
  }
  if (typeof b === 'bigint') return intSign(a) < 0 ? -1 : 0;
  return normalizeBigInt(toBigInt(a) >> BigInt(b));
}

/** Compares two ints: negative, zero or positive. */
export function intCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The int as the nearest JS number (may lose precision; Infinity when too large). */
export function intToNumber(value: PyInt): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Truncates a finite JS number to a Python int. */
export function intFromNumber(value: number): PyInt {
  const truncated = Math.trunc(value);
  if (Number.isSafeInteger(truncated)) return truncated === 0 ? 0 : truncated;
  return normalizeBigInt(BigInt(truncated));
}
