// Shows compile-time warnings as CPython does: through the program's `warnings` module when it is
// imported (its filters apply; "error" makes the warning a SyntaxError), else directly on sys.stderr
// ("file:N: SyntaxWarning: message" and the stripped source line, the default filters' output).

import type { PyDict } from '../objects/dict.js';
import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed } from '../objects/exceptions.js';
import type { PyModule } from '../objects/module.js';
import { getAttr, getAttrOrUndefined } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { PythonError } from '../objects/python-error.js';
import { None } from '../objects/singletons.js';
import { type CompileWarning, WarningAsError } from './compile-warnings.js';

/** What the printer needs from the interpreter. */
export interface WarningHost {
  /** The `sys` module (its `stderr` receives the text). */
  readonly sysModule: PyModule;
  /** `sys.modules` (a program that imported `warnings` gets its filters applied). */
  readonly modules: PyDict;
  /** Sources by file name; a file without one shows no source line. */
  readonly sources: ReadonlyMap<string, string>;
  /** Code compiled from strings (exec/eval/compile) shows no source line, as in CPython. */
  readonly imports: { isStringSource(filename: string): boolean };
}

/** Python's `str.strip()` whitespace for source lines: spaces, tabs, form feeds, line ends. */
const STRIPPED = /^[ \t\f\v\r\n]+|[ \t\f\v\r\n]+$/g;

/** The text `warnings.showwarning` writes for a warning raised while compiling `filename`. */
export function formatCompileWarning(
  warning: CompileWarning,
  filename: string,
  source: string | undefined,
): string {
  let text = `${filename}:${warning.lineno}: ${warning.category}: ${warning.message}\n`;
  if (source !== undefined && !(filename.startsWith('<') && filename.endsWith('>'))) {
    const line = lineOf(source, warning.lineno).replace(STRIPPED, '');
    if (line !== '') text += `  ${line}\n`;
  }
  return text;
}

function lineOf(source: string, lineno: number): string {
  let start = 0;
  for (let line = 1; line < lineno; line++) {
    const end = source.indexOf('\n', start);
    if (end < 0) return '';
    start = end + 1;
  }
  const end = source.indexOf('\n', start);
  return end < 0 ? source.slice(start) : source.slice(start, end);
}

/**
 * Shows a compile-time warning: `warnings.warn_explicit` when the program imported `warnings`,
 * else the default output on `sys.stderr` (nothing when it is None). Throws WarningAsError when a
 * filter turns the warning into an exception (the compiler then raises a SyntaxError, as CPython).
 */
export function showCompileWarning(
  host: WarningHost,
  warning: CompileWarning,
  filename: string,
): void {
  const module = host.modules.getStr('warnings');
  const warnExplicit =
    module === undefined || module === None
      ? undefined
      : getAttrOrUndefined(module, 'warn_explicit');
  if (warnExplicit !== undefined) {
    const category = exceptionTypeNamed(warning.category);
    try {
      callObject(warnExplicit, [warning.message, category, filename, warning.lineno]);
    } catch (error) {
      if (error instanceof PythonError && exceptionOf(error).cls.isSubtypeOf(category)) {
        throw new WarningAsError(warning.message);
      }
      throw error;
    }
    return;
  }
  const stderr = host.sysModule.dict.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  const source = host.imports.isStringSource(filename) ? undefined : host.sources.get(filename);
  const text = formatCompileWarning(warning, filename, source);
  callObject(getAttr(stderr, 'write'), [text]);
}
