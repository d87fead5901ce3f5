// Arithmetic on the numeric tower (bool ⊂ int ⊂ float ⊂ complex) with CPython's results and errors.
// Dispatch to dunders of other types is protocol-number.ts's job; this file only sees numbers.

import {
  libmAtan2,
  libmCos,
  libmExp,
  libmHypot,
  libmLog,
  libmPow,
  libmSin,
} from '../stdlib/math/libm.js';
import { boolType, complexType, floatType, intType } from './builtin-types.js';
import { PyComplex } from './complex.js';
import { overflowError, valueError, zeroDivisionError } from './errors.js';
import { newFloat, PyFloat } from './float-type.js';
import {
  intAdd,
  intAnd,
  intBitLength,
  intFloorDiv,
  intLeftShift,
  intMod,
  intMul,
  intOr,
  intPowNonNegative,
  intRightShift,
  intSign,
  intSub,
  intToNumber,
  intValueOf,
  intXor,
  type PyInt,
  toBigInt,
} from './int-type.js';
import type { PyValue } from './py-object.js';
import { rt } from './runtime.js';

/** BINARY_OP argument indexes (CPython's NB_* numbering); in-place forms add 13. */
export const BinaryOp = {
  ADD: 0,
  AND: 1,
  FLOOR_DIVIDE: 2,
  LSHIFT: 3,
  MATRIX_MULTIPLY: 4,
  MULTIPLY: 5,
  REMAINDER: 6,
  OR: 7,
  POWER: 8,
  RSHIFT: 9,
  SUBTRACT: 10,
  TRUE_DIVIDE: 11,
  XOR: 12,
} as const;

/** Operator symbols by BINARY_OP index (for error messages). */
export const BINARY_SYMBOLS = [
  '+',
  '&',
  '//',
  '<<',
  '@',
  '*',
  '%',
  '|',
  '** or pow()',
  '>>',
  '-',
  '/',
  '^',
] as const;

/** The int value of an int operand (int, bool, int-subclass instance), else undefined. */
function intOperand(value: PyValue): PyInt | undefined {
  return intValueOf(value);
}

/** The float value of a float operand (float or float-subclass instance), else undefined. */
function floatOperand(value: PyValue): number | undefined {
  return value instanceof PyFloat ? value.value : undefined;
}

/** Converts an int to a float for mixed arithmetic; OverflowError when it does not fit. */
export function intToFloat(value: PyInt): number {
  const result = intToNumber(value);
  if (!Number.isFinite(result)) throw overflowError('int too large to convert to float');
  return result;
}

/**
 * `a <op> b` when both are ints (bool included); undefined when either is not an int.
 * Bitwise operations of two bools give a bool, as CPython.
 */
export function intBinary(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  const x = intOperand(a);
  if (x === undefined) return undefined;
  const y = intOperand(b);
  if (y === undefined) return undefined;
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === BinaryOp.AND) return a && b;
    if (op === BinaryOp.OR) return a || b;
    if (op === BinaryOp.XOR) return a !== b;
  }
  return intArithmetic(op, x, y);
}

/**
 * `x <op> y` (BINARY_OP's `arg` below 13) for two int values: CPython's long_* results and errors;
 * undefined for `@`. The caller has taken the values out of bools and int subclasses.
 */
export function intArithmetic(op: number, x: PyInt, y: PyInt): PyValue | undefined {
  switch (op) {
    case BinaryOp.ADD:
      return intAdd(x, y);
    case BinaryOp.SUBTRACT:
      return intSub(x, y);
    case BinaryOp.MULTIPLY:
      return intMul(x, y);
    case BinaryOp.FLOOR_DIVIDE:
      if (y === 0) throw zeroDivisionError('integer division or modulo by zero');
      return intFloorDiv(x, y);
    case BinaryOp.REMAINDER:
      if (y === 0) throw zeroDivisionError('integer modulo by zero');
      return intMod(x, y);
    case BinaryOp.TRUE_DIVIDE:
      return newFloat(intTrueDivide(x, y));
    case BinaryOp.POWER:
      return intPower(x, y);
    case BinaryOp.LSHIFT:
      return intShiftLeft(x, y);
    case BinaryOp.RSHIFT:
      if (intSign(y) < 0) throw valueError('negative shift count');
      return intRightShift(x, y);
    case BinaryOp.AND:
      return intAnd(x, y);
    case BinaryOp.OR:
      return intOr(x, y);
    case BinaryOp.XOR:
      return intXor(x, y);
    default:
      return undefined;
  }
}

