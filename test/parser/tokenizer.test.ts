// The tokenizer against CPython: `python3 -m tokenize` output for every golden snippet, Python
// 3.12's f-string tokens for the split view, and compile()'s errors for malformed sources.
// Goldens are recorded by scripts/record-tokens.py.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/parser/source-encoding.js';
import { formatSyntaxError } from '../../src/parser/syntax-error-format.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';
import type { Token } from '../../src/parser/token.js';
import { dumpTokens, pythonStringRepr } from '../../src/parser/token-dump.js';
import {
  identifierValue,
  resolveParserError,
  tokenize,
  tokenizeDeferringErrors,
} from '../../src/parser/tokenizer.js';

const GOLDEN = join(import.meta.dirname, 'golden/tokens');

function snippets(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.py'))
    .sort();
}

/** The fields CPython's SyntaxError has, for whole-value comparison. */
function errorFields(error: PySyntaxError | null) {
  if (error === null) return null;
  return {
    type: error.type,
    msg: error.msg,
    lineno: error.lineno,
    offset: error.offset,
    end_lineno: error.endLineno,
    end_offset: error.endOffset,
  };
}

/** Token rows as [kind, text, line, col, endLine, endCol]. */
function rows(tokens: readonly Token[]): unknown[][] {
  return tokens.map((token) => [
    token.kind,
    token.text,
    token.line,
    token.col,
    token.endLine,
    token.endCol,
  ]);
}

describe('python3 -m tokenize parity (golden snippets)', () => {
  for (const name of snippets(GOLDEN)) {
    it(`${name} tokenizes like python3 -m tokenize`, () => {
      const { text, encoding } = decodeSource(readFileSync(join(GOLDEN, name)), name);
      const tokens = tokenize(text, { view: 'tokenize-module', fromFile: true });
      const expected = readFileSync(join(GOLDEN, name.replace(/\.py$/, '.tokens')), 'utf8');
      expect(dumpTokens(tokens, encoding)).toBe(expected);
    });
  }
});

describe('f-strings split like Python 3.12', () => {
  const dir = join(GOLDEN, 'fstrings-split');
  for (const name of snippets(dir)) {
    it(`${name} gives 3.12's FSTRING_START/MIDDLE/END tokens`, () => {
      const source = readFileSync(join(dir, name), 'utf8');
      const tokens = tokenize(source, { view: 'tokenize-module', fstrings: 'split' });
      const expected = JSON.parse(
        readFileSync(join(dir, name.replace(/\.py$/, '.tokens312.json')), 'utf8'),
      );
      expect(rows(tokens)).toEqual(expected);
    });
  }
});

describe('tokenizer errors match compile() in Python 3.11', () => {
  const cases = JSON.parse(readFileSync(join(GOLDEN, 'errors.json'), 'utf8')) as {
    source: string;
  }[];
  for (const { source, ...expected } of cases) {
    it(`reports ${JSON.stringify(source).slice(0, 60)}`, () => {
      const result = tokenizeDeferringErrors(source);
      expect(errorFields(result.error)).toEqual(expected);
      expect(result.tokens.at(-1)?.kind).toBe('ERRORTOKEN');
    });
  }
});

describe('the parser view', () => {
  it('drops comments and blank lines and starts NEWLINE at a trailing comment', () => {
    const source = 'x = 1  # one\n\n   # only a comment\ny = (\n  2,  # two\n)\n';
    expect(rows(tokenize(source))).toEqual([
      ['NAME', 'x', 1, 0, 1, 1],
      ['OP', '=', 1, 2, 1, 3],
      ['NUMBER', '1', 1, 4, 1, 5],
      ['NEWLINE', '\n', 1, 7, 1, 12],
      ['NAME', 'y', 4, 0, 4, 1],
      ['OP', '=', 4, 2, 4, 3],
      ['OP', '(', 4, 4, 4, 5],
      ['NUMBER', '2', 5, 2, 5, 3],
      ['OP', ',', 5, 3, 5, 4],
      ['OP', ')', 6, 0, 6, 1],
      ['NEWLINE', '\n', 6, 1, 6, 1],
      ['ENDMARKER', '', 6, 2, 6, 2],
    ]);
  });

  it('ends a last line without newline with an empty NEWLINE and closes blocks', () => {
    // INDENT, DEDENT and ENDMARKER have no column in CPython: these are where its errors point.
    expect(rows(tokenize('if x:\n    y'))).toEqual([
      ['NAME', 'if', 1, 0, 1, 2],
      ['NAME', 'x', 1, 3, 1, 4],
      ['OP', ':', 1, 4, 1, 5],
      ['NEWLINE', '\n', 1, 5, 1, 5],
      ['INDENT', '    ', 2, 4, 2, 4],
      ['NAME', 'y', 2, 4, 2, 5],
      ['NEWLINE', '', 2, 5, 2, 5],
      ['DEDENT', '', 2, 6, 2, 6],
      ['ENDMARKER', '', 2, 6, 2, 6],
    ]);
  });

  it('gives UTF-8 byte columns beside code point columns', () => {
    const tokens = tokenize("é = '😀' + ñ\n");
    expect(
      tokens.map((token) => [token.text, token.col, token.endCol, token.byteCol, token.endByteCol]),
    ).toEqual([
      ['é', 0, 1, 0, 2],
      ['=', 2, 3, 3, 4],
      ["'😀'", 4, 7, 5, 11],
      ['+', 8, 9, 12, 13],
      ['ñ', 10, 11, 14, 16],
      ['\n', 11, 11, 16, 16],
      ['', 12, 12, 17, 17],
    ]);
  });

  it('keeps source indexes so the parser can slice the source', () => {
    const source = "x = f'{a = }'\n";
    const tokens = tokenize(source);
    expect(tokens.map((token) => source.slice(token.startIndex, token.endIndex))).toEqual([
      'x',
      '=',
      "f'",
      '{',
      'a',
      '=',
      '}',
      "'",
      '\n',
      '',
    ]);
    expect(tokens.map((token) => token.kind)).toEqual([
      'NAME',
      'OP',
      'FSTRING_START',
      'OP',
      'NAME',
      'OP',
      'OP',
      'FSTRING_END',
      'NEWLINE',
      'ENDMARKER',
    ]);
  });

  it('gives a multi-line string its start and end lines', () => {
    const tokens = tokenize('s = """a\nbc"""\n');
    expect(rows(tokens).slice(2, 3)).toEqual([['STRING', '"""a\nbc"""', 1, 4, 2, 5]]);
  });

  it('NFKC-normalizes non-ASCII identifiers only through identifierValue', () => {
    const [name] = tokenize('ﬁle = 1\n');
    expect(name?.text).toBe('ﬁle');
    expect(identifierValue(name!.text)).toBe('file');
    expect(identifierValue('plain')).toBe('plain');
  });

  it('keeps <> and ! as operators for the parser to reject or use', () => {
    expect(tokenize('a <> b != c ! d\n').map((token) => token.text)).toEqual([
      'a',
      '<>',
      'b',
      '!=',
      'c',
      '!',
      'd',
      '\n',
      '',
    ]);
  });
});

