// The read-eval-print loop of `pyex repl` over one Interpreter: prompts from sys.ps1/sys.ps2, input
// buffered until complete (repl-input.ts), statements compiled in 'single' mode (values shown by
// sys.displayhook, which binds `_`), tracebacks as python3 -i prints them. No I/O of its own.

import '../builtins/builtins-module.js';
import '../stdlib/modules.js';
import { compile } from '../compiler/compile.js';
import type { PyDict } from '../objects/dict.js';
import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed, PyBaseException } from '../objects/exceptions.js';
import { pyStr } from '../objects/protocol-repr.js';
import { PythonError } from '../objects/python-error.js';
import { PyTuple } from '../objects/tuple.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import { systemExitStatus } from '../stdlib/sys.js';
import type { FileSource } from '../vm/import-system.js';
import { Interpreter } from '../vm/interpreter.js';
import { formatException } from '../vm/traceback-format.js';
import { classifyInput } from './repl-input.js';

/** The file name interactive input gets in tracebacks, as in CPython. */
export const REPL_FILENAME = '<stdin>';

/** Returned by `readLine` when the user pressed Ctrl-C at a prompt. */
export const INTERRUPTED: unique symbol = Symbol('interrupted');

/** A line of input (with its newline; the last line of a pipe may lack it), EOF, or Ctrl-C. */
export type ReplLine = string | null | typeof INTERRUPTED;

/** How the REPL talks to the outside world. */
export interface ReplOptions {
  /** Shows `prompt` (may be empty) and returns the next line. */
  readonly readLine: (prompt: string) => ReplLine;
  /** sys.stdout. */
  readonly stdout: (text: string) => void;
  /** sys.stderr, the banner and tracebacks. */
  readonly stderr: (text: string) => void;
  /** The banner's first line (the version); none: no banner. */
  readonly banner?: string;
  /** Where `import` finds `.py` files. */
  readonly files?: FileSource | null;
  /** sys.path (default `['']`, the current directory). */
  readonly path?: readonly string[];
  /** Instruction budget given afresh to each input (default: unlimited). */
  readonly instructionBudget?: number;
  /** Memory limit in bytes for single program-controlled allocations. */
  readonly memoryLimit?: number;
  /** Initial recursion limit (default 1000). */
  readonly recursionLimit?: number;
}

/** The banner's second line. */
const BANNER_HELP = 'Type "exit()" or press Ctrl-D to leave.\n';

/**
 * Runs the interactive loop until EOF, `exit()` or SystemExit; returns the exit status.
 * @see https://docs.python.org/3.11/tutorial/interpreter.html#interactive-mode
 */
export function runRepl(options: ReplOptions): number {
  const interp = new Interpreter({
    stdout: { write: options.stdout },
    stderr: { write: options.stderr },
    argv: [''],
    files: options.files ?? null,
    path: options.path ?? [''],
    ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
    ...(options.recursionLimit !== undefined ? { recursionLimit: options.recursionLimit } : {}),
  });
  return interp.activate(() => new Repl(interp, options).loop());
}

/** One interactive session: the `__main__` namespace and the lines typed since the last `>>>`. */
class Repl {
  private readonly interp: Interpreter;
  private readonly options: ReplOptions;
  private readonly globals: PyDict;
  private buffer = '';

  constructor(interp: Interpreter, options: ReplOptions) {
    this.interp = interp;
    this.options = options;
    const main = interp.newModule('__main__', null);
    interp.modules.setStr('__main__', main);
    this.globals = main.dict;
    const sys = interp.sysModule.dict;
    sys.setStr('ps1', '>>> ');
    sys.setStr('ps2', '... ');
    this.connectStdin();
  }

  /** input() and sys.stdin read further lines from the same source as the prompt. */
  private connectStdin(): void {
    let pending = '';
    const readLine = this.options.readLine;
    Object.defineProperty(this.interp, 'stdinText', {
      configurable: true,
      get(): string {
        if (pending !== '') return pending;
        const line = readLine('');
        if (line === INTERRUPTED) throw keyboardInterrupt();
        return line ?? '';
      },
      set(value: string) {
        pending = value;
      },
    });
  }