/** `x / y` for ints, correctly rounded for safe ints and close for big ones. */
export function intTrueDivide(x: PyInt, y: PyInt): number {
  if (y === 0) throw zeroDivisionError('division by zero');
  if (
    typeof x === 'number' &&
    typeof y === 'number' &&
    Math.abs(x) <= 2 ** 53 &&
    Math.abs(y) <= 2 ** 53
  ) {
    return x / y;
  }
  const bigX = toBigInt(x);
  const bigY = toBigInt(y);
  const negative = bigX < 0n !== bigY < 0n;
  const a = bigX < 0n ? -bigX : bigX;
  const b = bigY < 0n ? -bigY : bigY;
  if (a === 0n) return negative ? -0 : 0;
  // quotient ≈ q * 2**exponent with q holding at least 55 bits (plus a sticky bit), so that the
  // conversion of q to a double rounds once, correctly; subnormal results round by hand.
  let exponent = intBitLength(a) - intBitLength(b) - 55;
  const subnormal = exponent < -1074;
  if (subnormal) exponent = -1074;
  const numerator = exponent >= 0 ? a : a << BigInt(-exponent);
  const denominator = exponent >= 0 ? b << BigInt(exponent) : b;
  let quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (subnormal) {
    const twice = remainder * 2n;
    if (twice > denominator || (twice === denominator && (quotient & 1n) === 1n)) quotient += 1n;
  } else if (remainder !== 0n) {
    quotient |= 1n;
  }
  let magnitude = Number(quotient);
  // Scale in two steps: 2**exponent alone may overflow or underflow.
  const half = Math.trunc(exponent / 2);
  magnitude = magnitude * 2 ** half * 2 ** (exponent - half);
  if (magnitude === Infinity) throw overflowError('integer division result too large for a float');
  return negative ? -magnitude : magnitude;
}

/**
 * `x ** y` for ints; checks the result size first. A negative exponent is float ** float, as
 * CPython's long_pow hands both operands to float_pow.
 */
export function intPower(x: PyInt, y: PyInt): PyValue {
  if (intSign(y) < 0) {
    const base = intToFloat(x);
    return floatPower(base, intToFloat(y));
  }
  if (x === 0 || x === 1) return y === 0 ? 1 : x;
  if (x === -1) return intToNumber(intMod(y, 2)) === 0 ? 1 : -1;
  if (typeof y === 'bigint') {
    rt().checkAllocation(Number.MAX_SAFE_INTEGER);
    return 0;
  }
  const bits = (intBitLength(x) - 1) * y;
  if (bits > 64) rt().checkAllocation(bits / 8);
  return intPowNonNegative(x, y);
}

/** `sys.maxsize`: shifts by more are OverflowError (fewer are MemoryError when too big). */
const MAX_SSIZE = (1n << 63n) - 1n;

function intShiftLeft(x: PyInt, y: PyInt): PyInt {
  if (intSign(y) < 0) throw valueError('negative shift count');
  if (x === 0) return 0;
  if (typeof y === 'bigint') {
    if (y > MAX_SSIZE) throw overflowError('too many digits in integer');
    rt().checkAllocation(Number.MAX_SAFE_INTEGER);
    return 0;
  }
  if (y > 64) rt().checkAllocation((intBitLength(x) + y) / 8);
  return intLeftShift(x, y);
}

/** The float value of an int-or-float operand, or undefined. */
function realOperand(value: PyValue): number | undefined {
  const float = floatOperand(value);
  if (float !== undefined) return float;
  const int = intOperand(value);
  return int === undefined ? undefined : intToFloat(int);
}

/**
 * `a <op> b` when one is a float and the other an int or float; undefined otherwise.
 * Errors and results follow CPython's float_* functions.
 */
export function floatBinary(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) return undefined;
  const x = realOperand(a);
  if (x === undefined) return undefined;
  const y = realOperand(b);
  if (y === undefined) return undefined;
  switch (op) {
    case BinaryOp.ADD:
      return newFloat(x + y);
    case BinaryOp.SUBTRACT:
      return newFloat(x - y);
    case BinaryOp.MULTIPLY:
      return newFloat(x * y);
    case BinaryOp.TRUE_DIVIDE:
      if (y === 0) throw zeroDivisionError('float division by zero');
      return newFloat(x / y);
    case BinaryOp.FLOOR_DIVIDE:
      if (y === 0) throw zeroDivisionError('float floor division by zero');
      return newFloat(floatDivmod(x, y)[0]);
    case BinaryOp.REMAINDER:
      if (y === 0) throw zeroDivisionError('float modulo');
      return newFloat(floatDivmod(x, y)[1]);
    case BinaryOp.POWER:
      return floatPower(x, y);
    default:
      return undefined;
  }
}

