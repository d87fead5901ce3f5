// Prints tokens the way `python3 -m tokenize FILE` (Python 3.11) does, one line per token, and
// Python's `repr()` of a str, which that output uses. Tokenizing itself is in tokenizer.ts.

import type { Token } from './token.js';
import { isPrintable } from './tokenizer-chars.js';

/** Number of code points in `text` (what Python's `len` and `%-15s` padding count). */
function codePointLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    length++;
  }
  return length;
}

/** Pads `text` on the right to `width` code points, like Python's `'%-Ns'`. */
function padRight(text: string, width: number): string {
  const length = codePointLength(text);
  return length >= width ? text : text + ' '.repeat(width - length);
}

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

/**
 * Python's `repr()` of a str: single quotes unless the text has `'` and no `"`, backslash escapes
 * for the quote, `\\`, `\t`, `\n`, `\r` and for non-printable characters.
 * @see https://docs.python.org/3/library/functions.html#repr
 */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\') {
      out += `\\${char}`;
    } else if (code === 9) {
      out += '\\t';
    } else if (code === 10) {
      out += '\\n';
    } else if (code === 13) {
      out += '\\r';
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += `\\u${hex(code, 4)}`;
    } else if (isPrintable(code)) {
      out += char;
    } else if (code < 0x100) {
      out += `\\x${hex(code, 2)}`;
    } else if (code < 0x10000) {
      out += `\\u${hex(code, 4)}`;
    } else {
      out += `\\U${hex(code, 8)}`;
    }
  }
  return out + quote;
}

/** One line of `python3 -m tokenize` output (without the newline). */
export function formatTokenLine(
  kind: string,
  text: string,
  line: number,
  col: number,
  endLine: number,
  endCol: number,
): string {
  const range = `${line},${col}-${endLine},${endCol}:`;
  return padRight(range, 20) + padRight(kind, 15) + padRight(pythonStringRepr(text), 15);
}

/**
 * The whole `python3 -m tokenize` output for `tokens` (from the tokenize-module view), starting
 * with the ENCODING line for `encoding`. Each line ends with a newline.
 */
export function dumpTokens(tokens: readonly Token[], encoding = 'utf-8'): string {
  const lines = [formatTokenLine('ENCODING', encoding, 0, 0, 0, 0)];
  for (const token of tokens) {
    lines.push(
      formatTokenLine(token.kind, token.text, token.line, token.col, token.endLine, token.endCol),
    );
  }
  return `${lines.join('\n')}\n`;
}
