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
 * bytes (what the AST's `col_offset` uses).
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
}
