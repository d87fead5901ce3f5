// Code generation for assignment targets: tuple/list unpacking with at most one starred target
// (UNPACK_SEQUENCE / UNPACK_EX), then a store into each target in order.

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';
import { Op } from './opcodes.js';

/** Unpacks the iterable on TOS into `elts` and stores each one (CPython's assignment_helper). */
export function assignTargets(c: Codegen, elts: readonly ast.Expr[]): void {
  unpackTargets(c, elts);
  for (const elt of elts) c.visitExpr(elt.kind === 'Starred' ? elt.value : elt);
}

/** Emits UNPACK_SEQUENCE, or UNPACK_EX when one target is starred (CPython's unpack_helper). */
export function unpackTargets(c: Codegen, elts: readonly ast.Expr[]): void {
  const count = elts.length;
  let seenStar = false;
  for (let i = 0; i < count; i++) {
    const elt = elts[i]!;
    if (elt.kind !== 'Starred') continue;
    if (seenStar) throw c.error('multiple starred expressions in assignment');
    const after = count - i - 1;
    if (i >= 1 << 8 || after >= 0x7fffffff >> 8) {
      throw c.error('too many expressions in star-unpacking assignment');
    }
    c.emit(Op.UNPACK_EX, i + (after << 8));
    seenStar = true;
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, count);
}
