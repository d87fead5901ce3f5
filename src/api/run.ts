// A minimal embedding API: run a program's source as `__main__` and get its exit status and error,
// with stdout/stderr going to callbacks. The full embedding API (values, host functions) comes later.

import '../builtins/builtins-module.js';
import '../stdlib/modules.js';
import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed, type PyBaseException } from '../objects/exceptions.js';
import { PythonError } from '../objects/python-error.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import { systemExitStatus } from '../stdlib/sys.js';
import { InternalError } from '../vm/exceptions-state.js';
import type { FileSource } from '../vm/import-system.js';
import { Interpreter } from '../vm/interpreter.js';
import { formatException } from '../vm/traceback-format.js';
import { PyexError } from './pyex-error.js';

/** Options of `run`. */
export interface RunOptions {
  /** The file name shown in tracebacks (default `<string>`). */
  readonly filename?: string;
  /** `sys.argv` (default `[filename]`). */
  readonly argv?: readonly string[];
  /** Receives everything written to sys.stdout. */
  readonly stdout?: (text: string) => void;
  /** Receives everything written to sys.stderr, including the final traceback. */
  readonly stderr?: (text: string) => void;
  /** Standard input text. */
  readonly stdin?: string;
  /** Where `import` finds `.py` files. */
  readonly files?: FileSource | null;
  /** Directories searched for modules (sys.path). */
  readonly path?: readonly string[];
  /** Instruction budget (backward jumps and calls). */
  readonly instructionBudget?: number;
  /** Memory limit in bytes for single program-controlled allocations. */
  readonly memoryLimit?: number;
  /** Initial recursion limit (default 1000). */
  readonly recursionLimit?: number;
}

/** The outcome of `run`. */
export interface RunResult {
  /** The process exit status python3 would have (0, 1, or a SystemExit code). */
  readonly exitCode: number;
  /** Why the program failed, or null when it completed (a SystemExit is not an error). */
  readonly error: PyexError | null;
}

function innermostLine(exc: PyBaseException): number | null {
  let entry = exc.traceback;
  if (entry === null) return null;
  while (entry.next !== null) entry = entry.next;
  return entry.lineno;
}

/** Runs `source` as the `__main__` module. Never throws for anything the program does. */
export function run(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? '<string>';
  const writeOut = options.stdout ?? (() => {});
  const writeErr = options.stderr ?? (() => {});
  const interp = new Interpreter({
    stdout: { write: writeOut },
    stderr: { write: writeErr },
    argv: options.argv ?? [filename],
    files: options.files ?? null,
    path: options.path ?? [],
    stdin: options.stdin ?? '',
    ...(options.instructionBudget !== undefined
      ? { instructionBudget: options.instructionBudget }
      : {}),
    ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
    ...(options.recursionLimit !== undefined ? { recursionLimit: options.recursionLimit } : {}),
  });
  return interp.activate(() => runMain(interp, source, filename, writeErr));
}

function runMain(
  interp: Interpreter,
  source: string,
  filename: string,
  writeErr: (text: string) => void,
): RunResult {
  let code: ReturnType<Interpreter['compileSource']>;
  try {
    code = interp.compileSource(source, filename);
  } catch (error) {
    if (error instanceof PySyntaxError) {
      const text = formatSyntaxError(error, filename);
      writeErr(text);
      return {
        exitCode: 1,
        error: new PyexError('syntax', error.type, error.msg, text, error.lineno, error.offset),
      };
    }
    return internalFailure(error, writeErr);
  }
  const main = interp.newModule('__main__', filename);
  main.dict.setStr('__file__', filename);
  interp.modules.setStr('__main__', main);
  try {
    interp.execCode(code, main.dict);
    return { exitCode: 0, error: null };
  } catch (error) {
    if (error instanceof PythonError) {
      const exc = exceptionOf(error);
      if (exc.cls.isSubtypeOf(exceptionTypeNamed('SystemExit'))) {
        const { status, message } = systemExitStatus(exc);
        if (message !== null) writeErr(`${message}\n`);
        return { exitCode: status, error: null };
      }
      let text: string;
      try {
        text = formatException(interp, exc);
      } catch (formatError) {
        return internalFailure(formatError, writeErr);
      }
      writeErr(text);
      const kind = exc.limitKind !== null ? 'limit' : 'python';
      return {
        exitCode: 1,
        error: new PyexError(
          kind,
          exc.cls.name,
          text.trimEnd().split('\n').pop() ?? '',
          text,
          innermostLine(exc),
        ),
      };
    }
    return internalFailure(error, writeErr);
  }
}

function internalFailure(error: unknown, writeErr: (text: string) => void): RunResult {
  const detail = error instanceof InternalError ? error.original : error;
  const message = detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail);
  const stack = detail instanceof Error && detail.stack !== undefined ? `\n${detail.stack}` : '';
  const text = `pyex: internal error: ${message}${stack}\n`;
  writeErr(text);
  return { exitCode: 70, error: new PyexError('internal', 'InternalError', message, text) };
}
