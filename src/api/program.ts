// A compiled program: source parsed and compiled once, run many times (`run(program)`,
// `session.run(program)`). The last expression statement is compiled apart, in eval mode, so a run
// can return its value; everything before it is the module body.

import type { CodeObject } from '../compiler/code-object.js';
import { compile as compileAst } from '../compiler/compile.js';
import type { CompileWarningSink } from '../compiler/compile-warnings.js';
import { PyCode } from '../objects/code.js';
import type * as ast from '../parser/ast.js';
import { parse } from '../parser/parser.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import type { PyexError } from './pyex-error.js';
import { syntaxFailure } from './run-outcome.js';

/** Options of `compile`. */
export interface CompileOptions {
  /** The file name shown in tracebacks and syntax errors (default `<string>`). */
  readonly filename?: string;
}

/**
 * A program compiled by `compile`: reusable across runs and sessions (compiling is deterministic
 * and the bytecode is never modified by running it). Its fields are read-only facts.
 */
export class Program {
  /** The file name its code reports. */
  readonly filename: string;
  /** The source text (tracebacks show its lines). */
  readonly source: string;
  /** @internal The module body without a trailing expression statement. */
  readonly body: CodeObject;
  /** @internal The trailing expression statement, compiled in eval mode, or null. */
  readonly lastExpression: CodeObject | null;
  /**
   * @internal `body` as the VM's code object, made here rather than through the shared
   * CodeObject → PyCode WeakMap: V8's young-generation GC keeps WeakMap values alive, so every
   * fresh run's code (and what its inline caches reach) would survive each scavenge.
   */
  readonly bodyCode: PyCode;
  /** @internal `lastExpression` as the VM's code object, or null. */
  readonly lastExpressionCode: PyCode | null;
  /** @internal Whether `body` is empty (the program is one expression): running it does nothing. */
  readonly bodyIsEmpty: boolean;

  /** @internal Use `compile`. */
  constructor(
    filename: string,
    source: string,
    body: CodeObject,
    lastExpression: CodeObject | null,
  ) {
    this.filename = filename;
    this.source = source;
    this.body = body;
    this.lastExpression = lastExpression;
    this.bodyCode = new PyCode(body);
    this.lastExpressionCode = lastExpression === null ? null : new PyCode(lastExpression);
    this.bodyIsEmpty = body === lastEmptyBody?.code;
  }
}

/** The last empty module body compiled, and its file name (one-expression programs share it). */
let lastEmptyBody: { readonly filename: string; readonly code: CodeObject } | null = null;

/** The code of an empty module body for `filename` (code objects are immutable: shared). */
function emptyBody(filename: string): CodeObject {
  if (lastEmptyBody === null || lastEmptyBody.filename !== filename) {
    const module: ast.Module = { kind: 'Module', body: [], type_ignores: [] };
    lastEmptyBody = { filename, code: compileAst(module, filename, 'exec') };
  }
  return lastEmptyBody.code;
}

/**
 * Parses and compiles `source` (PySyntaxError on bad input). The value of a trailing expression
 * statement becomes the run's result. Compile-time SyntaxWarnings go to `onWarning` (dropped
 * without one: `compile()` has no interpreter to print them to).
 */
export function compileProgram(
  source: string,
  filename: string,
  onWarning?: CompileWarningSink,
): Program {
  const options = onWarning === undefined ? {} : { onWarning };
  const module = parse(source, filename);
  const last = module.body[module.body.length - 1];
  if (last === undefined || last.kind !== 'Expr') {
    return new Program(filename, source, compileAst(module, filename, 'exec', options), null);
  }
  const body =
    module.body.length === 1
      ? emptyBody(filename)
      : compileAst({ ...module, body: module.body.slice(0, -1) }, filename, 'exec', options);
  const expression = compileAst(
    { kind: 'Expression', body: last.value },
    filename,
    'eval',
    options,
  );
  return new Program(filename, source, body, expression);
}

/**
 * Compiles `source` once for many runs.
 * @throws PyexError of kind `syntax` (with the CPython-format message in `traceback`) when the
 * source does not compile.
 * @example
 * const program = compile('x * 2', { filename: 'double.py' });
 * run(program, { inputs: { x: 21 } }).value; // 42
 */
export function compile(source: string, options: CompileOptions = {}): Program {
  const filename = options.filename ?? '<string>';
  try {
    return compileProgram(source, filename);
  } catch (error) {
    if (error instanceof PySyntaxError) {
      throw syntaxFailure(error, filename, () => {}, source).error as PyexError;
    }
    throw error;
  }
}
