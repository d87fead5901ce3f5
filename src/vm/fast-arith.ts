// Float arithmetic for BINARY_OP, out of the dispatch loop: in this small function V8 inlines the
// float allocation (PyFloat and its PyObject base), which it does not do inside the large loop.
// Everything else (int/bigint, power, errors, user types) stays with protocol-number.ts.

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
