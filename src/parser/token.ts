// Token kinds and the Token record the tokenizer produces and the parser consumes.
// The tokenizer (tokenizer.ts) fills these in; printing them like `python3 -m tokenize` lives in token-dump.ts.

/** Token kinds, named as in CPython's `token` module. */
export const TOKEN_KINDS = [
  'ENDMARKER',
  'NAME',
  'NUMBER',
  'STRING',
  'NEWLINE',
  'INDENT',
  'DEDENT',
  'OP',
  'COMMENT',
  'NL',
  'ERRORTOKEN',
  'ENCODING',
  // 3.12 (PEP 701): an f-string is split into these, and the expressions inside are ordinary tokens.
  'FSTRING_START',
  'FSTRING_MIDDLE',
  'FSTRING_END',
] as const;

/** One of {@link TOKEN_KINDS}. */
export type TokenKind = (typeof TOKEN_KINDS)[number];

/**
 * One token. Lines are 1-based. Columns come in two units because the two consumers differ:
 * `col`/`endCol` count code points (what `tokenize` prints), `byteCol`/`endByteCol` count UTF-8
 * bytes (what the AST's `col_offset` uses). `startIndex`/`endIndex` are UTF-16 indexes into the
 * source string given to `tokenize`: `source.slice(startIndex, endIndex) === text`, except for
 * the parser view's NEWLINE after a comment (its span starts at the comment) and the empty
 * tokens made at the end of the input.
 *
 * The stream `tokenize()` (tokenizer.ts) gives the parser, by default:
 * - no COMMENT, NL or ENCODING tokens (blank and comment-only lines vanish, as in CPython's C
 *   tokenizer); every logical line ends with NEWLINE, INDENT/DEDENT come before the first token
 *   of a line, and the stream ends with the remaining DEDENTs and ENDMARKER;
 * - NEWLINE positions are CPython's C tokenizer's (what its error messages point at): zero width
 *   at the newline, or from the start of a comment before it to the newline; its text is the
 *   newline (`''` when the input ends without one). INDENT, DEDENT and ENDMARKER have no column
 *   in CPython; their `col` is where CPython's errors then point (offset = col, end offset -1):
 *   INDENT/DEDENT just past the indentation, ENDMARKER and the final DEDENTs on the last line,
 *   past its newline. (The tokenize-module view keeps the tokenize module's positions.)
 * - when tokenizing fails, the stream ends with an ERRORTOKEN where the parser must raise the
 *   error (see `tokenizeDeferringErrors` and `resolveParserError`); for an f-string error that
 *   is at the outermost FSTRING_START, as Python 3.11 saw the f-string as one token;
 * - OP for every operator and bracket, `text` being the exact operator (`->`, `:=`, `**=`, `...`,
 *   `!`, and `<>` which the parser must reject unless it is `!=`);
 * - NAME text is the raw source spelling: NFKC-normalize non-ASCII names (see `identifierValue`
 *   in tokenizer.ts) before using them as identifiers or keywords;
 * - STRING text is the whole literal with its prefix and quotes, escapes and newlines as written
 *   (`\r\n` included: CPython reads every newline in a literal as `\n`);
 * - f-strings as Python 3.12 tokenizes them (PEP 701): FSTRING_START (prefix + opening quotes),
 *   then FSTRING_MIDDLE for each run of literal text (`{{`/`}}` kept doubled as written, escapes
 *   undecoded, never empty), OP `{` + ordinary tokens + optional OP `=` / OP `!` NAME / OP `:`
 *   (followed by FSTRING_MIDDLE and nested fields of the format spec) + OP `}` for each field,
 *   and FSTRING_END (the closing quotes). With `fstrings: 'whole'` an f-string is one STRING.
 *   The tokenizer keeps Python 3.11's limits there (the oracle's errors): no `#`, backslash or
 *   (in a single-quoted f-string) newline in an expression part, fields nested two deep at most;
 *   it raises those, and 3.11's other f-string tokenizing errors, with 3.11's locations.
 */
export interface Token {
  readonly kind: TokenKind;
  /** The exact source text of the token (for FSTRING_MIDDLE: the text with `{{`/`}}` as written). */
  readonly text: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly byteCol: number;
  readonly endByteCol: number;
  /** UTF-16 index of the token's first character in the source string. */
  readonly startIndex: number;
  /** UTF-16 index just past the token's last character. */
  readonly endIndex: number;
}
