// The Python tokenizer's API: source text to Token[] as CPython's C tokenizer produces them (3.11
// rules, 3.12 f-string tokens) with CPython 3.11's errors. The scanning is in tokenizer-scanner.ts
// and tokenizer-fstrings.ts; decoding bytes is in source-encoding.ts, printing in token-dump.ts.

import { PySyntaxError } from './syntax-errors.js';
import type { Token } from './token.js';
import { legacyFStringOutcome } from './tokenizer-fstrings-legacy.js';
import { runScanner } from './tokenizer-scanner.js';

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * `'parser'` (default): the stream CPython's parser sees (no COMMENT/NL tokens).
   * `'tokenize-module'`: what Python 3.11's `tokenize` module yields (COMMENT and NL included,
   * `<>` as two operators, `$ ? ! backtick` as ERRORTOKEN), for `pyex tokens`.
   */
  readonly view?: 'parser' | 'tokenize-module';
  /**
   * `'split'`: f-strings as FSTRING_START / FSTRING_MIDDLE / tokens / FSTRING_END (Python 3.12).
   * `'whole'`: one STRING token per f-string (Python 3.11). Default: split in the parser view,
   * whole in the tokenize-module view.
   */
  readonly fstrings?: 'split' | 'whole';
  /** The source came from a file (changes the null byte message, as CPython does). */
  readonly fromFile?: boolean;
}

/**
 * The tokens of a source with the tokenizer's error, if any, kept aside instead of thrown, so the
 * parser can order errors the way CPython does (see {@link resolveParserError}).
 */
export interface TokenizeResult {
  /** The tokens; when `error` is set the last one is an ERRORTOKEN at the error, else ENDMARKER. */
  readonly tokens: Token[];
  /** The error the parser raises when it reaches the ERRORTOKEN, or null. */
  readonly error: PySyntaxError | null;
  /**
   * Whether CPython's tokenizer raised `error` itself (then it also wins over a parser error
   * found earlier in the file). False for the end-of-input errors ("'(' was never closed",
   * "unexpected EOF while parsing"), which CPython's parser reports only when it gets there.
   */
  readonly errorIsException: boolean;
  /** The innermost bracket still open when tokenizing stopped (line 0 when none), and its error. */
  readonly openBracketLine: number;
  readonly openBracketError: PySyntaxError | null;
}

/**
 * The error to raise, as Python 3.11 would, for an f-string error the parser finds (`message`
 * in full, e.g. "f-string: empty expression not allowed") in the f-string whose outermost
 * FSTRING_START token starts at `fStringStart`. 3.11 scanned the f-string's text for fields
 * before compiling each expression, so one of its scanning errors may come first; it points past
 * the strings around the f-string; and a tokenizer error elsewhere in the source can win.
 * `errorIndex` is the source index of the parser's error: pass it for an error inside a field's
 * expression (3.11 found those while compiling the expression), leave it out otherwise.
 */
export function legacyFStringError(
  source: string,
  fStringStart: number,
  message: string,
  errorIndex?: number,
): PySyntaxError {
  const fallback = { lineno: 1, offset: 1, endLineno: 1, endOffset: 1, text: null };
  return legacyFStringOutcome(
    runScanner(source, { fstrings: 'whole' }),
    source,
    fStringStart,
    (span) =>
      new PySyntaxError(
        'SyntaxError',
        message,
        span.lineno,
        span.offset,
        span.endLineno,
        span.endOffset,
        span.text,
      ),
    fallback,
    false,
    errorIndex,
  ).error;
}

/**
 * Tokenizes `source` and keeps a tokenizer error aside instead of throwing it: the tokens then end
 * with an ERRORTOKEN where the error was found. Never throws.
 */
export function tokenizeDeferringErrors(
  source: string,
  options: TokenizeOptions = {},
): TokenizeResult {
  return runScanner(source, options);
}

/**
 * Tokenizes Python source into CPython's token stream (see token.ts for its shape). Throws the
 * first tokenizer error as a PySyntaxError; never throws anything else.
 * @see https://docs.python.org/3/reference/lexical_analysis.html
 */
export function tokenize(source: string, options: TokenizeOptions = {}): Token[] {
  const result = tokenizeDeferringErrors(source, options);
  if (result.error !== null) throw result.error;
  return result.tokens;
}

/**
 * Which error CPython reports when its parser fails with `parserError` before reaching the end of
 * the tokens. CPython then tokenizes the rest of the input (unless the error is an unexpected
 * indent or unindent): an error the tokenizer raises itself wins; else, when the input ends inside
 * a bracket opened on a line before `furthestLine` (the line of the furthest token the parser
 * fetched, lookahead included), "'(' was never closed"; otherwise the parser's error stands.
 */
export function resolveParserError(
  result: TokenizeResult,
  parserError: PySyntaxError,
  furthestLine: number,
): PySyntaxError {
  if (result.error === null) return parserError;
  // CPython reports an unexpected INDENT or DEDENT without looking at the rest of the input.
  if (parserError.msg === 'unexpected indent' || parserError.msg === 'unexpected unindent') {
    return parserError;
  }
  if (result.errorIsException) return result.error;
  if (result.openBracketError !== null && furthestLine > result.openBracketLine) {
    return result.openBracketError;
  }
  return parserError;
}

/**
 * The identifier a NAME token denotes: CPython NFKC-normalizes non-ASCII names, so `ﬁ` and `fi`
 * are the same name.
 */
export function identifierValue(text: string): string {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= 128) return text.normalize('NFKC');
  }
  return text;
}