  /** The prompt text: str(sys.ps1) or str(sys.ps2). */
  private prompt(continuation: boolean): string {
    const value = this.interp.sysModule.dict.getStr(continuation ? 'ps2' : 'ps1');
    if (value === undefined) return '';
    try {
      return typeof value === 'string' ? value : pyStr(value);
    } catch {
      return '';
    }
  }

  loop(): number {
    if (this.options.banner !== undefined) {
      this.options.stderr(`${this.options.banner}\n${BANNER_HELP}`);
    }
    for (;;) {
      const continuation = this.buffer !== '';
      // A last line without a newline waits for more, as CPython's tokenizer does.
      const line = this.options.readLine(this.prompt(continuation));
      if (line === INTERRUPTED) {
        this.buffer = '';
        this.options.stderr('\nKeyboardInterrupt\n');
        continue;
      }
      if (line === null) {
        if (this.buffer === '') return 0;
        const status = this.submit(true, false);
        if (status !== null) return status;
        continue;
      }
      if (!continuation && line.trim() === '') continue;
      if (!continuation && isCommentOnly(line) && line.endsWith('\n')) continue;
      this.buffer += line;
      if (!line.endsWith('\n')) continue;
      const status = this.submit(false, line === '\n');
      if (status !== null) return status;
    }
  }

  /** Runs or reports the buffer if it is complete; returns an exit status to stop the loop. */
  private submit(atEnd: boolean, lastLineEmpty: boolean): number | null {
    const source = this.buffer.endsWith('\n') ? this.buffer : `${this.buffer}\n`;
    let decision: ReturnType<typeof classifyInput>;
    try {
      decision = classifyInput(source, lastLineEmpty, atEnd);
    } catch (error) {
      this.buffer = '';
      this.options.stderr(`pyex: internal error: ${String(error)}\n`);
      return null;
    }
    if (decision.kind === 'more') return null;
    this.buffer = '';
    if (decision.kind === 'error') {
      this.options.stderr(formatSyntaxError(decision.error, REPL_FILENAME));
      return null;
    }
    let code: ReturnType<typeof compile>;
    try {
      code = compile(decision.module, REPL_FILENAME, 'single');
    } catch (error) {
      if (error instanceof PySyntaxError) {
        this.options.stderr(formatSyntaxError(error, REPL_FILENAME));
        return null;
      }
      this.options.stderr(`pyex: internal error: ${String(error)}\n`);
      return null;
    }
    return this.execute(code);
  }

  private execute(code: ReturnType<typeof compile>): number | null {
    const interp = this.interp;
    interp.budget = this.options.instructionBudget ?? Number.MAX_SAFE_INTEGER;
    try {
      interp.execCode(code, this.globals);
      return null;
    } catch (error) {
      interp.frame = null;
      interp.depth = 0;
      if (!(error instanceof PythonError)) {
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        this.options.stderr(`pyex: internal error: ${detail}\n`);
        return null;
      }
      const exc = exceptionOf(error);
      if (exc.cls.isSubtypeOf(exceptionTypeNamed('SystemExit'))) {
        const { status, message } = systemExitStatus(exc);
        if (message !== null) this.options.stderr(`${message}\n`);
        return status;
      }
      this.report(exc);
      return null;
    }
  }

  /** Prints an uncaught exception and keeps it as sys.last_value, like CPython's REPL. */
  private report(exc: PyBaseException): void {
    const sys = this.interp.sysModule.dict;
    sys.setStr('last_type', exc.cls);
    sys.setStr('last_value', exc);
    let text: string;
    try {
      text = formatException(this.interp, exc);
    } catch (error) {
      text = `pyex: internal error: ${String(error)}\n`;
    }
    this.options.stderr(text);
  }
}

/** True for a line holding only a comment (with optional indentation). */
function isCommentOnly(line: string): boolean {
  return line.trimStart().startsWith('#');
}

/** A KeyboardInterrupt raised into the program (Ctrl-C while it waits in input()). */
function keyboardInterrupt(): PythonError {
  const type = exceptionTypeNamed('KeyboardInterrupt');
  return new PythonError(type.name, '', new PyBaseException(type, PyTuple.EMPTY));
}
