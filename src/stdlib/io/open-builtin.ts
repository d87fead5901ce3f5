// The builtin `open` (also `io.open`): parses its arguments with CPython's checks and messages,
// opens the file through the filesystem capability and wraps the handle in a file object.
// Without a filesystem capability it raises PermissionError naming the capability.

import { registerBuiltin } from '../../builtins/builtins-module.js';
import { bindArgs } from '../../objects/args.js';
import { lookupTextCodec } from '../../objects/codecs.js';
import { typeError, valueError } from '../../objects/errors.js';
import { makeNativeFunction } from '../../objects/native-function.js';
import { indexAsNumber } from '../../objects/protocol-number.js';
import { isTruthy } from '../../objects/protocol-truth.js';
import type { PyValue } from '../../objects/py-object.js';
import { None } from '../../objects/singletons.js';
import { strValueOf } from '../../objects/str-type.js';
import { typeName } from '../../objects/type-of.js';
import { FsError, kindAt, type OpenOptions } from '../../sandbox/filesystem.js';
import { osError, pathArgument, withFilesystem } from '../os/fs-access.js';
import { binaryMode } from './file-methods.js';
import { type FileObjectKind, OpenFile, PyFileObject, type TextSettings } from './file-object.js';
import { unsupportedOperation } from './io-base.js';
import { newlineMode } from './newlines.js';

/** What a mode string asks for. */
interface ParsedMode {
  readonly reading: boolean;
  readonly writing: boolean;
  readonly appending: boolean;
  readonly creating: boolean;
  readonly updating: boolean;
  readonly binary: boolean;
}

/** Parses `open()`'s mode with CPython's ValueErrors. */
export function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const char of mode) {
    if (!'rwxabt+'.includes(char) || seen.has(char)) {
      throw valueError(`invalid mode: '${mode}'`);
    }
    seen.add(char);
  }
  const parsed = {
    reading: seen.has('r'),
    writing: seen.has('w'),
    appending: seen.has('a'),
    creating: seen.has('x'),
    updating: seen.has('+'),
    binary: seen.has('b'),
  };
  if (seen.has('t') && parsed.binary) throw valueError("can't have text and binary mode at once");
  const kinds =
    Number(parsed.reading) +
    Number(parsed.writing) +
    Number(parsed.appending) +
    Number(parsed.creating);
  if (kinds > 1) throw valueError('must have exactly one of create/read/write/append mode');
  if (kinds === 0) {
    throw valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  }
  return parsed;
}

function optionalString(value: PyValue | undefined, argument: string): string | null {
  if (value === undefined || value === None) return null;
  const text = strValueOf(value);
  if (text === undefined) {
    throw typeError(`open() argument '${argument}' must be str or None, not ${typeName(value)}`);
  }
  return text;
}

function openOptions(mode: ParsedMode): OpenOptions {
  return {
    read: mode.reading || mode.updating,
    write: !mode.reading || mode.updating,
    create: mode.writing || mode.appending || mode.creating,
    exclusive: mode.creating,
    truncate: mode.writing,
  };
}

function binaryKind(mode: ParsedMode, buffering: number): FileObjectKind {
  if (buffering === 0) return 'raw';
  if (mode.updating) return 'random';
  return mode.reading ? 'reader' : 'writer';
}

/** `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`. */
export const openFunction = makeNativeFunction('builtins', 'open', (args, kwnames) => {
  const [file, modeArg, bufferingArg, encodingArg, errorsArg, newlineArg, closefd, opener] =
    bindArgs(
      'open',
      args,
      kwnames,
      ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
      1,
    );
  let modeText = 'r';
  if (modeArg !== undefined) {
    const text = strValueOf(modeArg);
    if (text === undefined) {
      throw typeError(`open() argument 'mode' must be str, not ${typeName(modeArg)}`);
    }
    modeText = text;
  }
  const buffering = bufferingArg === undefined ? -1 : indexAsNumber(bufferingArg);
  const encoding = optionalString(encodingArg, 'encoding');
  const errors = optionalString(errorsArg, 'errors');
  const newlineText = optionalString(newlineArg, 'newline');
  const mode = parseMode(modeText);
  if (mode.binary && encoding !== null) {
    throw valueError("binary mode doesn't take an encoding argument");
  }
  if (mode.binary && errors !== null)
    throw valueError("binary mode doesn't take an errors argument");
  if (mode.binary && newlineText !== null) {
    throw valueError("binary mode doesn't take a newline argument");
  }
  if (!mode.binary && buffering === 0) throw valueError("can't have unbuffered text I/O");
  const newline = mode.binary ? null : newlineMode(newlineArg, null, false);
  if (typeof file === 'number' || typeof file === 'boolean' || typeof file === 'bigint') {
    throw osError('OSError', 9, 'Bad file descriptor');
  }
  if (closefd !== undefined && !isTruthy(closefd)) {
    throw valueError('Cannot use closefd=False with file name');
  }
  if (opener !== undefined && opener !== None) {
    throw unsupportedOperation('open(opener=...) is not supported in the sandbox');
  }
  const path = pathArgument(file!, null);
  const options = openOptions(mode);
  const opened = withFilesystem(path, (fs, absolute) => {
    if (path.text.endsWith('/')) {
      const kind = kindAt(fs, absolute);
      if (kind === 'file') throw new FsError('ENOTDIR', absolute);
      if (kind === null && !options.create) throw new FsError('ENOENT', absolute);
      throw new FsError('EISDIR', absolute);
    }
    const handle = fs.open(absolute, options);
    return new OpenFile(handle, absolute, options.read, options.write, mode.appending);
  });
  if (mode.appending) opened.position = opened.size();
  let text: TextSettings | null = null;
  if (!mode.binary) {
    // CPython opens the file before the text layer looks the encoding up.
    let codec: TextSettings['codec'];
    try {
      codec = lookupTextCodec(encoding ?? 'utf-8');
    } catch (error) {
      opened.close();
      throw error;
    }
    text = { encoding: encoding ?? 'UTF-8', codec, errors: errors ?? 'strict', newline: newline! };
  }
  const kind: FileObjectKind = mode.binary ? binaryKind(mode, buffering) : 'text';
  const shownMode = mode.binary ? binaryMode(opened, modeText) : modeText;
  return new PyFileObject(kind, opened, path.filename, shownMode, text);
});

registerBuiltin('open', openFunction);
