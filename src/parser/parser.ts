// The parser's entry point: source text to a Module exactly as CPython's `ast.parse` builds it,
// or a PySyntaxError ordered against tokenizer errors the way CPython orders them.
// The grammar is spread over parse-*.ts by area; this file only wires tokenizer and parser.

import type { Expression, Module } from './ast.js';
import { raiseAfterEvalExpressions, reparseAsPeg } from './parse-expression-errors.js';
import { parseExpression, parseExpressions, startsExpression } from './parse-expressions.js';
import { ENDMARKER, ERRORTOKEN, MAX_NESTING_DEPTH, NEWLINE, Parser } from './parse-state.js';
import { parseModuleBody } from './parse-statements.js';
import { PySyntaxError, parserError } from './syntax-errors.js';
import { resolveParserError, tokenizeDeferringErrors } from './tokenizer.js';
import { setFieldExpressionChecker } from './tokenizer-fstrings-legacy.js';

/**
 * Parses a module. Throws only {@link PySyntaxError} (with CPython 3.11's message and location);
 * never overflows the JS stack: nesting deeper than CPython accepts is a SyntaxError too.
 * @see https://docs.python.org/3/library/ast.html#ast.parse
 */
export function parse(source: string, _filename = '<unknown>'): Module {
  return parseWith(source, (p) => ({ kind: 'Module', body: parseModuleBody(p), type_ignores: [] }));
}

// Python 3.11 compiled each f-string field's `(expression)` while scanning the string.
// A tokenizer error keeps the text as is; the parser's error text ends with the line break
// 3.11's string input gained.
setFieldExpressionChecker((text) => {
  try {
    parseEval(text);
    return null;
  } catch (error) {
    if (!(error instanceof PySyntaxError)) return null;
    if (tokenizeDeferringErrors(text).error !== null || error.text === null) return error;
    if (error.text.endsWith('\n')) return error;
    return new PySyntaxError(
      error.type,
      error.msg,
      error.lineno,
      error.offset,
      error.endLineno,
      error.endOffset,
      `${error.text}\n`,
    );
  }
});

/**
 * Parses eval input (`compile(..., 'eval')`, CPython's `eval` rule: expressions, blank lines,
 * end of input) to an Expression. Throws only {@link PySyntaxError}, as {@link parse}.
 */
export function parseEval(source: string): Expression {
  return parseWith(source, (p) => {
    const body = parseEvalExpressions(p);
    while (p.codes[p.pos] === NEWLINE) p.pos++;
    if (p.codes[p.pos] !== ENDMARKER) {
      p.noteRead(p.pos);
      raiseAfterEvalExpressions(p, body);
    }
    return { kind: 'Expression', body };
  });
}

/**
 * The expressions of eval input. When they fail with the generic error, CPython's second pass
 * reads them as PEG does (up to a failing trailer) and goes on with invalid_legacy_expression
 * there: after a soft keyword its targeted errors fire (`match [x for a b in c]`).
 */
function parseEvalExpressions(p: Parser): Expression['body'] {
  const { pos, depth, parenDepth } = p;
  try {
    return parseExpressions(p);
  } catch (error) {
    if (!(error instanceof PySyntaxError) || error.msg !== 'invalid syntax') throw error;
    const failedAt = p.pos;
    try {
      const e = reparseAsPeg(p, pos, depth, parenDepth);
      raiseAfterEvalExpressions(p, e);
    } catch (second) {
      if (second instanceof PySyntaxError && second.msg !== 'invalid syntax') throw second;
    }
    p.pos = failedAt;
    throw error;
  }
}

/** Tokenizes `source` and runs `parseRoot`, ordering parser and tokenizer errors as CPython. */
function parseWith<Root>(source: string, parseRoot: (p: Parser) => Root): Root {
  const tokens = tokenizeDeferringErrors(source);
  const p = new Parser(source, tokens.tokens);
  try {
    return parseRoot(p);
  } catch (error) {
    let syntaxError = asSyntaxError(error, p);
    syntaxError = atFurthestToken(p, syntaxError);
    syntaxError = matchWithoutColonFirst(p, syntaxError);
    if (tokens.error !== null) {
      const failedAt = Math.min(p.pos, p.toks.length - 1);
      if (syntaxError.msg === 'invalid syntax') lookAheadLikeCPython(p, failedAt);
      const at = Math.min(Math.max(failedAt, p.readLimit), p.toks.length - 1);
      // The parser reached the token where the tokenizer failed: that error is the one.
      if (p.codes[at] === ERRORTOKEN || at >= p.toks.length - 2) throw tokens.error;
      throw resolveParserError(tokens, syntaxError, p.toks[at]!.line);
    }
    throw syntaxError;
  }
}

