// The bridge from Python path arguments to the filesystem capability: path coercion (str, bytes,
// os.PathLike) with CPython's TypeErrors, resolution against the sandbox cwd, and FsError →
// OSError subclasses carrying errno/strerror/filename exactly as CPython prints them.

import { PyBytes } from '../../objects/bytes.js';
import { decodeBytes, encodeText } from '../../objects/codecs.js';
import { throwable, typeError, valueError } from '../../objects/errors.js';
import { exceptionTypeNamed, makeException } from '../../objects/exceptions.js';
import { getAttrOrUndefined } from '../../objects/protocol-attr.js';
import { callObject } from '../../objects/protocol-call.js';
import type { PyValue } from '../../objects/py-object.js';
import type { PythonError } from '../../objects/python-error.js';
import { None } from '../../objects/singletons.js';
import { strValueOf } from '../../objects/str-type.js';
import { typeName, typeOf } from '../../objects/type-of.js';
import { currentSession } from '../../sandbox/capabilities.js';
import {
  type FileSystem,
  FS_DENIALS,
  FS_ERROR_CODES,
  FsError,
  type FsErrorCode,
} from '../../sandbox/filesystem.js';
import { resolveSandboxPath } from '../../sandbox/sandbox-path.js';

/** A path argument after coercion. */
export interface PathArgument {
  /** The path as text (bytes decoded as UTF-8 with surrogateescape). */
  readonly text: string;
  /** What errors show as `filename`: the str or bytes after `__fspath__`. */
  readonly filename: PyValue;
  /** True when the program passed bytes (results such as listdir names are then bytes). */
  readonly isBytes: boolean;
}

/** `os.fspath(value)`: str and bytes pass through, others call `type(value).__fspath__`. */
export function fspath(value: PyValue): PyValue {
  if (strValueOf(value) !== undefined || value instanceof PyBytes) return value;
  const method = getAttrOrUndefined(typeOf(value), '__fspath__');
  if (method === undefined || method === None) {
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeName(value)}`);
  }
  const result = callObject(method, [value]);
  if (strValueOf(result) !== undefined || result instanceof PyBytes) return result;
  throw typeError(
    `expected ${typeName(value)}.__fspath__() to return str or bytes, not ${typeName(result)}`,
  );
}

/** The text of a bytes path (UTF-8, surrogateescape: what os.fsdecode does). */
export function fsDecode(data: Uint8Array): string {
  return decodeBytes(data, 'utf-8', 'surrogateescape');
}

/** The bytes of a text path (os.fsencode). */
export function fsEncode(text: string): PyBytes {
  return new PyBytes(encodeText(text, 'utf-8', 'surrogateescape'));
}

/**
 * Coerces a path argument. `functionName` words the TypeError as os functions do
 * ("stat: path should be string, bytes or os.PathLike, not float"); null words it as open() does.
 * NUL bytes raise ValueError "embedded null byte" (CPython's check before any system call).
 */
export function pathArgument(
  value: PyValue,
  functionName: string | null,
  argumentName = 'path',
  accepted = 'string, bytes or os.PathLike',
): PathArgument {
  let resolved: PyValue;
  if (functionName === null) {
    resolved = fspath(value);
  } else {
    const direct = strValueOf(value) !== undefined || value instanceof PyBytes;
    const hasFspath = !direct && getAttrOrUndefined(typeOf(value), '__fspath__') !== undefined;
    if (!direct && !hasFspath) {
      throw typeError(
        `${functionName}: ${argumentName} should be ${accepted}, not ${typeName(value)}`,
      );
    }
    resolved = fspath(value);
  }
  const text = strValueOf(resolved);
  if (text !== undefined) {
    if (text.includes('\0')) throw valueError('embedded null byte');
    return { text, filename: text, isBytes: false };
  }
  const data = (resolved as PyBytes).data;
  if (data.includes(0)) throw valueError('embedded null byte');
  return { text: fsDecode(data), filename: resolved, isBytes: true };
}

/** The Python exception type CPython raises for an errno. */
function exceptionNameFor(code: FsErrorCode): string {
  switch (code) {
    case 'ENOENT':
      return 'FileNotFoundError';
    case 'EEXIST':
      return 'FileExistsError';
    case 'ENOTDIR':
      return 'NotADirectoryError';
    case 'EISDIR':
      return 'IsADirectoryError';
    case 'EACCES':
    case 'EPERM':
      return 'PermissionError';
    default:
      return 'OSError';
  }
}

/** An OSError subclass instance with errno, strerror, filename (and filename2) set. */
export function osError(
  exceptionName: string,
  errno: number,
  strerror: string,
  filename: PyValue = None,
  filename2: PyValue = None,
): PythonError {
  const exc = makeException(exceptionTypeNamed(exceptionName), [errno, strerror]);
  exc.setMember('errno', errno);
  exc.setMember('strerror', strerror);
  exc.setMember('filename', filename);
  exc.setMember('filename2', filename2);
  return throwable(exc);
}

/** Converts a backend error to the Python exception the program sees (its own path spelling). */
export function fsErrorToPython(
  error: FsError,
  filename: PyValue = None,
  filename2: PyValue = None,
): PythonError {
  if (error.denial !== null) {
    const code = error.denial === 'no-capability' ? 'EPERM' : 'EACCES';
    const info = FS_ERROR_CODES[code];
    return osError(
      'PermissionError',
      info.errno,
      `${info.strerror} (${FS_DENIALS[error.denial]})`,
      filename,
      filename2,
    );
  }
  const info = FS_ERROR_CODES[error.code];
  return osError(exceptionNameFor(error.code), info.errno, info.strerror, filename, filename2);
}

/** The running program's filesystem, or PermissionError naming the missing capability. */
export function requireFilesystem(filename: PyValue = None, filename2: PyValue = None): FileSystem {
  const fs = currentSession().capabilities.filesystem;
  if (fs === null) {
    throw fsErrorToPython(new FsError('EPERM', '', 'no-capability'), filename, filename2);
  }
  return fs;
}

/** The absolute sandbox path of a program path (relative to the session's cwd). */
export function absolutePath(path: PathArgument): string {
  try {
    return resolveSandboxPath(currentSession().cwd, path.text);
  } catch (error) {
    if (error instanceof FsError) throw fsErrorToPython(error, path.filename);
    throw error;
  }
}

/**
 * Runs a backend operation on one path: resolves it, requires the capability, and turns FsError
 * into the OSError CPython would raise for `path` (and `other`, for two-path operations).
 */
export function withFilesystem<T>(
  path: PathArgument,
  operation: (fs: FileSystem, absolute: string) => T,
  other: PathArgument | null = null,
): T {
  const fs = requireFilesystem(path.filename, other === null ? None : other.filename);
  const absolute = absolutePath(path);
  try {
    return operation(fs, absolute);
  } catch (error) {
    if (error instanceof FsError) {
      throw fsErrorToPython(error, path.filename, other === null ? None : other.filename);
    }
    throw error;
  }
}

/** A name from the backend as the program wants it: str, or bytes when it passed bytes. */
export function nameResult(name: string, asBytes: boolean): PyValue {
  return asBytes ? fsEncode(name) : name;
}
