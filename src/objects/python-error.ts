// How native (TypeScript) code raises a Python exception: it throws a PythonError, and the VM turns it
// into a Python exception object at the boundary and unwinds through the exception table.

/**
 * A Python exception raised by native code. Pure algorithm modules (formatting, codecs, int parsing)
 * set `typeName` and `message` and let the runtime build the exception; the runtime sets `exception`
 * when it already holds the Python exception object (then `typeName`/`message` describe it).
 * Never used for control flow between Python frames.
 */
export class PythonError extends Error {
  /** The built-in exception class name, e.g. `'ValueError'`. */
  readonly typeName: string;
  /** The live Python exception object, when the runtime already made one. */
  readonly exception: object | null;

  constructor(typeName: string, message: string, exception: object | null = null) {
    super(message);
    this.name = typeName;
    this.typeName = typeName;
    this.exception = exception;
  }
}
