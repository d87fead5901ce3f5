// SyntaxErrors raised after parsing (symbol table and compiler) against CPython's compile():
// message, line and offsets; sources CPython accepts must compile without error.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { parse } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';

interface RecordedError {
  type: string;
  msg: string;
  lineno?: number;
  offset?: number;
  end_lineno?: number | null;
  end_offset?: number | null;
}

const cases = JSON.parse(
  readFileSync(new URL('./golden/compile-errors.json', import.meta.url), 'utf8'),
) as { source: string; error: RecordedError | null }[];

function compileError(source: string): RecordedError | null {
  try {
    compile(parse(source), '<s>', 'exec');
    return null;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    if (error.msg === 'maximum recursion depth exceeded during compilation') {
      return { type: 'RecursionError', msg: error.msg };
    }
    return {
      type: error.type,
      msg: error.msg,
      lineno: error.lineno,
      offset: error.offset,
      end_lineno: error.endLineno,
      end_offset: error.endOffset,
    };
  }
}

describe('compile errors match CPython', () => {
  test.each(cases.map((c) => [c.source.slice(0, 120), c.source, c.error] as const))(
    '%s',
    (_name, source, error) => {
      expect(compileError(source)).toEqual(error);
    },
  );
});

describe('source lines of compile errors', () => {
  test('without the source, text is None as in CPython compile()', () => {
    const source = 'x = 1\nreturn x\n';
    expect(() => compile(parse(source), 'f.py', 'exec')).toThrow(
      expect.objectContaining({ text: null, lineno: 2 }),
    );
  });

  test('with the source, text is the offending line', () => {
    const source = 'x = 1\n  \ndef f():\n    nonlocal y\n';
    expect(() => compile(parse(source), 'f.py', 'exec', { source })).toThrow(
      expect.objectContaining({
        msg: "no binding for nonlocal 'y' found",
        text: '    nonlocal y\n',
        lineno: 4,
        offset: 5,
      }),
    );
  });
});