/** CPython's float divmod: [floor quotient, remainder with the sign of y]. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floorDiv: number;
  if (div !== 0) {
    floorDiv = Math.floor(div);
    if (div - floorDiv > 0.5) floorDiv += 1;
  } else {
    // copysign(0.0, x / y): -0.0 // 2.5 is -0.0.
    const quotient = x / y;
    floorDiv = quotient < 0 || Object.is(quotient, -0) ? -0 : 0;
  }
  return [floorDiv, mod];
}

/** `x ** y` for floats with CPython's special cases and errors. */
export function floatPower(x: number, y: number): PyValue {
  if (y === 0) return newFloat(1);
  if (Number.isNaN(x)) return newFloat(x === 1 ? 1 : Number.NaN);
  if (x === 0 && y < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) {
    return complexPower(x, 0, y, 0);
  }
  if (x === 1) return newFloat(1);
  const result = libmPow(x, y);
  if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
    throw overflowError("(34, 'Numerical result out of range')");
  }
  return newFloat(result);
}

/** The complex parts of a numeric operand, or undefined. */
function complexOperand(value: PyValue): [number, number] | undefined {
  if (value instanceof PyComplex) return [value.real, value.imag];
  const real = realOperand(value);
  return real === undefined ? undefined : [real, 0];
}

/** `a <op> b` when one side is complex and the other numeric; undefined otherwise. */
export function complexBinary(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  if (!(a instanceof PyComplex) && !(b instanceof PyComplex)) return undefined;
  const x = complexOperand(a);
  const y = complexOperand(b);
  if (x === undefined || y === undefined) return undefined;
  const [ar, ai] = x;
  const [br, bi] = y;
  switch (op) {
    case BinaryOp.ADD:
      return new PyComplex(ar + br, ai + bi);
    case BinaryOp.SUBTRACT:
      return new PyComplex(ar - br, ai - bi);
    case BinaryOp.MULTIPLY:
      return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    case BinaryOp.TRUE_DIVIDE:
      return complexDivide(ar, ai, br, bi);
    case BinaryOp.POWER:
      return complexPower(ar, ai, br, bi);
    default:
      return undefined;
  }
}

function complexDivide(ar: number, ai: number, br: number, bi: number): PyComplex {
  if (br === 0 && bi === 0) throw zeroDivisionError('complex division by zero');
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    const ratio = bi / br;
    const denominator = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denominator, (ai - ar * ratio) / denominator);
  }
  const ratio = br / bi;
  const denominator = br * ratio + bi;
  return new PyComplex((ar * ratio + ai) / denominator, (ai * ratio - ar) / denominator);
}

/**
 * `a ** b` for complex numbers as CPython 3.11's complex_pow: repeated multiplication for small
 * integer exponents, else the polar formula with C's libm; a domain error (cos/sin of an infinite
 * phase, 0 to a negative power) is ZeroDivisionError, an infinite part is OverflowError.
 */
function complexPower(ar: number, ai: number, br: number, bi: number): PyComplex {
  const domainError = () => zeroDivisionError('0.0 to a negative or complex power');
  let real: number;
  let imag: number;
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    let resultR = 1;
    let resultI = 0;
    let baseR = ar;
    let baseI = ai;
    let exponent = Math.abs(br);
    while (exponent > 0) {
      if (exponent & 1) {
        const r = resultR * baseR - resultI * baseI;
        resultI = resultR * baseI + resultI * baseR;
        resultR = r;
      }
      const r = baseR * baseR - baseI * baseI;
      baseI = 2 * baseR * baseI;
      baseR = r;
      exponent >>= 1;
    }
    if (br < 0) {
      if (resultR === 0 && resultI === 0) throw domainError();
      const quotient = complexDivide(1, 0, resultR, resultI);
      real = quotient.real;
      imag = quotient.imag;
    } else {
      real = resultR;
      imag = resultI;
    }
  } else if (br === 0 && bi === 0) {
    return new PyComplex(1, 0);
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw domainError();
    return new PyComplex(0, 0);
  } else {
    const modulus = libmHypot(ar, ai);
    let length = powAbs(modulus, br);
    const angle = libmAtan2(ai, ar);
    let phase = angle * br;
    if (bi !== 0) {
      length /= libmExp(angle * bi);
      phase += bi * libmLog(modulus);
    }
    if (phase === Infinity || phase === -Infinity) throw domainError();
    real = length * libmCos(phase);
    imag = length * libmSin(phase);
  }
  if (Math.abs(real) === Infinity || Math.abs(imag) === Infinity) {
    throw overflowError('complex exponentiation');
  }
  return new PyComplex(real, imag);
}

/** C pow(x, y) for x > 0 (the modulus of a complex number), special values included. */
function powAbs(x: number, y: number): number {
  return libmPow(x, y);
}

