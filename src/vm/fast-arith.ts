// Number arithmetic for the dispatch loop's fast paths: floats (+ - * / with a float or safe-int
// operand) and the int operations on JS numbers, with type feedback seeded for V8 (see below).
// Everything else (bigints, power, errors, user types) stays with protocol-number.ts.

import { floatType } from '../objects/builtin-types.js';
import { PyFloat } from '../objects/float-type.js';
import { bitwiseOfSafeInts } from '../objects/int-type.js';
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

/**
 * BINARY_OP's `arg` on two ints held as JS numbers (intBinaryFast) or with a float operand
 * (floatBinaryFast); undefined when the generic path must decide.
 */
export function numberBinaryFast(arg: number, left: PyValue, right: PyValue): PyValue | undefined {
  if (typeof left === 'number' && typeof right === 'number') return intBinaryFast(arg, left, right);
  return typeof left === 'object' || typeof right === 'object'
    ? floatBinaryFast(arg, left, right)
    : undefined;
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
 * Never -0. All of its arithmetic lives here or in bitwiseOfSafeInts (int-type.ts), both under the
 * feedback seeded below, so a result past 2^30 (or a -0) never deoptimizes the loop it is inlined
 * into.
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
          : bitwiseOfSafeInts(left, right, 0);
      break;
    case 7:
    case 20:
      result =
        (left | 0) === left && (right | 0) === right
          ? left | right
          : bitwiseOfSafeInts(left, right, 1);
      break;
    case 12:
    case 25:
      result =
        (left | 0) === left && (right | 0) === right
          ? left ^ right
          : bitwiseOfSafeInts(left, right, 2);
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
