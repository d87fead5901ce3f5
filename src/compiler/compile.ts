// The compiler's entry point: future features, symbol table, then code generation of the module
// (exec), expression (eval) or interactive statement (single) into one CodeObject.

import type * as ast from '../parser/ast.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import type { CodeObject } from './code-object.js';
import { Codegen } from './codegen.js';
import { emitImplicitReturn } from './codegen-functions.js';
import { compileBody, findAnnotations } from './codegen-statements.js';
import { syntaxErrorAt, withSourceText } from './compile-errors.js';
import type { CompileWarningSink } from './compile-warnings.js';
import { futureFeatures } from './future.js';
import { Op } from './opcodes.js';
import { buildSymbolTable } from './symtable.js';

/** How the source is compiled, as the `mode` argument of Python's `compile()`. */
export type CompileMode = 'exec' | 'eval' | 'single';

/**
 * Compiles a parsed module to bytecode. In 'eval' mode the module must be a single expression
 * statement (or pass an `ast.Expression`); its value is returned. In 'single' mode top-level
 * expression statements print their value (PRINT_EXPR). Raises PySyntaxError for the errors
 * CPython reports after parsing (symbol table and compiler errors).
 * @see https://docs.python.org/3.11/library/functions.html#compile
 */
export function compile(
  module: ast.Module | ast.Expression | ast.Interactive,
  filename: string,
  mode: CompileMode,
  options: CompileOptions = {},
): CodeObject {
  if (options.source === undefined) return compileRoot(module, filename, mode, options.onWarning);
  try {
    return compileRoot(module, filename, mode, options.onWarning);
  } catch (error) {
    if (error instanceof PySyntaxError) throw withSourceText(error, options.source);
    throw error;
  }
}

/** Options of `compile`. */
export interface CompileOptions {
  /**
   * The source text, when it came from a file: SyntaxErrors then carry their source line as
   * `text` (CPython reads it from the file; for `<string>` sources it leaves `text` None).
   */
  readonly source?: string;
  /**
   * Receives the compile-time SyntaxWarnings ("is" with a literal, "perhaps you missed a comma?",
   * assertion on a tuple) in CPython's order; without it they are dropped.
   */
  readonly onWarning?: CompileWarningSink;
}

function compileRoot(
  module: ast.Module | ast.Expression | ast.Interactive,
  filename: string,
  mode: CompileMode,
  onWarning: CompileWarningSink | undefined,
): CodeObject {
  const root = rootFor(module, mode);
  const future =
    root.kind === 'Expression' ? { annotations: false, lineno: 0 } : futureFeatures(root.body);
  const symtable = buildSymbolTable(root, { futureAnnotations: future.annotations });
  const c = new Codegen(symtable, {
    filename,
    futureAnnotations: future.annotations,
    futureLineno: future.lineno,
    interactive: mode === 'single',
    onWarning,
  });
  c.enterScope('<module>', 'module', root, 1);
  if (root.kind === 'Expression') {
    c.visitExpr(root.body);
    c.emit(Op.RETURN_VALUE);
  } else if (root.kind === 'Interactive') {
    if (findAnnotations(root.body)) c.emit(Op.SETUP_ANNOTATIONS);
    c.visitStmts(root.body);
    emitImplicitReturn(c);
  } else {
    compileBody(c, root.body, true);
    emitImplicitReturn(c);
  }
  return c.exitScope();
}

function rootFor(
  module: ast.Module | ast.Expression | ast.Interactive,
  mode: CompileMode,
): ast.Module | ast.Expression | ast.Interactive {
  if (mode === 'exec') {
    return module.kind === 'Interactive'
      ? { kind: 'Module', body: module.body, type_ignores: [] }
      : module;
  }
  if (mode === 'single') {
    if (module.kind === 'Expression') {
      throw new Error("compile: 'single' mode needs statements");
    }
    return module.kind === 'Interactive' ? module : { kind: 'Interactive', body: module.body };
  }
  if (module.kind === 'Expression') return module;
  const first = module.body[0];
  if (module.body.length !== 1 || first?.kind !== 'Expr') {
    const at = first ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
    throw syntaxErrorAt('invalid syntax', at);
  }
  return { kind: 'Expression', body: first.value };
}
