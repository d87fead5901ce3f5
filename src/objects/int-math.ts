// Python int arithmetic on number|bigint ints: overflow promotion, floor division and modulo signs,
// pow, shifts, bitwise ops, correctly rounded true division and float conversion, bit counts and
// to/from_bytes. Parsing and printing are in int-text.ts; type dispatch is the object model's.

import { scaledToFloat } from './float-format.js';
import { PythonError } from './python-error.js';

/** A Python int: a JS number while it is a safe integer (never -0), a bigint beyond. */
export type IntValue = number | bigint;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO_POW_32 = 4294967296;
/** V8 refuses bigints past 2^30 bits; CPython would exhaust memory there anyway. */
const MAX_BIGINT_BITS = 1 << 30;

/** A bigint result in the runtime's representation: a number when it is a safe integer. */
export function normalizeInt(value: bigint): IntValue {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}

/** Any int as a bigint. */
export function intToBigInt(value: IntValue): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

function memoryError(): PythonError {
  return new PythonError('MemoryError', '');
}

/** a + b. */
export function intAdd(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (sum >= -MAX_SAFE && sum <= MAX_SAFE) return sum;
  }
  return normalizeInt(intToBigInt(a) + intToBigInt(b));
}

/** a - b. */
export function intSub(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = a - b;
    if (difference >= -MAX_SAFE && difference <= MAX_SAFE) return difference;
  }
  return normalizeInt(intToBigInt(a) - intToBigInt(b));
}

/** a * b. */
export function intMul(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (product >= -MAX_SAFE && product <= MAX_SAFE) return product === 0 ? 0 : product;
  }
  const bigA = intToBigInt(a);
  const bigB = intToBigInt(b);
  if (bigA === 0n || bigB === 0n) return 0;
  if (bitLengthOf(bigA) + bitLengthOf(bigB) > MAX_BIGINT_BITS) throw memoryError();
  return normalizeInt(bigA * bigB);
}

/** -a. */
export function intNeg(a: IntValue): IntValue {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return normalizeInt(-a);
}

