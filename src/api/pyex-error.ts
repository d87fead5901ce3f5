// The one error type that leaves the library: PyexError with a kind, the Python exception type name,
// position, and the traceback text formatted as CPython prints it.

/** Why a run failed. */
export type PyexErrorKind = 'syntax' | 'python' | 'limit' | 'capability' | 'internal';

/** An error from running Python code. `traceback` is the full text CPython would print to stderr. */
export class PyexError extends Error {
  readonly kind: PyexErrorKind;
  /** The Python exception's type name (`'ValueError'`), or `'InternalError'`. */
  readonly typeName: string;
  /** Line of the innermost frame (or of the syntax error), or null. */
  readonly lineno: number | null;
  /** Column (1-based, syntax errors only), or null. */
  readonly column: number | null;
  /** The traceback text as CPython prints it. */
  readonly traceback: string;

  constructor(
    kind: PyexErrorKind,
    typeName: string,
    message: string,
    traceback: string,
    lineno: number | null = null,
    column: number | null = null,
  ) {
    super(message);
    this.name = 'PyexError';
    this.kind = kind;
    this.typeName = typeName;
    this.traceback = traceback;
    this.lineno = lineno;
    this.column = column;
  }
}
