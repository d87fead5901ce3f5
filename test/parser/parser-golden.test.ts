// Golden tests of the parser against CPython 3.11: each snippet in golden/ast/ must dump exactly
// as recorded by scripts/record-ast.py (python3.12-only snippets have hand-written expectations),
// and each syntax-error case must give CPython's type, message and location.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpAst } from '../../src/parser/ast-dump.js';
import { parse } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';

const GOLDEN = join(import.meta.dirname, 'golden', 'ast');
const CASE_SEPARATOR = '# ----';

const snippets = readdirSync(GOLDEN)
  .filter((name) => name.endsWith('.py'))
  .sort();

function errorRecord(source: string): unknown {
  try {
    parse(source);
    return null;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return [error.type, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset];
  }
}

describe('parser golden modules', () => {
  for (const name of snippets.filter((n) => !n.startsWith('errors-'))) {
    it(`${name} dumps like CPython's ast.dump(include_attributes=True, indent=1)`, () => {
      const source = readFileSync(join(GOLDEN, name), 'utf8');
      const expected = readFileSync(join(GOLDEN, name.replace(/\.py$/, '.txt')), 'utf8');
      const actual = `${dumpAst(parse(source), { includeAttributes: true, indent: 1 })}\n`;
      expect(actual).toBe(expected);
    });
  }
});

describe('parser golden syntax errors', () => {
  for (const name of snippets.filter((n) => n.startsWith('errors-'))) {
    const text = readFileSync(join(GOLDEN, name), 'utf8');
    const cases = text.split(`\n${CASE_SEPARATOR}\n`);
    const expected = readFileSync(join(GOLDEN, name.replace(/\.py$/, '.txt')), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    it(`${name} has one recorded result per case`, () => {
      expect(expected.length).toBe(cases.length);
    });
    cases.forEach((source, index) => {
      it(`${name} case ${index + 1}: ${JSON.stringify(source.split('\n')[0])}`, () => {
        expect(errorRecord(source)).toEqual(expected[index]);
      });
    });
  }
});
