// Sanity checks on the generated AST types module.
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/parser/ast.js';

describe('ast types', () => {
  it('a node is discriminated by its CPython class name', () => {
    const node: Node = { kind: 'Pass', lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 4 };
    expect(node.kind).toBe('Pass');
  });
});