describe('error ordering helpers', () => {
  const parserError = new PySyntaxError('SyntaxError', 'invalid syntax', 1, 5, 1, 6);

  it('lets a tokenizer error later in the file win over a parser error', () => {
    const result = tokenizeDeferringErrors("x = = 1\ny = 'abc\n");
    expect(errorFields(resolveParserError(result, parserError, 1))).toEqual({
      type: 'SyntaxError',
      msg: 'unterminated string literal (detected at line 2)',
      lineno: 2,
      offset: 5,
      end_lineno: 2,
      end_offset: 5,
    });
  });

  it('lets a tokenizer error win even over an unclosed bracket', () => {
    const result = tokenizeDeferringErrors("x = (\n  a b\n  c\n  'abc\n");
    expect(resolveParserError(result, parserError, 3).msg).toBe(
      'unterminated string literal (detected at line 4)',
    );
  });

  it('lets an unclosed bracket win only when it opened before the parser error line', () => {
    const result = tokenizeDeferringErrors('x = (1,\ny = = 2\n');
    expect(result.errorIsException).toBe(false);
    expect(resolveParserError(result, parserError, 2).msg).toBe("'(' was never closed");
    expect(resolveParserError(result, parserError, 1)).toBe(parserError);
  });

  it('keeps the parser error when the tokens are fine', () => {
    expect(resolveParserError(tokenizeDeferringErrors('x = = 1\n'), parserError, 1)).toBe(
      parserError,
    );
  });
});

describe('source decoding', () => {
  it('honours a latin-1 coding declaration and drops a BOM', () => {
    const latin = decodeSource(
      Uint8Array.from([...Buffer.from('# coding: latin-1\nx = "'), 0xe9, 0x22]),
    );
    expect(latin).toEqual({ text: '# coding: latin-1\nx = "é"', encoding: 'iso-8859-1' });
    const bom = decodeSource(Uint8Array.from([0xef, 0xbb, 0xbf, 0x78]));
    expect(bom).toEqual({ text: 'x', encoding: 'utf-8' });
  });

  it('rejects undecodable UTF-8 like CPython', () => {
    expect(() => decodeSource(Uint8Array.from([0x78, 0x3d, 0xff]), 'bad.py')).toThrow(
      "Non-UTF-8 code starting with '\\xff' in file bad.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
    );
  });
});

describe('printing', () => {
  it('reprs strings like Python', () => {
    expect(pythonStringRepr("it's")).toBe('"it\'s"');
    expect(pythonStringRepr('a\'b"c')).toBe("'a\\'b\"c'");
    expect(pythonStringRepr('\t\n\x00\x7f\u00a0é😀\u200b')).toBe(
      "'\\t\\n\\x00\\x7f\\xa0é😀\\u200b'",
    );
  });

  it('prints a syntax error like the CPython interpreter', () => {
    const result = tokenizeDeferringErrors('if x:\n    y = 1 \\ z\n');
    expect(formatSyntaxError(result.error!, 'x.py')).toBe(
      '  File "x.py", line 2\n' +
        '    y = 1 \\ z\n' +
        '           ^\n' +
        'SyntaxError: unexpected character after line continuation character\n',
    );
  });
});
