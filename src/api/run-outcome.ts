// How a run ends, as the API reports it: an error leaving the program becomes an exit status and a
// PyexError (kind, type name, position, structured frames, CPython-format traceback text). The run
// drivers (execution.ts, pausable runs) call this; formatting the text is traceback-format.ts's job.

import { withSourceText } from '../compiler/compile-errors.js';
import { exceptionOf } from '../objects/exception-match.js';
import { exceptionTypeNamed, type PyBaseException } from '../objects/exceptions.js';
import { PythonError } from '../objects/python-error.js';
import { formatSyntaxError } from '../parser/syntax-error-format.js';
import type { PySyntaxError } from '../parser/syntax-errors.js';
import { FS_DENIALS } from '../sandbox/filesystem.js';
import { systemExitStatus } from '../stdlib/sys.js';
import { InternalError } from '../vm/exceptions-state.js';
import type { Interpreter } from '../vm/interpreter.js';
import {
  byteOffsetToCharOffset,
  formatException,
  isHiddenFrameFile,
} from '../vm/traceback-format.js';
import { PyexError, type PyexErrorKind, type PyexFrame } from './pyex-error.js';

/** The exit status and error of a finished run. */
export interface Failure {
  /** The process exit status python3 would have (0, 1, a SystemExit code, or 70 for a Pyex bug). */
  readonly exitCode: number;
  /** Why the program failed, or null (SystemExit is not an error). */
  readonly error: PyexError | null;
}

/** Phrases by which a PermissionError names a capability the host did not grant. */
const CAPABILITY_MARKERS: readonly string[] = [...Object.values(FS_DENIALS), 'capability'];

/**
 * The outcome of `error` leaving the main module; writes the traceback (or SystemExit message)
 * with `writeErr`, as python3 prints it.
 */
export function describeFailure(
  interp: Interpreter,
  error: unknown,
  writeErr: (text: string) => void,
): Failure {
  if (!(error instanceof PythonError)) return internalFailure(error, writeErr);
  const exc = exceptionOf(error);
  if (exc.cls.isSubtypeOf(exceptionTypeNamed('SystemExit'))) {
    const { status, message } = systemExitStatus(exc);
    if (message !== null) writeErr(`${message}\n`);
    return { exitCode: status, error: null };
  }
  let text: string;
  let frames: PyexFrame[];
  try {
    text = formatException(interp, exc);
    frames = framesOf(interp, exc);
  } catch (formatError) {
    return internalFailure(formatError, writeErr);
  }
  writeErr(text);
  const message = text.trimEnd().split('\n').pop() ?? '';
  const innermost = frames[frames.length - 1];
  return {
    exitCode: 1,
    error: new PyexError(
      kindOf(exc, message),
      exc.cls.name,
      message,
      text,
      innermost?.lineno ?? null,
      columnOf(interp, exc),
      frames,
    ),
  };
}

/** A syntax error of the program's source, printed with its line and carets. */
export function syntaxFailure(
  error: PySyntaxError,
  filename: string,
  writeErr: (text: string) => void,
  source: string | null,
): Failure {
  // Compile-time (symtable, codegen) errors come without their line; CPython reads it from the file.
  const withText = source !== null ? withSourceText(error, source) : error;
  const text = formatSyntaxError(withText, filename);
  writeErr(text);
  const { type, msg, lineno, offset } = withText;
  return { exitCode: 1, error: new PyexError('syntax', type, msg, text, lineno, offset) };
}

/** JS engine limits met by a program (a Map past 2**24 entries, a string past 2**29 units, …). */
const ENGINE_MEMORY_LIMITS: readonly string[] = [
  'Invalid string length',
  'Invalid array length',
  'Map maximum size exceeded',
  'Set maximum size exceeded',
  'Array buffer allocation failed',
  'Invalid typed array length',
];

/**
 * A JS error that escaped the VM: always a Pyex bug, except the JS engine's own size limits, which
 * a program reaches by growing a container past them (reported as the memory limit).
 */
export function internalFailure(error: unknown, writeErr: (text: string) => void): Failure {
  const detail = error instanceof InternalError ? error.original : error;
  if (detail instanceof RangeError) {
    const engineLimit = ENGINE_MEMORY_LIMITS.find((text) => detail.message.includes(text));
    if (engineLimit !== undefined) {
      const message = `MemoryError: the program outgrew the host engine (${engineLimit})`;
      writeErr(`${message}\n`);
      return {
        exitCode: 1,
        error: new PyexError('limit', 'MemoryError', message, `${message}\n`),
      };
    }
  }
  const message = detail instanceof Error ? `${detail.name}: ${detail.message}` : String(detail);
  const stack = detail instanceof Error && detail.stack !== undefined ? `\n${detail.stack}` : '';
  const text = `pyex: internal error: ${message}${stack}\n`;
  writeErr(text);
  return { exitCode: 70, error: new PyexError('internal', 'InternalError', message, text) };
}

function kindOf(exc: PyBaseException, message: string): PyexErrorKind {
  if (exc.limitKind !== null) return 'limit';
  if (exc.cls.name === 'RecursionError') return 'limit';
  if (exc.cls.isSubtypeOf(exceptionTypeNamed('PermissionError'))) {
    for (const marker of CAPABILITY_MARKERS) if (message.includes(marker)) return 'capability';
  }
  return 'python';
}

/** The frames CPython would print (hidden stdlib frames left out), outermost first. */
function framesOf(interp: Interpreter, exc: PyBaseException): PyexFrame[] {
  const frames: PyexFrame[] = [];
  for (let entry = exc.traceback; entry !== null; entry = entry.next) {
    const code = entry.code.code;
    if (isHiddenFrameFile(code.filename)) continue;
    const line = sourceLine(interp, code.filename, entry.lineno);
    frames.push({
      filename: code.filename,
      lineno: entry.lineno,
      name: code.name,
      line: line === null ? null : line.trim(),
    });
  }
  return frames;
}

/** 1-based character column of the innermost frame's failing instruction, or null. */
function columnOf(interp: Interpreter, exc: PyBaseException): number | null {
  let entry = exc.traceback;
  if (entry === null) return null;
  while (entry.next !== null) entry = entry.next;
  const code = entry.code.code;
  const startByte = code.positions[entry.instruction * 4 + 2];
  if (startByte === undefined || startByte < 0) return null;
  const line = sourceLine(interp, code.filename, entry.lineno);
  if (line === null) return startByte + 1;
  return byteOffsetToCharOffset(line, startByte) + 1;
}

function sourceLine(interp: Interpreter, filename: string, lineno: number): string | null {
  const source = interp.sources.get(filename);
  if (source === undefined || lineno < 1) return null;
  return source.split(/\r\n|\r|\n/)[lineno - 1] ?? null;
}