/** abs(a). */
export function intAbs(a: IntValue): IntValue {
  if (typeof a === 'number') return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

/** ~a (== -a - 1). */
export function intInvert(a: IntValue): IntValue {
  if (typeof a === 'number' && a > -MAX_SAFE && a < MAX_SAFE) return -a - 1;
  return normalizeInt(-intToBigInt(a) - 1n);
}

/** -1, 0 or 1. */
export function intSign(a: IntValue): number {
  if (typeof a === 'number') return a > 0 ? 1 : a < 0 ? -1 : 0;
  return a > 0n ? 1 : a < 0n ? -1 : 0;
}

/** -1, 0 or 1 as a < b, a == b, a > b. */
export function intCompare(a: IntValue, b: IntValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const bigA = intToBigInt(a);
  const bigB = intToBigInt(b);
  return bigA < bigB ? -1 : bigA > bigB ? 1 : 0;
}

function isZero(value: IntValue): boolean {
  return value === 0 || value === 0n;
}

const DIVISION_BY_ZERO = 'integer division or modulo by zero';

/** Both operands small enough that a - (a mod b) stays exact in a double. */
function smallPair(a: IntValue, b: IntValue): boolean {
  return (
    typeof a === 'number' &&
    typeof b === 'number' &&
    a <= 4503599627370496 &&
    a >= -4503599627370496 &&
    b <= 4503599627370496 &&
    b >= -4503599627370496
  );
}

/** Python's modulo on numbers: the result has the sign of the divisor (b ≠ 0). */
function numberMod(a: number, b: number): number {
  let remainder = a % b;
  if (remainder !== 0 && remainder < 0 !== b < 0) remainder += b;
  return remainder === 0 ? 0 : remainder;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  // BigInt division truncates; step down when the signs differ and there is a remainder.
  return a % b !== 0n && a < 0n !== b < 0n ? quotient - 1n : quotient;
}

function bigMod(a: bigint, b: bigint): bigint {
  const remainder = a % b;
  return remainder !== 0n && remainder < 0n !== b < 0n ? remainder + b : remainder;
}

/** a // b, rounding toward negative infinity. ZeroDivisionError "integer division or modulo by zero". */
export function intFloorDiv(a: IntValue, b: IntValue): IntValue {
  if (isZero(b)) throw new PythonError('ZeroDivisionError', DIVISION_BY_ZERO);
  if (smallPair(a, b)) {
    const quotient = ((a as number) - numberMod(a as number, b as number)) / (b as number);
    return quotient === 0 ? 0 : quotient;
  }
  return normalizeInt(bigFloorDiv(intToBigInt(a), intToBigInt(b)));
}

/** a % b with the sign of b. ZeroDivisionError "integer modulo by zero". */
export function intMod(a: IntValue, b: IntValue): IntValue {
  if (isZero(b)) throw new PythonError('ZeroDivisionError', 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') return numberMod(a, b);
  return normalizeInt(bigMod(intToBigInt(a), intToBigInt(b)));
}

/** divmod(a, b) as [a // b, a % b]. */
export function intDivMod(a: IntValue, b: IntValue): [IntValue, IntValue] {
  if (isZero(b)) throw new PythonError('ZeroDivisionError', DIVISION_BY_ZERO);
  if (smallPair(a, b)) {
    const remainder = numberMod(a as number, b as number);
    const quotient = ((a as number) - remainder) / (b as number);
    return [quotient === 0 ? 0 : quotient, remainder];
  }
  const bigA = intToBigInt(a);
  const bigB = intToBigInt(b);
  return [normalizeInt(bigFloorDiv(bigA, bigB)), normalizeInt(bigMod(bigA, bigB))];
}

// Conversion to float and true division ----------------------------------------------------------

/** Bit length of a bigint's magnitude. */
export function bitLengthOf(value: bigint): number {
  if (value < 0n) value = -value;
  if (value === 0n) return 0;
  const hex = value.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

/** float(a), correctly rounded half-even. OverflowError "int too large to convert to float". */
export function intToFloat(a: IntValue): number {
  if (typeof a === 'number') return a;
  const result = Number(a);
  if (result === Infinity || result === -Infinity) {
    throw new PythonError('OverflowError', 'int too large to convert to float');
  }
  return result;
}

/** n / d for positive bigints, correctly rounded half-even (Infinity when it overflows). */
function positiveRatioToFloat(numerator: bigint, denominator: bigint): number {
  // Take a quotient with at least 55 bits, then let one sticky bit carry the remainder.
  const shift = 55 - (bitLengthOf(numerator) - bitLengthOf(denominator));
  let quotient: bigint;
  let remainder: bigint;
  if (shift >= 0) {
    const scaled = numerator << BigInt(shift);
    quotient = scaled / denominator;
    remainder = scaled - quotient * denominator;
  } else {
    const scaled = denominator << BigInt(-shift);
    quotient = numerator / scaled;
    remainder = numerator - quotient * scaled;
  }
  const withSticky = (quotient << 1n) | (remainder === 0n ? 0n : 1n);
  return scaledToFloat(withSticky, -shift - 1);
}

/**
 * a / b for ints, correctly rounded even for huge operands. ZeroDivisionError "division by zero";
 * OverflowError "integer division result too large for a float".
 */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (isZero(b)) throw new PythonError('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const bigA = intToBigInt(a);
  const bigB = intToBigInt(b);
  const negative = bigA < 0n !== bigB < 0n;
  if (bigA === 0n) return negative ? -0 : 0;
  const result = positiveRatioToFloat(bigA < 0n ? -bigA : bigA, bigB < 0n ? -bigB : bigB);
  if (result === Infinity) {
    throw new PythonError('OverflowError', 'integer division result too large for a float');
  }
  return negative ? -result : result;
}

// Powers -----------------------------------------------------------------------------------------

/** a ** b for b >= 0 (the caller sends negative exponents to intPowFloat or intPowMod). */
export function intPow(base: IntValue, exponent: IntValue): IntValue {
  if (typeof exponent === 'number' && typeof base === 'number') {
    let result = 1;
    let square = base;
    let remaining = exponent;
    let exact = true;
    while (remaining > 0) {
      if (remaining % 2 === 1) {
        result *= square;
        if (result > MAX_SAFE || result < -MAX_SAFE) {
          exact = false;
          break;
        }
      }
      remaining = Math.floor(remaining / 2);
      if (remaining > 0) {
        square *= square;
        if (square > MAX_SAFE) {
          exact = false;
          break;
        }
      }
    }
    if (exact) return result === 0 ? 0 : result;
  }
  const bigBase = intToBigInt(base);
  if (bigBase === 0n) return isZero(exponent) ? 1 : 0;
  if (bigBase === 1n) return 1;
  if (bigBase === -1n) return intToBigInt(exponent) % 2n === 0n ? 1 : -1;
  if (typeof exponent === 'bigint' || bitLengthOf(bigBase) * exponent > MAX_BIGINT_BITS) {
    throw memoryError();
  }
  return normalizeInt(bigBase ** BigInt(exponent));
}

/**
 * a ** b for a negative b without modulus: float(a) ** float(b), as CPython's float pow computes
 * it (correctly rounded here). ZeroDivisionError "0.0 cannot be raised to a negative power".
 */
export function intPowFloat(base: IntValue, exponent: IntValue): number {
  const floatBase = intToFloat(base);
  const floatExponent = intToFloat(exponent);
  if (floatBase === 0) {
    throw new PythonError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  }
  const count = -floatExponent;
  const oddPower = count % 2 === 1;
  const negative = floatBase < 0 && oddPower;
  const magnitude = floatBase < 0 ? -floatBase : floatBase;
  if (magnitude === 1) return negative ? -1 : 1;
  const exact = BigInt(magnitude);
  // |a|^n > 2^1080 makes the reciprocal round to zero.
  if ((bitLengthOf(exact) - 1) * count > 1080) return negative ? -0 : 0;
  const result = positiveRatioToFloat(1n, exact ** BigInt(count));
  return negative ? -result : result;
}

function modularInverse(value: bigint, modulus: bigint): bigint {
  let [oldR, r] = [bigMod(value, modulus), modulus];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const quotient = oldR / r;
    [oldR, r] = [r, oldR - quotient * r];
    [oldS, s] = [s, oldS - quotient * s];
  }
  if (oldR !== 1n) {
    throw new PythonError('ValueError', 'base is not invertible for the given modulus');
  }
  return bigMod(oldS, modulus);
}

/**
 * pow(a, b, m): ValueError "pow() 3rd argument cannot be 0"; a negative b uses the modular
 * inverse ("base is not invertible for the given modulus"); the result has the sign of m.
 */
export function intPowMod(base: IntValue, exponent: IntValue, modulus: IntValue): IntValue {
  if (isZero(modulus)) throw new PythonError('ValueError', 'pow() 3rd argument cannot be 0');
  let bigModulus = intToBigInt(modulus);
  const negativeOutput = bigModulus < 0n;
  if (negativeOutput) bigModulus = -bigModulus;
  if (bigModulus === 1n) return 0;
  let bigBase = intToBigInt(base);
  let bigExponent = intToBigInt(exponent);
  if (bigExponent < 0n) {
    bigExponent = -bigExponent;
    bigBase = modularInverse(bigBase, bigModulus);
  }
  bigBase = bigMod(bigBase, bigModulus);
  let result = 1n;
  if (bigModulus <= 94906265n && bigExponent <= 9007199254740991n) {
    // Products stay below 2^53: square-and-multiply in doubles.
    const m = Number(bigModulus);
    let square = Number(bigBase);
    let remaining = Number(bigExponent);
    let numberResult = 1;
    while (remaining > 0) {
      if (remaining % 2 === 1) numberResult = (numberResult * square) % m;
      remaining = Math.floor(remaining / 2);
      if (remaining > 0) square = (square * square) % m;
    }
    result = BigInt(numberResult);
  } else {
    let square = bigBase;
    while (bigExponent > 0n) {
      if ((bigExponent & 1n) === 1n) result = (result * square) % bigModulus;
      bigExponent >>= 1n;
      if (bigExponent > 0n) square = (square * square) % bigModulus;
    }
  }
  if (negativeOutput && result !== 0n) result -= bigModulus;
  return normalizeInt(result);
}

// Shifts and bitwise operations ------------------------------------------------------------------

/** a << b. ValueError "negative shift count"; MemoryError past what memory can hold. */
export function intLshift(a: IntValue, b: IntValue): IntValue {
  if (intSign(b) < 0) throw new PythonError('ValueError', 'negative shift count');
  if (isZero(a)) return 0;
  if (typeof b === 'bigint') {
    // CPython counts the shift in 30-bit digits; a count past ssize_t overflows, the rest cannot fit.
    if (b / 30n > 9223372036854775807n) {
      throw new PythonError('OverflowError', 'too many digits in integer');
    }
    throw memoryError();
  }
  if (typeof a === 'number' && b < 53) {
    const shifted = a * 2 ** b;
    if (shifted >= -MAX_SAFE && shifted <= MAX_SAFE) return shifted;
  }
  const bigA = intToBigInt(a);
  if (bitLengthOf(bigA) + b > MAX_BIGINT_BITS) throw memoryError();
  return normalizeInt(bigA << BigInt(b));
}

/** a >> b (floor). ValueError "negative shift count". */
export function intRshift(a: IntValue, b: IntValue): IntValue {
  if (intSign(b) < 0) throw new PythonError('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (typeof b === 'bigint' || b >= 54) return a < 0 ? -1 : 0;
    const shifted = Math.floor(a / 2 ** b);
    return shifted === 0 ? 0 : shifted;
  }
  if (typeof b === 'bigint' || b > bitLengthOf(a)) return a < 0n ? -1 : 0;
  return normalizeInt(a >> BigInt(b));
}

/** The kind of binary bitwise operation. */
type BitwiseKind = 'and' | 'or' | 'xor';

function int32Op(a: number, b: number, kind: BitwiseKind): number {
  switch (kind) {
    case 'and':
      return a & b;
    case 'or':
      return a | b;
    case 'xor':
      return a ^ b;
  }
}

function bitwise(a: IntValue, b: IntValue, kind: BitwiseKind): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return int32Op(a, b, kind);
    // Safe integers split into a signed high word and an unsigned low word (two's complement).
    const highA = Math.floor(a / TWO_POW_32);
    const highB = Math.floor(b / TWO_POW_32);
    const low = int32Op(a - highA * TWO_POW_32, b - highB * TWO_POW_32, kind) >>> 0;
    const result = int32Op(highA, highB, kind) * TWO_POW_32 + low;
    // Only ±2^53 can fall outside the safe range; it needs a bigint.
    if (result >= -MAX_SAFE && result <= MAX_SAFE) return result;
    return BigInt(result);
  }
  const bigA = intToBigInt(a);
  const bigB = intToBigInt(b);
  switch (kind) {
    case 'and':
      return normalizeInt(bigA & bigB);
    case 'or':
      return normalizeInt(bigA | bigB);
    case 'xor':
      return normalizeInt(bigA ^ bigB);
  }
}

