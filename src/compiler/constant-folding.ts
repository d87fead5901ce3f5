// Constant folding as CPython's AST optimizer does it (Python/ast_opt.c), restricted to operations
// whose results are exact here: integer arithmetic (with CPython's size limits), IEEE float
// + - * /, complex + -, str/bytes/tuple concatenation and repetition, unary - + ~ and tuples of
// constants. Anything else (or anything that would raise) is left to run time.

import type * as ast from '../parser/ast.js';
import type { CodeConstant } from './code-object.js';

/** Marker returned when an expression is not a compile-time constant. */
export const NOT_CONSTANT: unique symbol = Symbol('not-constant');

/** Folding results of composite nodes, so nested operators are folded once, not once per level. */
const folded = new WeakMap<ast.Expr, CodeConstant | typeof NOT_CONSTANT>();

/** The constant value of an expression, or NOT_CONSTANT. */
export function constantValueOf(e: ast.Expr): CodeConstant | typeof NOT_CONSTANT {
  if (e.kind === 'Constant') return e.value;
  if (e.kind !== 'UnaryOp' && e.kind !== 'BinOp' && e.kind !== 'Tuple') return NOT_CONSTANT;
  const cached = folded.get(e);
  if (cached !== undefined) return cached;
  const value = fold(e);
  folded.set(e, value);
  return value;
}

function fold(e: ast.Expr): CodeConstant | typeof NOT_CONSTANT {
  switch (e.kind) {
    case 'Constant':
      return e.value;
    case 'UnaryOp': {
      const operand = constantValueOf(e.operand);
      if (operand === NOT_CONSTANT) return NOT_CONSTANT;
      if (e.op === 'USub') return negate(operand);
      if (e.op === 'UAdd') return positive(operand);
      if (e.op === 'Invert') return invert(operand);
      return NOT_CONSTANT;
    }
    case 'BinOp': {
      const left = constantValueOf(e.left);
      if (left === NOT_CONSTANT) return NOT_CONSTANT;
      const right = constantValueOf(e.right);
      if (right === NOT_CONSTANT) return NOT_CONSTANT;
      return foldBinary(e.op, left, right);
    }
    case 'Tuple':
      if (e.ctx !== 'Load') return NOT_CONSTANT;
      return constantTupleOf(e.elts);
    default:
      return NOT_CONSTANT;
  }
}

/** A tuple constant of the elements' constant values, or NOT_CONSTANT when one is not constant. */
export function constantTupleOf(elts: readonly ast.Expr[]): CodeConstant | typeof NOT_CONSTANT {
  const items: CodeConstant[] = [];
  for (const elt of elts) {
    const value = constantValueOf(elt);
    if (value === NOT_CONSTANT) return NOT_CONSTANT;
    items.push(value);
  }
  return { type: 'tuple', items };
}

/** Whether every element is a constant (and none is starred). */
export function allConstant(elts: readonly ast.Expr[]): boolean {
  for (const elt of elts) if (constantValueOf(elt) === NOT_CONSTANT) return false;
  return true;
}

function negate(value: CodeConstant): CodeConstant | typeof NOT_CONSTANT {
  if (typeof value === 'number') return value === 0 ? 0 : -value;
  if (typeof value === 'bigint') {
    const negated = -value;
    const asNumber = Number(negated);
    return Number.isSafeInteger(asNumber) ? asNumber : negated;
  }
  if (typeof value === 'boolean') return value ? -1 : 0;
  if (value !== null && typeof value === 'object') {
    if (value.type === 'float') return { type: 'float', value: -value.value };
    if (value.type === 'complex') return { type: 'complex', real: -value.real, imag: -value.imag };
  }
  return NOT_CONSTANT;
}

/** Python truthiness of a constant (for folding `if 0:` / `while 1:`). */
export function constantIsTrue(value: CodeConstant): boolean {
  if (value === null) return false;
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0;
    case 'bigint':
      return value !== 0n;
    case 'string':
      return value.length > 0;
    default:
      break;
  }
  switch (value.type) {
    case 'float':
      return value.value !== 0;
    case 'complex':
      return value.real !== 0 || value.imag !== 0;
    case 'bytes':
      return value.value.length > 0;
    case 'ellipsis':
      return true;
    case 'tuple':
    case 'frozenset':
      return value.items.length > 0;
    case 'code':
      return true;
  }
}

/** CPython's limits on folded results (ast_opt.c). */
const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