/** `a <op> b` for any two numbers of the tower; undefined when an operand is not a number. */
export function numericBinary(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  // A float operand goes straight to the float rules (floatBinary declines non-numbers).
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const float = floatBinary(op, a, b);
    if (float !== undefined) return float;
    return complexBinary(op, a, b);
  }
  const int = intBinary(op, a, b);
  if (int !== undefined) return int;
  return complexBinary(op, a, b);
}

const MAX_SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE_BIG = -MAX_SAFE_BIG;

/**
 * `a <op> b` (BINARY_OP's `arg`, in-place forms included) for + - * // % when one operand is a
 * bigint and the other an int held as a JS number or bigint; undefined when the general path
 * must decide (other operators, bool or subclass operands, division by zero). One flat function,
 * so big-int loops do not pay the generic dispatch chain (which dominates before V8 optimizes).
 */
export function bigIntBinaryFast(op: number, a: PyValue, b: PyValue): PyInt | undefined {
  let x: bigint;
  let y: bigint;
  if (typeof a === 'bigint') x = a;
  else if (typeof a === 'number') x = BigInt(a);
  else return undefined;
  if (typeof b === 'bigint') y = b;
  else if (typeof b === 'number') y = BigInt(b);
  else return undefined;
  let result: bigint;
  switch (op) {
    case 0:
    case 13:
      result = x + y;
      break;
    case 10:
    case 23:
      result = x - y;
      break;
    case 5:
    case 18:
      result = x * y;
      break;
    case 2:
    case 15:
      if (y === 0n) return undefined;
      result = x / y;
      // Truncation rounds towards zero: step down when the signs differ and it was inexact.
      if (x < 0n !== y < 0n && result * y !== x) result -= 1n;
      break;
    case 6:
    case 19:
      if (y === 0n) return undefined;
      result = x % y;
      if (result !== 0n && result < 0n !== y < 0n) result += y;
      break;
    default:
      return undefined;
  }
  return result >= MIN_SAFE_BIG && result <= MAX_SAFE_BIG ? Number(result) : result;
}

/**
 * `a ** b` (BINARY_OP's POWER, in-place included) when `a` is an exact float and `b` an exact
 * float or an int held as a JS number; undefined otherwise. Same results and errors as
 * floatBinary, without its operand dispatch (`x ** 0.5` and `x ** 2` are common in float loops).
 */
export function floatPowerFast(a: PyValue, b: PyValue): PyValue | undefined {
  if (typeof a !== 'object' || a.cls !== floatType) return undefined;
  let y: number;
  if (typeof b === 'number') y = b;
  else if (typeof b === 'object' && b.cls === floatType) y = (b as PyFloat).value;
  else return undefined;
  return floatPower((a as PyFloat).value, y);
}

/** Whether a value is a number of the tower handled by `numericBinary` (built-in types only). */
export function isBuiltinNumber(value: PyValue): boolean {
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'string':
      return false;
    default: {
      const type = value.cls;
      return type === floatType || type === complexType || type === intType || type === boolType;
    }
  }
}

/**
 * Calls bigIntBinaryFast with operands and results far beyond 64 bits (and mixed with numbers)
 * before any program runs: with that type feedback V8 never speculates 64-bit bigint arithmetic in
 * it, which a later big operand would deoptimize (with the dispatch loop it is inlined into).
 */
function seedBigIntFeedback(): void {
  // V8 allocates a function's feedback only after a few calls, hence the repetitions.
  let sink = 0;
  const huge = 3n ** 200n;
  for (let round = 0; round < 16; round++) {
    const big = huge + BigInt(round);
    for (const op of [0, 2, 5, 6, 10, 13, 15, 18, 19, 23]) {
      sink += Number(BigInt.asIntN(8, toBigInt(bigIntBinaryFast(op, big, huge) ?? 0)));
      sink += Number(BigInt.asIntN(8, toBigInt(bigIntBinaryFast(op, -big, round + 7) ?? 0)));
      sink += Number(BigInt.asIntN(8, toBigInt(bigIntBinaryFast(op, round - 9, big) ?? 0)));
      sink += Number(BigInt.asIntN(8, toBigInt(bigIntBinaryFast(op, 2n ** 60n, 3n) ?? 0)));
      // Quotients and remainders beyond 64 bits too (their sign tests compare the result).
      sink += Number(BigInt.asIntN(8, toBigInt(bigIntBinaryFast(op, -big * huge, big) ?? 0)));
      sink += Number(BigInt.asIntN(8, toBigInt(bigIntBinaryFast(op, big, -huge * huge) ?? 0)));
    }
  }
  if (sink === 0.5) throw new Error('unreachable');
}
seedBigIntFeedback();