/** a & b with infinite two's complement semantics. */
export function intAnd(a: IntValue, b: IntValue): IntValue {
  return bitwise(a, b, 'and');
}

/** a | b with infinite two's complement semantics. */
export function intOr(a: IntValue, b: IntValue): IntValue {
  return bitwise(a, b, 'or');
}

/** a ^ b with infinite two's complement semantics. */
export function intXor(a: IntValue, b: IntValue): IntValue {
  return bitwise(a, b, 'xor');
}

/** int.bit_length(): bits of |a| (0 for 0). */
export function intBitLength(a: IntValue): number {
  if (typeof a === 'bigint') return bitLengthOf(a);
  const magnitude = a < 0 ? -a : a;
  if (magnitude < TWO_POW_32) return 32 - Math.clz32(magnitude);
  return 64 - Math.clz32(Math.floor(magnitude / TWO_POW_32));
}

function popCount32(value: number): number {
  value -= (value >>> 1) & 0x55555555;
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** int.bit_count(): ones in the binary form of |a|. */
export function intBitCount(a: IntValue): number {
  if (typeof a === 'number') {
    const magnitude = a < 0 ? -a : a;
    return popCount32(magnitude >>> 0) + popCount32(Math.floor(magnitude / TWO_POW_32));
  }
  let count = 0;
  const hex = (a < 0n ? -a : a).toString(16);
  for (let index = 0; index < hex.length; index++) {
    count += popCount32(Number.parseInt(hex[index]!, 16));
  }
  return count;
}

// Bytes ------------------------------------------------------------------------------------------

function checkByteOrder(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  throw new PythonError('ValueError', "byteorder must be either 'little' or 'big'");
}

/**
 * int.to_bytes(length, byteorder, signed=...). ValueError for a bad byteorder or negative length;
 * OverflowError "can't convert negative int to unsigned" / "int too big to convert".
 */
export function intToBytes(
  value: IntValue,
  length: number,
  byteorder: string,
  signed: boolean,
): Uint8Array {
  const little = checkByteOrder(byteorder);
  if (length < 0) throw new PythonError('ValueError', 'length argument must be non-negative');
  const big = intToBigInt(value);
  if (big < 0n && !signed) {
    throw new PythonError('OverflowError', "can't convert negative int to unsigned");
  }
  const bits = BigInt(length * 8);
  const fits = signed
    ? length > 0
      ? big >= -(1n << (bits - 1n)) && big < 1n << (bits - 1n)
      : big === 0n || big === -1n
    : big < 1n << bits;
  if (!fits) throw new PythonError('OverflowError', 'int too big to convert');
  const bytes = new Uint8Array(length);
  let rest = BigInt.asUintN(length * 8, big);
  for (let index = 0; index < length; index++) {
    bytes[little ? index : length - 1 - index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/** int.from_bytes(bytes, byteorder, signed=...). */
export function intFromBytes(bytes: Uint8Array, byteorder: string, signed: boolean): IntValue {
  const little = checkByteOrder(byteorder);
  const length = bytes.length;
  let hex = '';
  for (let index = 0; index < length; index++) {
    const byte = bytes[little ? length - 1 - index : index]!;
    hex += byte < 16 ? `0${byte.toString(16)}` : byte.toString(16);
  }
  if (hex === '') return 0;
  let result = BigInt(`0x${hex}`);
  if (signed) result = BigInt.asIntN(length * 8, result);
  return normalizeInt(result);
}
