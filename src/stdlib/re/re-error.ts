// The exception the regex engine raises for a bad pattern or template: CPython's `re.error`, with
// `msg`, `pattern`, `pos`, `lineno`, `colno`. Turning it into a Python object is the module's job.

import { PythonError } from '../../objects/python-error.js';

/**
 * `re.error` raised by the parser, compiler or template parser. `message` is the formatted text
 * CPython shows: "msg at position N" plus "(line L, column C)" when the pattern has a newline.
 * Positions count code points for str patterns and bytes for bytes patterns.
 * @see https://docs.python.org/3.11/library/re.html#re.error
 */
export class RegexError extends PythonError {
  /** The unformatted message, e.g. `'nothing to repeat'`. */
  readonly msg: string;
  /** The pattern (or template) being parsed, or null when the error has no position. */
  readonly pattern: string | Uint8Array | null;
  /** Index in the pattern where parsing failed, or null. */
  readonly pos: number | null;
  /** 1-based line of `pos`, or null. */
  readonly lineno: number | null;
  /** 1-based column of `pos`, or null. */
  readonly colno: number | null;

  constructor(msg: string, pattern: string | Uint8Array | null = null, pos: number | null = null) {
    let text = msg;
    let lineno: number | null = null;
    let colno: number | null = null;
    if (pattern !== null && pos !== null) {
      text = `${msg} at position ${pos}`;
      const units = patternUnits(pattern);
      let newlines = 0;
      let lastNewline = -1;
      let anyNewline = false;
      for (let i = 0; i < units.length; i++) {
        if (units[i] === 10) {
          anyNewline = true;
          if (i < pos) {
            newlines++;
            lastNewline = i;
          }
        }
      }
      lineno = newlines + 1;
      colno = pos - lastNewline;
      if (anyNewline) text = `${text} (line ${lineno}, column ${colno})`;
    }
    super('re.error', text);
    this.msg = msg;
    this.pattern = pattern;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}

function patternUnits(pattern: string | Uint8Array): ArrayLike<number> {
  if (typeof pattern !== 'string') return pattern;
  const out: number[] = [];
  for (const ch of pattern) out.push(ch.codePointAt(0)!);
  return out;
}