/** The value as a bigint when it is a Python int (bool included), else null. */
function asInt(value: CodeConstant): bigint | null {
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  return null;
}

/** The value as a float operand when it is a float or an int that converts exactly, else null. */
function asFloat(value: CodeConstant): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') {
    const converted = Number(value);
    return BigInt(converted) === value ? converted : null;
  }
  if (typeof value === 'object' && value !== null && value.type === 'float') return value.value;
  return null;
}

function isFloat(value: CodeConstant): boolean {
  return typeof value === 'object' && value !== null && value.type === 'float';
}

function normalizeInt(value: bigint): CodeConstant {
  const asNumber = Number(value);
  return Number.isSafeInteger(asNumber) ? asNumber : value;
}

function bitLength(value: bigint): number {
  return (value < 0n ? -value : value).toString(2).length - (value === 0n ? 1 : 0);
}

function positive(value: CodeConstant): CodeConstant | typeof NOT_CONSTANT {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'bigint') return value;
  if (
    typeof value === 'object' &&
    value !== null &&
    (value.type === 'float' || value.type === 'complex')
  ) {
    return value;
  }
  return NOT_CONSTANT;
}

function invert(value: CodeConstant): CodeConstant | typeof NOT_CONSTANT {
  const int = asInt(value);
  return int === null ? NOT_CONSTANT : normalizeInt(-int - 1n);
}

function floorDivide(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? quotient - 1n : quotient;
}

function foldInts(op: ast.Operator, a: bigint, b: bigint): CodeConstant | typeof NOT_CONSTANT {
  switch (op) {
    case 'Add':
      return normalizeInt(a + b);
    case 'Sub':
      return normalizeInt(a - b);
    case 'Mult':
      if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > MAX_INT_SIZE) return NOT_CONSTANT;
      return normalizeInt(a * b);
    case 'FloorDiv':
      return b === 0n ? NOT_CONSTANT : normalizeInt(floorDivide(a, b));
    case 'Mod':
      return b === 0n ? NOT_CONSTANT : normalizeInt(a - floorDivide(a, b) * b);
    case 'Pow':
      if (b < 0n) return negativePower(a, b);
      if (a !== 0n && b > 0n && bitLength(a) > MAX_INT_SIZE / Number(b)) return NOT_CONSTANT;
      return normalizeInt(a ** b);
    case 'LShift':
      if (b < 0n) return NOT_CONSTANT;
      if (
        a !== 0n &&
        b !== 0n &&
        (b > BigInt(MAX_INT_SIZE) || bitLength(a) > MAX_INT_SIZE - Number(b))
      ) {
        return NOT_CONSTANT;
      }
      return normalizeInt(a << b);
    case 'RShift':
      return b < 0n ? NOT_CONSTANT : normalizeInt(a >> b);
    case 'BitAnd':
      return normalizeInt(a & b);
    case 'BitOr':
      return normalizeInt(a | b);
    case 'BitXor':
      return normalizeInt(a ^ b);
    case 'Div': {
      const x = asFloat(normalizeInt(a));
      const y = asFloat(normalizeInt(b));
      if (
        x === null ||
        y === null ||
        y === 0 ||
        !Number.isSafeInteger(x) ||
        !Number.isSafeInteger(y)
      ) {
        return NOT_CONSTANT;
      }
      return { type: 'float', value: x / y };
    }
    default:
      return NOT_CONSTANT;
  }
}

/**
 * `a ** b` with a negative exponent is a float; folded only when it is exact (a power of two
 * base), so the result cannot depend on the platform's pow().
 */
function negativePower(a: bigint, b: bigint): CodeConstant | typeof NOT_CONSTANT {
  const magnitude = a < 0n ? -a : a;
  if (magnitude === 0n || (magnitude & (magnitude - 1n)) !== 0n || b < -1100n) return NOT_CONSTANT;
  const value = Number(a) ** Number(b);
  return Number.isFinite(value) && value !== 0 ? { type: 'float', value } : NOT_CONSTANT;
}

function foldFloats(op: ast.Operator, x: number, y: number): CodeConstant | typeof NOT_CONSTANT {
  switch (op) {
    case 'Add':
      return { type: 'float', value: x + y };
    case 'Sub':
      return { type: 'float', value: x - y };
    case 'Mult':
      return { type: 'float', value: x * y };
    case 'Div':
      return y === 0 ? NOT_CONSTANT : { type: 'float', value: x / y };
    default:
      return NOT_CONSTANT;
  }
}

