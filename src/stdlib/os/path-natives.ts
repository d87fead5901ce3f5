// Native versions of the hottest os.path functions (join, split, splitext, basename, dirname,
// normpath, isabs, exists, isfile, isdir): the same results and errors as posixpath.py's Python
// definitions, which they replace, without running bytecode per call. bytes paths are handled
// as Latin-1 text so every byte maps to one character and back.

import { PyBytes } from '../../objects/bytes.js';
import { latin1Text } from '../../objects/codec-single-byte.js';
import { typeError } from '../../objects/errors.js';
import { makeNativeFunction } from '../../objects/native-function.js';
import { getAttrOrUndefined } from '../../objects/protocol-attr.js';
import type { PyValue } from '../../objects/py-object.js';
import { strValueOf } from '../../objects/str-type.js';
import { PyTuple } from '../../objects/tuple.js';
import { typeName, typeOf } from '../../objects/type-of.js';
import { currentSession } from '../../sandbox/capabilities.js';
import { type FileKind, FsError } from '../../sandbox/filesystem.js';
import { resolveSandboxPath } from '../../sandbox/sandbox-path.js';
import { fsDecode, fspath } from './fs-access.js';

/** A path argument as text plus whether it was bytes. */
interface PathText {
  readonly text: string;
  readonly isBytes: boolean;
}

function fromLatin1(text: string): PyBytes {
  const data = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) data[index] = text.charCodeAt(index);
  return new PyBytes(data);
}

/** os.fspath(value) as text (TypeError "expected str, bytes or os.PathLike object, not int"). */
function pathText(value: PyValue): PathText {
  const direct = strValueOf(value);
  if (direct !== undefined) return { text: direct, isBytes: false };
  const resolved = fspath(value);
  const text = strValueOf(resolved);
  if (text !== undefined) return { text, isBytes: false };
  return { text: latin1Text((resolved as PyBytes).data), isBytes: true };
}

/** The single argument of a one-parameter function, with a Python function's arity messages. */
function oneArg(
  name: string,
  parameter: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  const keywords = kwnames?.length ?? 0;
  for (const keyword of kwnames ?? []) {
    if (keyword !== parameter) {
      throw typeError(`${name}() got an unexpected keyword argument '${keyword}'`);
    }
  }
  if (args.length === 1) return args[0]!;
  if (args.length === 0) {
    throw typeError(`${name}() missing 1 required positional argument: '${parameter}'`);
  }
  if (keywords > 0) throw typeError(`${name}() got multiple values for argument '${parameter}'`);
  throw typeError(`${name}() takes 1 positional argument but ${args.length} were given`);
}

function result(text: string, isBytes: boolean): PyValue {
  return isBytes ? fromLatin1(text) : text;
}

function checkTypes(functionName: string, values: readonly PyValue[]): never {
  let sawStr = false;
  let sawBytes = false;
  for (const value of values) {
    if (strValueOf(value) !== undefined) sawStr = true;
    else if (value instanceof PyBytes) sawBytes = true;
    else {
      throw typeError(
        `${functionName}() argument must be str, bytes, or os.PathLike object, not '${typeName(value)}'`,
      );
    }
  }
  if (sawStr && sawBytes) throw typeError("Can't mix strings and bytes in path components");
  throw typeError(`${functionName}() received incompatible arguments`);
}

const join = makeNativeFunction('posixpath', 'join', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw typeError(`join() got an unexpected keyword argument '${kwnames[0]}'`);
  }
  if (args.length === 0) throw typeError("join() missing 1 required positional argument: 'a'");
  const first = pathText(args[0]!);
  let path = first.text;
  const resolved: PyValue[] = [first.isBytes ? fromLatin1(first.text) : first.text];
  for (let index = 1; index < args.length; index++) {
    const value = args[index]!;
    const hasPath =
      strValueOf(value) !== undefined ||
      value instanceof PyBytes ||
      getAttrOrUndefined(typeOf(value), '__fspath__') !== undefined;
    if (!hasPath) checkTypes('join', [...resolved, value]);
    const piece = pathText(value);
    resolved.push(piece.isBytes ? fromLatin1(piece.text) : piece.text);
    if (piece.isBytes !== first.isBytes) checkTypes('join', resolved);
    if (piece.text.startsWith('/')) path = piece.text;
    else if (path === '' || path.endsWith('/')) path += piece.text;
    else path += `/${piece.text}`;
  }
  return result(path, first.isBytes);
});

