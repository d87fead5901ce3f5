// The read-eval-print loop of `pyex repl` over one Interpreter: prompts from sys.ps1/sys.ps2, input
// buffered until complete (repl-input.ts), statements compiled in 'single' mode (values shown by
// sys.displayhook, which binds `_`), tracebacks as python3 -i prints them. Each input gets the run
// limits afresh and runs in time slices, between which Ctrl-C is noticed. No I/O of its own.

import '../builtins/builtins-module.js';
import '../stdlib/modules.js';
import { type Limits, type ResolvedLimits, resolveLimits } from '../api/limits.js';
import { OutputBudget, OutputCapture } from '../api/output-capture.js';
import type { CodeObject } from '../compiler/code-object.js';
import { compile } from '../compiler/compile.js';
import type { PyDict } from '../objects/dict.js';
import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed, PyBaseException } from '../objects/exceptions.js';
import { pyStr } from '../objects/protocol-repr.js';
import { PythonError } from '../objects/python-error.js';
import { PyTuple } from '../objects/tuple.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import {
  bindCapabilities,
  type Capabilities,
  createCapabilities,
} from '../sandbox/capabilities.js';
import { systemExitStatus } from '../stdlib/sys.js';
import type { FileSource } from '../vm/import-system.js';
import { Interpreter } from '../vm/interpreter.js';
import { durationLimitMessage, instructionLimitMessage } from '../vm/limits.js';
import { beginSlice, endSlices } from '../vm/snapshot/time-slice.js';
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
  /** Limits, given afresh to each input (absent fields: the library's defaults). */
  readonly limits?: Limits;
  /** What the session may reach of the host (default: an empty in-memory filesystem, nothing else). */
  readonly capabilities?: Capabilities;
  /** Seeds hash() of str and bytes (as CPython's PYTHONHASHSEED). */
  readonly seed?: bigint | number;
  /** Polled between time slices while code runs: true when the user pressed Ctrl-C. */
  readonly interrupted?: () => boolean;
}

/** Charged instructions between two looks at the clock and at Ctrl-C (about a millisecond). */
const SLICE_UNITS = 16_384;

/** The limit message that marks an input stopped by Ctrl-C (reported as KeyboardInterrupt). */
const INTERRUPT_MESSAGE = 'interrupted by Ctrl-C';

/** The banner's second line. */
const BANNER_HELP = 'Type "exit()" or press Ctrl-D to leave.\n';

/**
 * Runs the interactive loop until EOF, `exit()` or SystemExit; returns the exit status.
 * @see https://docs.python.org/3.11/tutorial/interpreter.html#interactive-mode
 */
export function runRepl(options: ReplOptions): number {
  const limits = resolveLimits(options.limits);
  const output = new OutputBudget(limits.outputBytes);
  const interp = new Interpreter({
    // Program writes are charged to the output limit; the REPL's own prompts and tracebacks not.
    stdout: new OutputCapture(options.stdout, output, false),
    stderr: new OutputCapture(options.stderr, output, false),
    argv: [''],
    files: options.files ?? null,
    path: options.path ?? [''],
    memoryLimit: limits.memoryBytes,
    recursionLimit: limits.recursion,
    intMaxStrDigits: limits.intDigits,
    ...(options.seed !== undefined ? { hashSeed: options.seed } : {}),
  });
  bindCapabilities(interp, options.capabilities ?? createCapabilities());
  return interp.activate(() => new Repl(interp, options, limits, output).loop());
}

/** One interactive session: the `__main__` namespace and the lines typed since the last `>>>`. */
class Repl {
  private readonly interp: Interpreter;
  private readonly options: ReplOptions;
  private readonly globals: PyDict;
  private readonly limits: ResolvedLimits;
  private readonly output: OutputBudget;
  private buffer = '';

  constructor(
    interp: Interpreter,
    options: ReplOptions,
    limits: ResolvedLimits,
    output: OutputBudget,
  ) {
    this.interp = interp;
    this.options = options;
    this.limits = limits;
    this.output = output;
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
    let code: CodeObject;
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

  /** Gives the next input the whole of each limit again. */
  private resetLimits(): void {
    const interp = this.interp;
    const instructions = Number.isFinite(this.limits.instructions)
      ? this.limits.instructions
      : Number.MAX_SAFE_INTEGER;
    interp.budget = instructions;
    interp.budgetReserve = 0;
    interp.budgetCause = 'instructions';
    interp.budgetCauseMessage = instructionLimitMessage(instructions);
    interp.budgetLeftAtExpiry = 0;
    interp.startDeadline(this.limits.durationMs);
    this.output.usedBytes = 0;
  }

  /**
   * Runs module-level code in time slices: between two slices the clock and Ctrl-C are looked at;
   * either collapses the budget so the next instruction raises the limit error.
   */
  private drive(code: CodeObject): void {
    const interp = this.interp;
    const interrupted = this.options.interrupted;
    beginSlice(interp, SLICE_UNITS);
    try {
      interp.execCode(code, this.globals);
      while (interp.pausedFrame !== null) {
        if (interrupted?.() === true) {
          interp.expireBudget('time', INTERRUPT_MESSAGE);
        } else if (interp.deadlinePassed()) {
          interp.expireBudget('time', durationLimitMessage(interp.durationLimitMs));
        } else {
          beginSlice(interp, SLICE_UNITS);
        }
        interp.resumePaused();
      }
    } finally {
      interp.pausedFrame = null;
      endSlices(interp);
    }
  }

  private execute(code: CodeObject): number | null {
    const interp = this.interp;
    this.resetLimits();
    try {
      this.drive(code);
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
    // Ctrl-C ends the input through the limit machinery; it reads as CPython's KeyboardInterrupt.
    const interruptLine = `ResourceLimitError: ${INTERRUPT_MESSAGE}\n`;
    if (exc.limitKind !== null && text.endsWith(interruptLine)) {
      text = `${text.slice(0, -interruptLine.length)}KeyboardInterrupt\n`;
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
