// Formats a PySyntaxError the way CPython's interpreter prints an uncaught one: the File line, the
// source line without its indentation, a caret line, and `SyntaxError: msg`. No I/O here.

import type { PySyntaxError } from './syntax-errors.js';

/**
 * The lines CPython 3.11 prints for an uncaught syntax error (each ending with a newline). A
 * `lineno` of 0 means CPython has no location (encoding errors): only the message is printed.
 * @see https://github.com/python/cpython/blob/3.11/Python/pythonrun.c (print_error_text)
 */
export function formatSyntaxError(error: PySyntaxError, filename: string): string {
  let out = '';
  if (error.lineno > 0) {
    out += `  File "${filename}", line ${error.lineno}\n`;
    // CPython's printer marks an IndentationError (and TabError) with a single caret.
    const endOffset = error.type === 'SyntaxError' ? error.endOffset : null;
    if (error.text !== null) out += formatErrorText(error.text, error.offset, endOffset);
  }
  return `${out}${error.type}: ${error.msg}\n`;
}

/** The source line and caret line, following CPython's print_error_text. */
function formatErrorText(source: string, offset: number, endOffset: number | null): string {
  const caretCount =
    endOffset !== null && endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = Array.from(source);
  let column = offset - 1;
  let skip = 0;
  while (skip < text.length && (text[skip] === ' ' || text[skip] === '\t' || text[skip] === '\f')) {
    skip++;
    column--;
  }
  text = text.slice(skip);
  let length = text.length;
  if (length > 0 && text[length - 1] === '\n') length--;
  if (column > length) column = length;
  // Show only the physical line the offset falls in.
  for (;;) {
    const newline = text.indexOf('\n');
    if (newline < 0 || newline >= column) break;
    text = text.slice(newline + 1);
    length -= newline + 1;
    column -= newline + 1;
  }
  let out = `    ${text.join('')}`;
  if (text[length] !== '\n') out += '\n';
  if (column < 0) return out;
  return `${out}    ${' '.repeat(column)}${'^'.repeat(caretCount)}\n`;
}