function complexParts(value: CodeConstant): [number, number] | null {
  if (typeof value === 'object' && value !== null && value.type === 'complex')
    return [value.real, value.imag];
  const real = asFloat(value);
  return real === null ? null : [real, 0];
}

/** Repetition of a sequence constant `count` times, within CPython's limits. */
function repeat(sequence: CodeConstant, count: bigint): CodeConstant | typeof NOT_CONSTANT {
  if (typeof sequence === 'string') {
    const length = [...sequence].length;
    if (length > 0 && (count < 0n || count > BigInt(Math.floor(MAX_STR_SIZE / length))))
      return NOT_CONSTANT;
    return count <= 0n ? '' : sequence.repeat(Number(count));
  }
  if (typeof sequence !== 'object' || sequence === null) return NOT_CONSTANT;
  if (sequence.type === 'bytes') {
    const length = sequence.value.length;
    if (length > 0 && (count < 0n || count > BigInt(Math.floor(MAX_STR_SIZE / length))))
      return NOT_CONSTANT;
    const times = count <= 0n ? 0 : Number(count);
    const out = new Uint8Array(length * times);
    for (let i = 0; i < times; i++) out.set(sequence.value, i * length);
    return { type: 'bytes', value: out };
  }
  if (sequence.type === 'tuple') {
    const size = sequence.items.length;
    if (size > 0) {
      if (count < 0n || count > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return NOT_CONSTANT;
      if (count > 0n && countItems(sequence) > MAX_TOTAL_ITEMS / Number(count)) return NOT_CONSTANT;
    }
    const items: CodeConstant[] = [];
    for (let i = 0n; i < count; i++) items.push(...sequence.items);
    return { type: 'tuple', items };
  }
  return NOT_CONSTANT;
}

function countItems(value: CodeConstant): number {
  if (typeof value !== 'object' || value === null) return 1;
  if (value.type !== 'tuple' && value.type !== 'frozenset') return 1;
  let total = value.items.length;
  for (const item of value.items) total += countItems(item) - 1;
  return total;
}

/** Folds `left op right` when the result is exact; NOT_CONSTANT otherwise. */
export function foldBinary(
  op: ast.Operator,
  left: CodeConstant,
  right: CodeConstant,
): CodeConstant | typeof NOT_CONSTANT {
  // bool & | ^ bool is a bool (bool's own operators), not an int.
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    if (op === 'BitAnd') return left && right;
    if (op === 'BitOr') return left || right;
    if (op === 'BitXor') return left !== right;
  }
  const a = asInt(left);
  const b = asInt(right);
  if (a !== null && b !== null) return foldInts(op, a, b);
  if (op === 'Add') {
    if (typeof left === 'string' && typeof right === 'string') return left + right;
    if (typeof left === 'object' && left !== null && typeof right === 'object' && right !== null) {
      if (left.type === 'bytes' && right.type === 'bytes') {
        const out = new Uint8Array(left.value.length + right.value.length);
        out.set(left.value);
        out.set(right.value, left.value.length);
        return { type: 'bytes', value: out };
      }
      if (left.type === 'tuple' && right.type === 'tuple') {
        return { type: 'tuple', items: [...left.items, ...right.items] };
      }
    }
  }
  if (op === 'Mult') {
    const repeated = a !== null ? repeat(right, a) : b !== null ? repeat(left, b) : NOT_CONSTANT;
    if (repeated !== NOT_CONSTANT) return repeated;
  }
  if ((op === 'Add' || op === 'Sub') && (isComplex(left) || isComplex(right))) {
    const x = complexParts(left);
    const y = complexParts(right);
    if (x === null || y === null) return NOT_CONSTANT;
    return op === 'Add'
      ? { type: 'complex', real: x[0] + y[0], imag: x[1] + y[1] }
      : { type: 'complex', real: x[0] - y[0], imag: x[1] - y[1] };
  }
  if (isFloat(left) || isFloat(right)) {
    const x = asFloat(left);
    const y = asFloat(right);
    if (x !== null && y !== null) return foldFloats(op, x, y);
    return NOT_CONSTANT;
  }
  return NOT_CONSTANT;
}

function isComplex(value: CodeConstant): boolean {
  return typeof value === 'object' && value !== null && value.type === 'complex';
}
