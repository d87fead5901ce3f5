// The one error type that leaves the library: PyexError with a kind, the Python exception type name,
// position, structured frames, and the traceback text formatted as CPython prints it.

/**
 * Why a run failed:
 * - `syntax`: the source does not compile (SyntaxError, IndentationError, TabError).
 * - `python`: an uncaught Python exception.
 * - `limit`: a resource limit ended the run (instructions, time, memory, output, recursion).
 * - `capability`: the program needed something the host did not grant (a PermissionError naming
 *   the missing capability).
 * - `internal`: a bug in Pyex.
 */
export type PyexErrorKind = 'syntax' | 'python' | 'limit' | 'capability' | 'internal';

/** One frame of a Python traceback, outermost first (as CPython prints them). */
export interface PyexFrame {
  /** The file name (`<string>`, `main.py`…). */
  readonly filename: string;
  /** The line being executed (1-based). */
  readonly lineno: number;
  /** The function's name (`<module>` for module level). */
  readonly name: string;
  /** The source line, stripped as CPython prints it, or null when the source is unknown. */
  readonly line: string | null;
}

/** An error from running Python code. `traceback` is the full text CPython would print to stderr. */
export class PyexError extends Error {
  readonly kind: PyexErrorKind;
  /** The Python exception's type name (`'ValueError'`), or `'InternalError'`. */
  readonly typeName: string;
  /** Line of the innermost frame (or of the syntax error), or null. */
  readonly lineno: number | null;
  /** Column (1-based, in characters) of the failing expression or syntax error, or null. */
  readonly column: number | null;
  /** The traceback text as CPython prints it. */
  readonly traceback: string;
  /** The traceback's frames, outermost first (empty for syntax and internal errors). */
  readonly frames: readonly PyexFrame[];

  constructor(
    kind: PyexErrorKind,
    typeName: string,
    message: string,
    traceback: string,
    lineno: number | null = null,
    column: number | null = null,
    frames: readonly PyexFrame[] = [],
  ) {
    super(message);
    this.name = 'PyexError';
    this.kind = kind;
    this.typeName = typeName;
    this.traceback = traceback;
    this.lineno = lineno;
    this.column = column;
    this.frames = frames;
  }
}
