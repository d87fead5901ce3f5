// Reads the `from __future__ import ...` statements at the top of a module (CPython's future.c):
// which features are on, up to which line future imports are allowed, and its errors.

import type * as ast from '../parser/ast.js';
import { futureBraces, futureFeatureNotDefined } from './compile-errors.js';

/** Features CPython 3.11 accepts in `from __future__ import` (all but `annotations` are no-ops). */
const KNOWN_FEATURES = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);

/** What the future imports of a module enable. */
export interface FutureFeatures {
  /** `from __future__ import annotations`: annotations are not evaluated. */
  readonly annotations: boolean;
  /** Line of the last leading future import (later ones are errors); 0 when none. */
  readonly lineno: number;
}

/** Scans the leading future imports of a module body (after an optional docstring). */
export function futureFeatures(body: readonly ast.Stmt[]): FutureFeatures {
  let annotations = false;
  let lineno = 0;
  let index = 0;
  const first = body[0];
  if (
    first?.kind === 'Expr' &&
    first.value.kind === 'Constant' &&
    typeof first.value.value === 'string'
  ) {
    index = 1;
  }
  for (; index < body.length; index++) {
    const s = body[index]!;
    if (s.kind !== 'ImportFrom' || s.module !== '__future__' || (s.level ?? 0) !== 0) break;
    for (const alias of s.names) {
      if (alias.name === 'braces') throw futureBraces(s);
      if (!KNOWN_FEATURES.has(alias.name)) throw futureFeatureNotDefined(alias.name, s);
      if (alias.name === 'annotations') annotations = true;
    }
    lineno = s.lineno;
  }
  return { annotations, lineno };
}
