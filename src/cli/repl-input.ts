// Decides what the REPL does with the lines typed so far: wait for more (an open bracket, a block
// header, a compound statement not yet ended by an empty line), run them, or report a SyntaxError.
// Like CPython's interactive tokenizer, but decided from the parser's verdict on the whole buffer.

import type * as ast from '../parser/ast.js';
import { parse } from '../parser/parser.js';
import { PySyntaxError } from '../parser/syntax-errors.js';

/** What to do with the buffered input. */
export type ReplInput =
  | { readonly kind: 'more' }
  | { readonly kind: 'run'; readonly module: ast.Module }
  | { readonly kind: 'error'; readonly error: PySyntaxError };

/** Statements that the interactive prompt keeps open until an empty line. */
const COMPOUND_STATEMENTS: ReadonlySet<ast.Stmt['kind']> = new Set([
  'If',
  'For',
  'AsyncFor',
  'While',
  'With',
  'AsyncWith',
  'Try',
  'TryStar',
  'FunctionDef',
  'AsyncFunctionDef',
  'ClassDef',
  'Match',
]);

/** Errors that only mean "the input stops too early" whatever comes next (even an empty line). */
function isOpenToken(error: PySyntaxError): boolean {
  return (
    error.msg.endsWith('was never closed') ||
    error.msg.startsWith('unterminated triple-quoted string literal')
  );
}

/** Errors that mean "a block or a continuation line is still expected" at the last line. */
function isUnfinishedBlock(error: PySyntaxError, lineCount: number): boolean {
  if (error.msg === 'unexpected EOF while parsing') return true;
  if (error.lineno !== lineCount) return false;
  return (
    error.msg.startsWith('expected an indented block') ||
    error.msg === "expected 'except' or 'finally' block" ||
    // A decorator line waits for its definition (the parser fails at the end of input).
    (error.msg === 'invalid syntax' && error.offset === 0)
  );
}

/** Counts the physical lines of `source` (a trailing newline does not start a new line). */
function countLines(source: string): number {
  let count = 1;
  for (let index = 0; index < source.length - 1; index++) {
    if (source.charCodeAt(index) === 10) count++;
  }
  return count;
}

/** The last line of `source` (without its newline). */
function lastLine(source: string): string {
  const end = source.endsWith('\n') ? source.length - 1 : source.length;
  return source.slice(source.lastIndexOf('\n', end - 1) + 1, end);
}

/** The source line `lineno` (1-based) with its newline, for an error's text. */
function sourceLine(source: string, lineno: number): string {
  const lines = source.split('\n');
  return `${lines[lineno - 1] ?? ''}\n`;
}

/**
 * Classifies the buffered interactive input. `source` is every line typed since the `>>>` prompt
 * (each with its newline); `lastLineEmpty` says the newest line was empty (it closes compound
 * statements); `atEnd` says no more input will come (EOF): then the buffer runs or fails as is.
 * @see https://docs.python.org/3.11/library/codeop.html
 */
export function classifyInput(source: string, lastLineEmpty: boolean, atEnd: boolean): ReplInput {
  // A decorator line waits for what it decorates (the parser's error there depends on the nesting).
  if (!lastLineEmpty && !atEnd && lastLine(source).trimStart().startsWith('@')) {
    return { kind: 'more' };
  }
  let module: ast.Module;
  try {
    module = parse(source, '<stdin>');
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    if (!atEnd && isOpenToken(error)) return { kind: 'more' };
    if (!atEnd && !lastLineEmpty && isUnfinishedBlock(error, countLines(source))) {
      return { kind: 'more' };
    }
    return { kind: 'error', error };
  }
  const [first, second] = module.body;
  // The prompt reads one statement: a second one on a later line is where parsing stops.
  if (first !== undefined && second !== undefined && second.lineno > (first.end_lineno ?? 0)) {
    const text = sourceLine(source, second.lineno);
    const column = Array.from(text.slice(0, second.col_offset)).length;
    return {
      kind: 'error',
      error: new PySyntaxError(
        'SyntaxError',
        'invalid syntax',
        second.lineno,
        column + 1,
        second.lineno,
        column + 2,
        text,
      ),
    };
  }
  if (first !== undefined && COMPOUND_STATEMENTS.has(first.kind) && !lastLineEmpty && !atEnd) {
    return { kind: 'more' };
  }
  return { kind: 'run', module };
}
