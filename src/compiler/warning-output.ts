// Shows compile-time warnings on the program's sys.stderr as CPython's warnings module does
// ("file:N: SyntaxWarning: message" and the stripped source line). Filters are not consulted.

import type { PyModule } from '../objects/module.js';
import { getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { None } from '../objects/singletons.js';
import type { CompileWarning } from './compile-warnings.js';

/** What the printer needs from the interpreter. */
export interface WarningHost {
  /** The `sys` module (its `stderr` receives the text). */
  readonly sysModule: PyModule;
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

/** Writes a compile-time warning to `sys.stderr` (nothing when sys.stderr is None). */
export function showCompileWarning(
  host: WarningHost,
  warning: CompileWarning,
  filename: string,
): void {
  const stderr = host.sysModule.dict.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  const source = host.imports.isStringSource(filename) ? undefined : host.sources.get(filename);
  const text = formatCompileWarning(warning, filename, source);
  callObject(getAttr(stderr, 'write'), [text]);
}
