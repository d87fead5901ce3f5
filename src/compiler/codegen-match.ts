// Code generation for match statements (placeholder, being written).

import type * as ast from '../parser/ast.js';
import type { Codegen } from './codegen.js';

/** `match subject: case ...`. */
export function visitMatch(c: Codegen, _s: ast.Match): void {
  throw c.error('match statements are not supported yet');
}
