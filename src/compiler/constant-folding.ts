// The little constant folding CPython's AST optimizer does that matters for speed and for `dis`:
// negative number literals, tuples of constants, and `in` over literal lists/sets. Arithmetic on
// constants is left to run time (its results would need the object model's exact semantics).

import type * as ast from '../parser/ast.js';
import type { CodeConstant } from './code-object.js';

/** Marker returned when an expression is not a compile-time constant. */
export const NOT_CONSTANT: unique symbol = Symbol('not-constant');

/** The constant value of an expression, or NOT_CONSTANT. */
export function constantValueOf(e: ast.Expr): CodeConstant | typeof NOT_CONSTANT {
  switch (e.kind) {
    case 'Constant':
      return e.value;
    case 'UnaryOp':
      if (e.op === 'USub') {
        const operand = constantValueOf(e.operand);
        if (operand === NOT_CONSTANT) return NOT_CONSTANT;
        return negate(operand);
      }
      return NOT_CONSTANT;
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
