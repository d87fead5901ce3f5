// Number arithmetic for the dispatch loop's fast paths: floats (+ - * / with a float or safe-int
// operand) and the int operations on JS numbers, with type feedback seeded for V8 (see below).
// Everything else (bigints, power, errors, user types) stays with protocol-number.ts.

import { floatType } from '../objects/builtin-types.js';
import { PyFloat } from '../objects/float-type.js';
import type { PyValue } from '../objects/py-object.js';

/**
 * `left <op> right` (BINARY_OP's `arg`, in-place variants included) when one side is an exact
 * float and the other an exact float or a safe int (converted exactly, as CPython converts it) and
 * the operator is + - * or / by a non-zero value; undefined when the generic path must decide.
 */
export function floatBinaryFast(arg: number, left: PyValue, right: PyValue): PyFloat | undefined {
  let x: number;
  let y: number;
  if (typeof left === 'object') {
    if (left.cls !== floatType) return undefined;
    x = (left as PyFloat).value;
  } else if (typeof left === 'number') {
    x = left;
  } else {
    return undefined;
  }
  if (typeof right === 'object') {
    if (right.cls !== floatType) return undefined;
    y = (right as PyFloat).value;
  } else if (typeof right === 'number') {
    if (typeof left === 'number') return undefined;
    y = right;
  } else {
    return undefined;
  }
  switch (arg) {
    case 0:
    case 13:
      return new PyFloat(x + y);
    case 10:
    case 23:
      return new PyFloat(x - y);
    case 5:
    case 18:
      return new PyFloat(x * y);
    case 11:
    case 24:
      return y === 0 ? undefined : new PyFloat(x / y);
    default:
      return undefined;
  }
}

// Arithmetic on ints held as JS numbers. The dispatch loop calls these tiny functions (V8 inlines
// them) instead of writing `left + right` inline: an inlined function keeps its own type feedback,
// and the feedback of these is seeded below with numbers that are not 31-bit small integers, so
// the optimized loop never speculates small-integer results and is never deoptimized (and
// recompiled: hundreds of milliseconds on a busy machine) when a Python int grows past 2^30.

/**
 * BINARY_OP's `arg` (in-place variants included) on two ints held as JS numbers, when the result is
 * a safe integer computed exactly (+ - * // % & | ^ << >>); undefined when the generic path must
 * decide (results past 2**53, division by zero, power, true division, negative or huge shifts).
 * Never -0. All of its arithmetic lives here, under the seeded feedback, so a result past 2^30 (or
 * a -0) never deoptimizes the loop it is inlined into.
 */
export function intBinaryFast(arg: number, left: number, right: number): number | undefined {
  let result: number;
  switch (arg) {
    case 0:
    case 13:
      result = left + right;
      break;
    case 10:
    case 23:
      result = left - right;
      break;
    case 5:
    case 18:
      result = left * right;
      break;
    case 2:
    case 15:
      // floor division: exact for dividends up to 2^52 when the divisor is not zero
      if (right === 0 || Math.abs(left) > 2 ** 52) return undefined;
      result = Math.floor(left / right);
      break;
    case 6:
    case 19:
      // modulo with the sign of the divisor
      if (right === 0) return undefined;
      result = left % right;
      if (result !== 0 && result < 0 !== right < 0) result += right;
      break;
    case 1:
    case 14:
      result =
        (left | 0) === left && (right | 0) === right
          ? left & right
          : wideBitwise(BITWISE_AND, left, right);
      break;
    case 7:
    case 20:
      result =
        (left | 0) === left && (right | 0) === right
          ? left | right
          : wideBitwise(BITWISE_OR, left, right);
      break;
    case 12:
    case 25:
      result =
        (left | 0) === left && (right | 0) === right
          ? left ^ right
          : wideBitwise(BITWISE_XOR, left, right);
      break;
    case 3:
    case 16:
      // left shift: exact while the result is a safe integer (checked below)
      if (right < 0 || right > 53) return undefined;
      result = left * 2 ** right;
      break;
    case 9:
    case 22:
      // right shift rounds towards negative infinity; division by a power of two is exact
      if (right < 0 || right >= 64) return undefined;
      result = (left | 0) === left && right < 32 ? left >> right : Math.floor(left / 2 ** right);
      break;
    default:
      return undefined;
  }
  if (!Number.isSafeInteger(result)) return undefined;
  return result === 0 ? 0 : result;
}

const BITWISE_AND = 0;
const BITWISE_OR = 1;
const BITWISE_XOR = 2;
const TWO_32 = 2 ** 32;

/**
 * `left & right`, `|` or `^` (by `kind`) on two safe integers, as Python computes them on the
 * two's complement of unbounded ints: each operand is split into a signed high part (at most 22
 * bits) and an unsigned low 32 bits, which JS bitwise operators handle exactly; the result of
 * two safe integers is a safe integer. NaN (never a safe integer) when an operand is not an integer.
 */
function wideBitwise(kind: number, left: number, right: number): number {
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return Number.NaN;
  const leftHigh = Math.floor(left / TWO_32);
  const rightHigh = Math.floor(right / TWO_32);
  const leftLow = left - leftHigh * TWO_32;
  const rightLow = right - rightHigh * TWO_32;
  let high: number;
  let low: number;
  if (kind === BITWISE_AND) {
    high = leftHigh & rightHigh;
    low = (leftLow & rightLow) >>> 0;
  } else if (kind === BITWISE_OR) {
    high = leftHigh | rightHigh;
    low = (leftLow | rightLow) >>> 0;
  } else {
    high = leftHigh ^ rightHigh;
    low = (leftLow ^ rightLow) >>> 0;
  }
  return high * TWO_32 + low;
}

/** COMPARE_OP's `arg` (< <= == != > >=) applied to two numbers. */
export function compareNumbers(arg: number, a: number, b: number): boolean {
  switch (arg) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      return a === b;
    case 3:
      return a !== b;
    case 4:
      return a > b;
    default:
      return a >= b;
  }
}

function seedFeedback(): void {
  // V8 allocates a function's feedback only after a few calls, hence the repetitions.
  let sink = 0;
  for (let round = 0; round < 16; round++) {
    const big = 2 ** 40 + round + 0.5;
    for (let arg = 0; arg < 6; arg++) if (compareNumbers(arg, big, round)) sink++;
    // Every operator, with operands and results beyond 31 bits, negative and zero results.
    for (let arg = 0; arg < 26; arg++) {
      sink += intBinaryFast(arg, big - 0.5, round + 3) ?? 0;
      sink += intBinaryFast(arg, -(big - 0.5), -(round + 3)) ?? 0;
      sink += intBinaryFast(arg, round - 8, round + 1) ?? 0;
      sink += intBinaryFast(arg, 2 ** 31 + round, 2 ** 31 - round) ?? 0;
    }
  }
  if (sink === 0) throw new Error('unreachable');
}
seedFeedback();
