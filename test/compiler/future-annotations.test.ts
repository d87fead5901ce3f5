// `from __future__ import annotations`: each annotation is stored as the string CPython's C
// unparser writes (golden recorded from CPython's __annotations__).

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { unparseExpression } from '../../src/compiler/unparse.js';
import type { AnnAssign } from '../../src/parser/ast.js';
import { parse } from '../../src/parser/parser.js';

const cases = JSON.parse(
  readFileSync(new URL('./golden/future-annotations.json', import.meta.url), 'utf8'),
) as { annotation: string; text: string }[];

describe('annotation strings match CPython', () => {
  test.each(cases.map((c) => [c.annotation, c.text] as const))('%s', (annotation, text) => {
    const statement = parse(`x: ${annotation}\n`).body[0] as AnnAssign;
    expect(unparseExpression(statement.annotation)).toBe(text);
  });
});
