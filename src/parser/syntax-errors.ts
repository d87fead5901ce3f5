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

// ---- Tokenizer errors (owned by the tokenizer; each quotes CPython 3.11's Parser/tokenizer.c) ----

/**
 * Where a tokenizer error points, in CPython's units: 1-based line, 1-based code point offset,
 * end line and end offset (CPython sometimes reports 0 or -1 there), and the source line(s) shown.
 */
export interface TokenizerErrorSpan {
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number;
  readonly endOffset: number;
  readonly text: string | null;
}

function tokenizerError(
  type: SyntaxErrorType,
  msg: string,
  span: TokenizerErrorSpan,
): PySyntaxError {
  return new PySyntaxError(
    type,
    msg,
    span.lineno,
    span.offset,
    span.endLineno,
    span.endOffset,
    span.text,
  );
}

/**
 * A SyntaxError CPython's tokenizer raises through its `syntaxerror()`: its text is the line
 * without its line break.
 */
function rangeError(msg: string, span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('SyntaxError', msg, span);
}

/** "invalid decimal literal" (also hexadecimal, octal, binary, imaginary: `kind` names it). */
export function invalidNumberLiteral(kind: string, span: TokenizerErrorSpan): PySyntaxError {
  return rangeError(`invalid ${kind} literal`, span);
}

/** "invalid digit '8' in octal literal" (`kind` is octal or binary). */
export function invalidDigitInLiteral(
  digit: string,
  kind: string,
  span: TokenizerErrorSpan,
): PySyntaxError {
  return rangeError(`invalid digit '${digit}' in ${kind} literal`, span);
}

/** "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers". */
export function leadingZerosInDecimal(span: TokenizerErrorSpan): PySyntaxError {
  return rangeError(
    'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
    span,
  );
}

/** "invalid character '€' (U+20AC)": a printable character that cannot appear in an identifier. */
export function invalidCharacter(codePoint: number, span: TokenizerErrorSpan): PySyntaxError {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return rangeError(`invalid character '${String.fromCodePoint(codePoint)}' (U+${hex})`, span);
}

/** "invalid non-printable character U+00A0". */
export function invalidNonPrintableCharacter(
  codePoint: number,
  span: TokenizerErrorSpan,
): PySyntaxError {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return rangeError(`invalid non-printable character U+${hex}`, span);
}

/** "unterminated string literal (detected at line N)". */
export function unterminatedString(detectedAt: number, span: TokenizerErrorSpan): PySyntaxError {
  return rangeError(`unterminated string literal (detected at line ${detectedAt})`, span);
}

/** "unterminated triple-quoted string literal (detected at line N)". */
export function unterminatedTripleQuotedString(
  detectedAt: number,
  span: TokenizerErrorSpan,
): PySyntaxError {
  return rangeError(
    `unterminated triple-quoted string literal (detected at line ${detectedAt})`,
    span,
  );
}

/** "f-string: expecting '}'" (and the other fixed f-string tokenizer messages, passed as `msg`). */
export function fStringTokenizerError(msg: string, span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('SyntaxError', `f-string: ${msg}`, span);
}

/** "f-string expression part cannot include a backslash" (`what`: "a backslash" or "'#'"). */
export function fStringExpressionPartCannotInclude(
  what: string,
  span: TokenizerErrorSpan,
): PySyntaxError {
  return tokenizerError('SyntaxError', `f-string expression part cannot include ${what}`, span);
}

/** "too many nested f-strings". */
export function tooManyNestedFStrings(span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('SyntaxError', 'too many nested f-strings', span);
}

/** "unmatched ')'". */
export function unmatchedBracket(bracket: string, span: TokenizerErrorSpan): PySyntaxError {
  return rangeError(`unmatched '${bracket}'`, span);
}

/**
 * "closing parenthesis ']' does not match opening parenthesis '('", with " on line N" when the
 * opening bracket is on another line (`openingLine` is then that line, else null).
 */