/** (head, tail) as posixpath.split computes them. */
function splitText(text: string): [string, string] {
  const cut = text.lastIndexOf('/') + 1;
  let head = text.slice(0, cut);
  const tail = text.slice(cut);
  if (head !== '' && !/^\/+$/.test(head)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

const split = makeNativeFunction('posixpath', 'split', (args, kwnames) => {
  const path = pathText(oneArg('split', 'p', args, kwnames));
  const [head, tail] = splitText(path.text);
  return new PyTuple([result(head, path.isBytes), result(tail, path.isBytes)]);
});

const basename = makeNativeFunction('posixpath', 'basename', (args, kwnames) => {
  const path = pathText(oneArg('basename', 'p', args, kwnames));
  return result(path.text.slice(path.text.lastIndexOf('/') + 1), path.isBytes);
});

const dirname = makeNativeFunction('posixpath', 'dirname', (args, kwnames) => {
  const path = pathText(oneArg('dirname', 'p', args, kwnames));
  return result(splitText(path.text)[0], path.isBytes);
});

const splitext = makeNativeFunction('posixpath', 'splitext', (args, kwnames) => {
  const path = pathText(oneArg('splitext', 'p', args, kwnames));
  const text = path.text;
  const slash = text.lastIndexOf('/');
  const dot = text.lastIndexOf('.');
  if (dot > slash) {
    for (let index = slash + 1; index < dot; index++) {
      if (text[index] !== '.') {
        return new PyTuple([
          result(text.slice(0, dot), path.isBytes),
          result(text.slice(dot), path.isBytes),
        ]);
      }
    }
  }
  return new PyTuple([result(text, path.isBytes), result('', path.isBytes)]);
});

const isabs = makeNativeFunction('posixpath', 'isabs', (args, kwnames) => {
  return pathText(oneArg('isabs', 's', args, kwnames)).text.startsWith('/');
});

/** posixpath.normpath on text. */
export function normalisePath(text: string): string {
  if (text === '') return '.';
  let initialSlashes = 0;
  if (text.startsWith('/')) {
    initialSlashes = text.startsWith('//') && !text.startsWith('///') ? 2 : 1;
  }
  const parts: string[] = [];
  for (const part of text.split('/')) {
    if (part === '' || part === '.') continue;
    if (
      part !== '..' ||
      (initialSlashes === 0 && parts.length === 0) ||
      parts[parts.length - 1] === '..'
    ) {
      parts.push(part);
    } else if (parts.length > 0) {
      parts.pop();
    }
  }
  const joined = '/'.repeat(initialSlashes) + parts.join('/');
  return joined === '' ? '.' : joined;
}

const normpath = makeNativeFunction('posixpath', 'normpath', (args, kwnames) => {
  const path = pathText(oneArg('normpath', 'path', args, kwnames));
  return result(normalisePath(path.text), path.isBytes);
});

/** The kind at a path for exists/isfile/isdir: null on any OSError or ValueError, as they do. */
function kindForQuestion(value: PyValue): FileKind | null {
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return null;
  }
  const direct = strValueOf(value) !== undefined || value instanceof PyBytes;
  if (!direct && getAttrOrUndefined(typeOf(value), '__fspath__') === undefined) {
    throw typeError(
      `stat: path should be string, bytes, os.PathLike or integer, not ${typeName(value)}`,
    );
  }
  const resolved = fspath(value);
  const text = strValueOf(resolved) ?? fsDecode((resolved as PyBytes).data);
  if (text.includes('\0')) return null;
  const session = currentSession();
  const fs = session.capabilities.filesystem;
  if (fs === null) return null;
  try {
    const kind = fs.stat(resolveSandboxPath(session.cwd, text)).kind;
    if (kind === 'file' && text.endsWith('/')) return null;
    return kind;
  } catch (error) {
    if (error instanceof FsError) return null;
    throw error;
  }
}

const exists = makeNativeFunction('posixpath', 'exists', (args, kwnames) => {
  return kindForQuestion(oneArg('exists', 'path', args, kwnames)) !== null;
});

const isfile = makeNativeFunction('posixpath', 'isfile', (args, kwnames) => {
  return kindForQuestion(oneArg('isfile', 'path', args, kwnames)) === 'file';
});

const isdir = makeNativeFunction('posixpath', 'isdir', (args, kwnames) => {
  return kindForQuestion(oneArg('isdir', 's', args, kwnames)) === 'directory';
});

/** The native os.path functions by name (posixpath.py imports them from _pyex_os). */
export const PATH_NATIVES = [
  join,
  split,
  basename,
  dirname,
  splitext,
  isabs,
  normpath,
  exists,
  isfile,
  isdir,
] as const;
