// The three compile modes: 'exec' returns None, 'eval' returns the expression's value, 'single'
// prints expression statements with PRINT_EXPR.

import { describe, expect, test } from 'vitest';
import type { CodeObject } from '../../src/compiler/code-object.js';
import { compile } from '../../src/compiler/compile.js';
import { OPCODE_NAMES } from '../../src/compiler/opcodes.js';
import { parse } from '../../src/parser/parser.js';

function opnames(code: CodeObject): string[] {
  const names: string[] = [];
  for (let i = 0; i < code.code.length >> 1; i++) names.push(OPCODE_NAMES[code.code[2 * i]!]!);
  return names;
}

describe('compile modes', () => {
  test("'eval' returns the value of the expression", () => {
    const code = compile(parse('a + 1'), '<s>', 'eval');
    expect(opnames(code)).toEqual(['LOAD_NAME', 'LOAD_CONST', 'BINARY_OP', 'RETURN_VALUE']);
  });

  test("'eval' rejects statements", () => {
    expect(() => compile(parse('x = 1'), '<s>', 'eval')).toThrow('invalid syntax');
  });

  test("'single' prints top-level expression values", () => {
    const code = compile(parse('x = 1\nx\n'), '<s>', 'single');
    expect(opnames(code)).toEqual([
      'LOAD_CONST',
      'STORE_NAME',
      'LOAD_NAME',
      'PRINT_EXPR',
      'LOAD_CONST',
      'RETURN_VALUE',
    ]);
  });

  test("'single' does not print inside functions", () => {
    const code = compile(parse('def f():\n    1 + x\n'), '<s>', 'single');
    const inner = code.consts.find((c) => c !== null && typeof c === 'object' && c.type === 'code');
    expect(opnames(inner as CodeObject)).toEqual([
      'LOAD_CONST',
      'LOAD_GLOBAL',
      'BINARY_OP',
      'POP_TOP',
      'LOAD_CONST',
      'RETURN_VALUE',
    ]);
  });

  test("'exec' ends by returning None", () => {
    const code = compile(parse('pass\n'), '<s>', 'exec');
    expect(opnames(code)).toEqual(['LOAD_CONST', 'RETURN_VALUE']);
    expect(code.consts).toEqual([null]);
  });
});