/**
 * CPython's second pass tries `invalid_expression` where the first failed: it reads an expression
 * starting at the failing token. How far that reading goes decides whether an unclosed bracket
 * reported by the tokenizer wins over the parser's error, so it is imitated here.
 */
function lookAheadLikeCPython(p: Parser, failedAt: number): void {
  if (failedAt !== p.disjunctionEnd || !startsExpression(p.codes[failedAt]!)) return;
  p.pos = failedAt;
  try {
    parseExpression(p);
  } catch {
    // only the distance read matters
  }
  p.noteRead(p.pos);
}

/**
 * CPython looks for targeted errors in a second pass from the start of the input, and its
 * invalid_match_stmt matches a valid statement: after `match (x)` on a line of its own, any error
 * of that pass (the generic one or a targeted one) is "expected ':'", at the token where the
 * first pass stopped. Errors the tokenizer or the first pass raise are left as they are.
 */
function matchWithoutColonFirst(p: Parser, error: PySyntaxError): PySyntaxError {
  if (p.matchWithoutColonAt < 0 || !SECOND_PASS_ERROR.test(error.msg)) return error;
  // The first pass stopped at the generic error's token; for a targeted error, at about the
  // furthest token read (an approximation of CPython's count of tokens fetched).
  const furthest = Math.min(Math.max(p.furthest, p.pos), p.toks.length - 1);
  const generic = error.msg === 'invalid syntax' || p.toks[furthest]!.line < error.lineno;
  if (generic) {
    const { lineno, offset, endLineno, endOffset, text } = error;
    return new PySyntaxError(
      'SyntaxError',
      "expected ':'",
      lineno,
      offset,
      endLineno,
      endOffset,
      text,
    );
  }
  try {
    return p.raiseAtToken(furthest, "expected ':'");
  } catch (relocated) {
    if (relocated instanceof PySyntaxError) return relocated;
    throw relocated;
  }
}

/** Messages of errors CPython raises in its second pass (invalid_* rules and the generic one). */
const SECOND_PASS_ERROR = new RegExp(
  `^(${[
    'invalid syntax',
    "expected '",
    'expected an indented block',
    'unexpected (indent|unindent)',
    'cannot (assign|delete|use)',
    'assignment to',
    "'[a-z ]+' is an illegal expression",
    'illegal target',
    'Missing parentheses',
    'Did you mean',
    'iterable argument unpacking',
    'positional argument follows',
    'Generator expression must',
    'trailing comma',
    'named arguments',
    'assignment expression',
    'bare \\* has',
    "default '",
    'non-default argument',
    'expected default value',
    'unparenthesized',
    'did you forget parentheses',
    'only single target',
    'dict unpacking',
    ':= cannot',
  ].join('|')})`,
);

/** A generic error is reported at the furthest token read, as CPython does. */
function atFurthestToken(p: Parser, error: PySyntaxError): PySyntaxError {
  if (error.msg !== 'invalid syntax') return error;
  const strict = p.furthestGenericError;
  if (
    strict !== null &&
    (strict.lineno > error.lineno ||
      (strict.lineno === error.lineno && strict.offset > error.offset))
  ) {
    error = strict;
  }
  if (p.furthest <= 0) return error;
  const tok = p.toks[Math.min(p.furthest, p.toks.length - 1)]!;
  if (tok.line < error.lineno || (tok.line === error.lineno && tok.col + 1 <= error.offset)) {
    return error;
  }
  try {
    p.raiseAtToken(p.furthest, 'invalid syntax');
  } catch (relocated) {
    if (relocated instanceof PySyntaxError) return relocated;
  }
  return error;
}

/** Any failure as a PySyntaxError: a JS stack overflow becomes "too many nested expressions". */
function asSyntaxError(error: unknown, p: Parser): PySyntaxError {
  if (error instanceof PySyntaxError) return error;
  if (error instanceof RangeError) {
    const tok = p.toks[Math.min(p.pos, p.toks.length - 1)]!;
    const text = p.lineText(tok.line);
    return parserError(
      'SyntaxError',
      'too many nested expressions',
      tok.line,
      tok.col + 1,
      null,
      null,
      text,
    );
  }
  const tok = p.toks[Math.min(p.pos, p.toks.length - 1)]!;
  const detail = error instanceof Error ? error.message : String(error);
  return parserError(
    'SyntaxError',
    `internal parser error: ${detail}`,
    tok.line,
    tok.col + 1,
    null,
    null,
    p.lineText(tok.line),
  );
}

/** The deepest nesting the parser accepts (CPython 3.11 fails near the same depth). */
export const MAX_AST_DEPTH = MAX_NESTING_DEPTH;