export function mismatchedBracket(
  closing: string,
  opening: string,
  openingLine: number | null,
  span: TokenizerErrorSpan,
): PySyntaxError {
  const where = openingLine === null ? '' : ` on line ${openingLine}`;
  return rangeError(
    `closing parenthesis '${closing}' does not match opening parenthesis '${opening}'${where}`,
    span,
  );
}

/** "'(' was never closed": end of input inside brackets. */
export function unclosedBracket(opening: string, span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('SyntaxError', `'${opening}' was never closed`, span);
}

/** "too many nested parentheses": more than 200 open brackets. */
export function tooManyNestedParentheses(span: TokenizerErrorSpan): PySyntaxError {
  return rangeError('too many nested parentheses', span);
}

/** "unexpected character after line continuation character". */
export function unexpectedCharacterAfterContinuation(span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError(
    'SyntaxError',
    'unexpected character after line continuation character',
    span,
  );
}

/** "unexpected EOF while parsing" (a backslash continuation at the end of the input). */
export function unexpectedEof(span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('SyntaxError', 'unexpected EOF while parsing', span);
}

/** TabError "inconsistent use of tabs and spaces in indentation". */
export function inconsistentTabs(span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('TabError', 'inconsistent use of tabs and spaces in indentation', span);
}

/** IndentationError "unindent does not match any outer indentation level". */
export function unindentMismatch(span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError(
    'IndentationError',
    'unindent does not match any outer indentation level',
    span,
  );
}

/** IndentationError "too many levels of indentation" (more than 100 indents). */
export function tooManyIndentationLevels(span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('IndentationError', 'too many levels of indentation', span);
}

/** "source code string cannot contain null bytes" (`fromFile`: "source code cannot contain ..."). */
export function nullBytesInSource(fromFile: boolean, span: TokenizerErrorSpan): PySyntaxError {
  const what = fromFile ? 'source code' : 'source code string';
  return tokenizerError('SyntaxError', `${what} cannot contain null bytes`, span);
}

/** A source encoding problem: "unknown encoding: x", "encoding problem: utf-8", decode errors. */
export function sourceEncodingError(msg: string, span: TokenizerErrorSpan): PySyntaxError {
  return tokenizerError('SyntaxError', msg, span);
}

// ---- Parser errors (owned by the parser; each message is chosen where CPython 3.11's
// Grammar/python.gram rule that raises it is emulated, in src/parser/parse-*.ts) ----

/**
 * A syntax error found by the parser, at an explicit CPython location: 1-based line and code
 * point offset, end line and end offset (CPython reports -1 or 0 there when it has no end), and
 * the source line CPython attaches.
 */
export function parserError(
  type: SyntaxErrorType,
  msg: string,
  lineno: number,
  offset: number,
  endLineno: number | null,
  endOffset: number | null,
  text: string | null,
): PySyntaxError {
  return new PySyntaxError(type, msg, lineno, offset, endLineno, endOffset, text);
}

/**
 * Messages of invalid_double_starred_kvpairs and invalid_kvpair. CPython's generated parser guards
 * only alternatives made of a single invalid_* rule; dict's `'{' invalid_double_starred_kvpairs '}'`
 * has three items, so these fire whenever a dict display is read, in the first pass and inside
 * expression_without_invalid alike: a reading that otherwise drops errors must let them through.
 */
const DICT_DISPLAY_ERRORS = new Set([
  "':' expected after dictionary key",
  'cannot use a starred expression in a dictionary value',
  "expression expected after dictionary key and ':'",
]);

/**
 * Whether `error` is one CPython raises in every reading: DICT_DISPLAY_ERRORS, and a string
 * literal that cannot be decoded (the strings rule's action decodes it as soon as the atom is
 * read, invalid rules on or off, so `p rint('\u00')` reports the literal, not the generic error).
 */
export function raisedInEveryReading(error: unknown): boolean {
  if (!(error instanceof PySyntaxError)) return false;
  const msg = error.msg;
  return (
    DICT_DISPLAY_ERRORS.has(msg) ||
    msg.startsWith('(unicode error) ') ||
    msg.startsWith('(value error) ') ||
    msg === 'bytes can only contain ASCII literal characters' ||
    msg === 'cannot mix bytes and nonbytes literals'
  );
}
