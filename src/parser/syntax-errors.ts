// The one place syntax errors are made: the error class and a named constructor per CPython message.
// The tokenizer and the parser both raise through here; each constructor's doc quotes CPython's wording.

/** Which of CPython's syntax error classes this is. */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A syntax error as CPython reports it: message, 1-based line, 1-based column offset (in code
 * points, as `SyntaxError.offset`), optional end position, and the offending source line.
 */
export class PySyntaxError extends Error {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number | null;
  readonly endOffset: number | null;
  readonly text: string | null;

  constructor(
    type: SyntaxErrorType,
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number | null = null,
    endOffset: number | null = null,
    text: string | null = null,
  ) {
    super(msg);
    this.name = type;
    this.type = type;
    this.msg = msg;
    this.lineno = lineno;
    this.offset = offset;
    this.endLineno = endLineno;
    this.endOffset = endOffset;
    this.text = text;
  }
}
