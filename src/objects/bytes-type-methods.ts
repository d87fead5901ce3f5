// The methods of `bytes` and `bytearray`: construction, indexing and slicing, concatenation,
// comparisons, repr, hex, decode, and the search/split/strip/case family on bytes-methods.ts.

import { bindArgs, checkArity, cIntArg, methodNoArgs, methodOneArg, ssizeArg } from './args.js';
import { bytearrayType, bytesType } from './builtin-types.js';
import { PyByteArray, PyBytes } from './bytes.js';
import {
  bytesCapitalize,
  bytesIsAlnum,
  bytesIsAlpha,
  bytesIsAscii,
  bytesIsDigit,
  bytesIsLower,
  bytesIsSpace,
  bytesIsTitle,
  bytesIsUpper,
  bytesLower,
  bytesSwapcase,
  bytesTitle,
  bytesUpper,
} from './bytes-case.js';
import { bytesFromHex, bytesHex } from './bytes-hex.js';
import {
  type ByteSub,
  bytesCenter,
  bytesCount,
  bytesEndsWith,
  bytesExpandTabs,
  bytesFind,
  bytesIndex,
  bytesLjust,
  bytesMaketrans,
  bytesPartition,
  bytesRemovePrefix,
  bytesRemoveSuffix,
  bytesReplace,
  bytesRfind,
  bytesRindex,
  bytesRjust,
  bytesRpartition,
  bytesRsplit,
  bytesSplit,
  bytesSplitLines,
  bytesStartsWith,
  bytesStrip,
  bytesTranslate,
  bytesZfill,
} from './bytes-methods.js';
import { PyClassMethod } from './classmethod.js';
import { decodeBytes, decodeWith, encodeText } from './codecs.js';
import {
  indexError,
  indexErrorOutOfRange,
  overflowError,
  typeError,
  valueError,
} from './errors.js';
import { initInstanceStorage } from './instance.js';
import { intValueOf } from './int-type.js';
import { makeIteratorType, PyIterator } from './iterators.js';
import { PyList } from './list.js';
import { PyMemoryView } from './memoryview.js';
import { defineMethod, defineStaticMethod, makeNativeFunction } from './native-function.js';
import { percentFormatBytes } from './percent-format.js';
import { callUnbound } from './protocol-call.js';
import { hashBytesValue } from './protocol-hash.js';
import { iterableToArray } from './protocol-iter.js';
import { hasIndex, indexAsNumber, indexValue } from './protocol-number.js';
import { pyLen } from './protocol-subscript.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { normalizeIndex, resolveSlice } from './sequence.js';
import { None, NotImplemented } from './singletons.js';
import { PySlice } from './slice.js';
import { joinIterable, keependsFlag, percentFormatHost } from './str-methods.js';
import { reprByteArray, reprBytes } from './str-repr.js';
import { strValueOf } from './str-type.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

/** The bytes of a bytes-like value (bytes, bytearray), or undefined. */
export function bytesLikeData(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyBytes) return value.data;
  if (value instanceof PyByteArray) return value.bytes();
  if (value instanceof PyMemoryView) return value.contiguousBytes();
  return undefined;
}

/** The `sep` argument of `hex()` as a str: str or bytes (its bytes as Latin-1), else TypeError. */
export function hexSeparator(sep: PyValue | undefined): string | null {
  if (sep === undefined) return null;
  const text = strValueOf(sep);
  if (text !== undefined) return text;
  const bytes = bytesLikeData(sep);
  if (bytes !== undefined) {
    // Only a one-byte sep is valid; a longer one need not be decoded whole (no argument spread).
    if (bytes.length !== 1) throw valueError('sep must be length 1.');
    return String.fromCharCode(bytes[0]!);
  }
  // CPython takes len(sep) first, then insists on str or bytes.
  if (typeOf(sep).lookup('__len__') === undefined) {
    throw typeError(`object of type '${typeName(sep)}' has no len()`);
  }
  if (pyLen(sep) !== 1) throw valueError('sep must be length 1.');
  throw typeError('sep must be str or bytes.');
}

/** `bytes_per_sep` of hex(): converted (as a C int) before `sep` is looked at. */
export function hexBytesPerSep(value: PyValue | undefined): number {
  return value === undefined ? 1 : cIntArg(value);
}

/** A str argument of decode(), or CPython's TypeError naming it. */
function decodeArg(value: PyValue, name: string): string {
  const text = strValueOf(value);
  if (text === undefined) {
    const kind = value === None ? 'None' : typeName(value);
    throw typeError(`decode() argument '${name}' must be str, not ${kind}`);
  }
  return text;
}

function data(args: readonly PyValue[]): Uint8Array {
  const value = args[0];
  const bytes = value === undefined ? undefined : bytesLikeData(value);
  if (bytes === undefined) {
    throw typeError(
      `descriptor requires a 'bytes' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return bytes;
}

/** Builds the result of a bytes method with the receiver's kind (bytes → bytes, bytearray → bytearray). */
function sameKind(self: PyValue, result: Uint8Array): PyValue {
  return self instanceof PyByteArray ? new PyByteArray(result) : new PyBytes(result);
}

/** A bytes-like argument or TypeError "a bytes-like object is required, not 'str'". */
function bytesArg(value: PyValue): Uint8Array {
  const bytes = bytesLikeData(value);
  if (bytes === undefined)
    throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
  return bytes;
}

/** A sub-sequence argument: bytes-like or an int in range(256). */
function subArg(value: PyValue): ByteSub {
  const bytes = bytesLikeData(value);
  if (bytes !== undefined) return bytes;
  const int = intValueOf(value);
  if (int !== undefined) {
    if (int < 0 || int > 255) throw valueError('byte must be in range(0, 256)');
    return Number(int);
  }
  throw typeError(`argument should be integer or bytes-like object, not '${typeName(value)}'`);
}

/** PyArg_ParseTuple's checks of `(sub[, start[, end]])` for the bytes search methods. */
function searchArity(
  type: PyType,
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw typeError(`${type.name}.${name}() takes no keyword arguments`);
  }
  const given = args.length - 1;
  if (given < 1) throw typeError(`${name}() takes at least 1 argument (${given} given)`);
  if (given > 3) throw typeError(`${name}() takes at most 3 arguments (${given} given)`);
}

function boundArg(value: PyValue | undefined): number | null {
  if (value === undefined || value === None) return null;
  if (!hasIndex(value)) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  const int = indexValue(value);
  return typeof int === 'bigint' ? (int < 0n ? -(2 ** 62) : 2 ** 62) : int;
}

/** The bytes of `bytes(x)`/`bytearray(x)`: an int size, an iterable of ints, bytes-like, or str+encoding. */
export function bytesFromValue(
  value: PyValue | undefined,
  encoding: PyValue | undefined,
  errors: PyValue | undefined,
  name: string,
): Uint8Array {
  if (value === undefined) {
    if (encoding !== undefined) throw typeError('encoding without a string argument');
    return new Uint8Array(0);
  }
  const text = strValueOf(value);
  if (text !== undefined) {
    if (encoding === undefined) throw typeError('string argument without an encoding');
    return encodeText(
      text,
      strValueOf(encoding) ?? 'utf-8',
      errors === undefined ? 'strict' : (strValueOf(errors) ?? 'strict'),
    );
  }
  if (encoding !== undefined) throw typeError('encoding without a string argument');
  const bytes = bytesLikeData(value);
  if (bytes !== undefined) return bytes.slice();
  if (hasIndex(value) && typeof value !== 'boolean') {
    const size = indexAsNumber(value);
    if (size < 0) throw valueError('negative count');
    rt().checkAllocation(size);
    return new Uint8Array(size);
  }
  const method = typeOf(value).lookup('__bytes__');
  if (method !== undefined && name === 'bytes') {
    const result = callUnbound(method, value, []);
    if (!(result instanceof PyBytes)) {
      throw typeError(`__bytes__ returned non-bytes (type ${typeName(result)})`);
    }
    return result.data;
  }
  let items: PyValue[];
  try {
    items = iterableToArray(value);
  } catch (error) {
    if (typeOf(value).lookup('__iter__') === undefined) {
      throw typeError(`cannot convert '${typeName(value)}' object to ${name}`);
    }
    throw error;
  }
  const result = new Uint8Array(items.length);
  items.forEach((item, index) => {
    const int = intValueOf(item);
    if (int === undefined) {
      throw typeError(`'${typeName(item)}' object cannot be interpreted as an integer`);
    }
    if (int < 0 || int > 255) throw valueError('bytes must be in range(0, 256)');
    result[index] = Number(int);
  });
  return result;
}

const bytesNew = makeNativeFunction('bytes', '__new__', (args, kwnames) => {
  const cls = args[0] as PyType;
  const [source, encoding, errors] = bindArgs(
    'bytes',
    args.slice(1),
    kwnames,
    ['source', 'encoding', 'errors'],
    0,
  );
  const result = bytesFromValue(source, encoding, errors, 'bytes');
  if (cls === bytesType) return new PyBytes(result);
  const instance = new PyBytes(result, cls);
  initInstanceStorage(instance, cls);
  return instance;
});
bytesType.setAttr('__new__', bytesNew);
const bytearrayNew = makeNativeFunction('bytearray', '__new__', (args) => {
  const cls = args[0] as PyType;
  const instance = new PyByteArray(new Uint8Array(0), cls);
  if (cls !== bytearrayType) initInstanceStorage(instance, cls);
  return instance;
});
bytearrayType.setAttr('__new__', bytearrayNew);
defineMethod(bytearrayType, '__init__', (args, kwnames) => {
  const self = args[0] as PyByteArray;
  const [source, encoding, errors] = bindArgs(
    'bytearray',
    args.slice(1),
    kwnames,
    ['source', 'encoding', 'errors'],
    0,
  );
  const result = bytesFromValue(source, encoding, errors, 'bytearray');
  self.data = result;
  self.length = result.length;
  return None;
});

const bytesIteratorType = makeIteratorType('bytes_iterator');
const bytearrayIteratorType = makeIteratorType('bytearray_iterator');

/** Iterates the ints of a bytes or bytearray. */
class BytesIterator extends PyIterator {
  declare source: PyBytes | PyByteArray | null;
  declare index: number;

  constructor(source: PyBytes | PyByteArray) {
    super(source instanceof PyByteArray ? bytearrayIteratorType : bytesIteratorType);
    this.source = source;
    this.index = 0;
  }

  next(): PyValue | undefined {
    if (this.source === null) return undefined;
    const bytes = bytesLikeData(this.source)!;
    if (this.index < bytes.length) return bytes[this.index++]!;
    this.source = null;
    return undefined;
  }
}

/** `b[key]`: an int for an index, bytes of the same kind for a slice. */
function getItem(self: PyValue, key: PyValue): PyValue {
  const bytes = bytesLikeData(self)!;
  if (key instanceof PySlice) {
    const { start, stop, step, length } = resolveSlice(key, bytes.length);
    if (step === 1) return sameKind(self, bytes.slice(start, Math.max(start, stop)));
    const result = new Uint8Array(length);
    for (let index = 0, position = start; index < length; index++, position += step)
      result[index] = bytes[position]!;
    return sameKind(self, result);
  }
  if (!hasIndex(key)) {
    const kind = self instanceof PyByteArray ? 'bytearray' : 'byte';
    throw typeError(`${kind} indices must be integers or slices, not ${typeName(key)}`);
  }
  const index = indexAsNumber(key);
  const wrapped = index < 0 ? index + bytes.length : index;
  if (wrapped < 0 || wrapped >= bytes.length) {
    throw self instanceof PyByteArray
      ? indexErrorOutOfRange('bytearray')
      : indexError('index out of range');
  }
  return bytes[wrapped]!;
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return a.length - b.length;
}

for (const type of [bytesType, bytearrayType]) {
  const kindName = type.name;
  defineMethod(type, '__repr__', (args) => {
    const self = args[0]!;
    if (self instanceof PyByteArray) {
      const text = reprByteArray(self.bytes());
      return self.cls === bytearrayType ? text : text.replace(/^bytearray/, typeName(self));
    }
    return reprBytes(data(args));
  });
  defineMethod(type, '__str__', (args) =>
    callUnbound(typeOf(args[0]!).lookup('__repr__')!, args[0]!, []),
  );
  defineMethod(type, '__len__', (args) => data(args).length);
  defineMethod(type, '__getitem__', (args) => getItem(args[0]!, args[1]!));
  defineMethod(type, '__iter__', (args) => new BytesIterator(args[0] as PyBytes));
  defineMethod(type, '__contains__', (args) => {
    const item = args[1]!;
    // `x in b` wants an int or a bytes-like, but names only the latter in its TypeError.
    const needle = intValueOf(item) === undefined ? bytesArg(item) : subArg(item);
    return bytesFind(data(args), needle) >= 0;
  });
  defineMethod(type, '__add__', (args) => {
    const other = bytesLikeData(args[1]!);
    if (other === undefined) return NotImplemented;
    const self = data(args);
    const result = new Uint8Array(self.length + other.length);
    result.set(self);
    result.set(other, self.length);
    return sameKind(args[0]!, result);
  });
  const repeat = (args: PyValue[]): PyValue => {
    const count = intValueOf(args[1]!);
    if (count === undefined) return NotImplemented;
    if (typeof count === 'bigint') {
      throw overflowError("cannot fit 'int' into an index-sized integer");
    }
    const self = data(args);
    const times = Math.max(0, Number(count));
    rt().checkAllocation(self.length * times);
    const result = new Uint8Array(self.length * times);
    for (let index = 0; index < times; index++) result.set(self, index * self.length);
    return sameKind(args[0]!, result);
  };
  defineMethod(type, '__mul__', repeat);
  defineMethod(type, '__rmul__', repeat);
  defineMethod(type, '__mod__', (args) =>
    sameKind(args[0]!, percentFormatBytes(data(args), args[1]!, percentFormatHost())),
  );
  defineMethod(type, '__rmod__', (args) => {
    // nb_remainder(other, self): formats only when `other` is of this same kind.
    const other = args[1]!;
    const sameKindOther =
      type === bytesType ? other instanceof PyBytes : other instanceof PyByteArray;
    if (!sameKindOther) return NotImplemented;
    return sameKind(
      other,
      percentFormatBytes(bytesLikeData(other)!, args[0]!, percentFormatHost()),
    );
  });
  const comparisons: readonly (readonly [string, (order: number) => boolean])[] = [
    ['__lt__', (order) => order < 0],
    ['__le__', (order) => order <= 0],
    ['__eq__', (order) => order === 0],
    ['__ne__', (order) => order !== 0],
    ['__gt__', (order) => order > 0],
    ['__ge__', (order) => order >= 0],
  ];
  for (const [name, test] of comparisons) {
    defineMethod(type, name, (args) => {
      const other = bytesLikeData(args[1]!);
      if (other === undefined) return NotImplemented;
      return test(compare(data(args), other));
    });
  }
  defineMethod(type, 'decode', (args, kwnames) => {
    if (kwnames === null && args.length <= 2) {
      // decode() and decode('utf-8'): the codec is known, no name to normalise and look up.
      const name = args[1];
      if (name === undefined || name === 'utf-8' || name === 'utf8') {
        return decodeWith('utf_8', data(args));
      }
      if (typeof name === 'string') return decodeBytes(data(args), name);
    }
    const [encoding, errors] = bindArgs(
      'decode',
      args.slice(1),
      kwnames,
      ['encoding', 'errors'],
      0,
    );
    return decodeBytes(
      data(args),
      encoding === undefined ? 'utf-8' : decodeArg(encoding, 'encoding'),
      errors === undefined ? 'strict' : decodeArg(errors, 'errors'),
    );
  });
  defineMethod(type, 'hex', (args, kwnames) => {
    if (kwnames === null && args.length === 1) return bytesHex(data(args));
    const [sep, bytesPerSep] = bindArgs('hex', args.slice(1), kwnames, ['sep', 'bytes_per_sep'], 0);
    const perSep = hexBytesPerSep(bytesPerSep);
    return bytesHex(data(args), hexSeparator(sep), perSep);
  });
  const fromhex = makeNativeFunction(kindName, 'fromhex', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw typeError(`${kindName}.fromhex() takes no keyword arguments`);
    }
    if (args.length !== 2) {
      throw typeError(
        `${kindName}.fromhex() takes exactly one argument (${args.length - 1} given)`,
      );
    }
    const text = strValueOf(args[1]!);
    if (text === undefined)
      throw typeError(
        `fromhex() argument must be str, not ${args[1] === None ? 'None' : typeName(args[1]!)}`,
      );
    const result = bytesFromHex(text);
    return args[0] === bytearrayType ? new PyByteArray(result) : new PyBytes(result);
  });
  type.setAttr('fromhex', new PyClassMethod(fromhex));
  defineStaticMethod(
    type,
    'maketrans',
    (args) => new PyBytes(bytesMaketrans(bytesArg(args[0]!), bytesArg(args[1]!))),
  );

  const search: readonly (readonly [
    string,
    (bytes: Uint8Array, sub: ByteSub, start: number | null, end: number | null) => number,
  ])[] = [
    ['find', bytesFind],
    ['rfind', bytesRfind],
    ['index', bytesIndex],
    ['rindex', bytesRindex],
    ['count', bytesCount],
  ];
  for (const [name, fn] of search) {
    defineMethod(type, name, (args, kwnames) => {
      searchArity(type, name, args, kwnames);
      const start = boundArg(args[2]);
      const end = boundArg(args[3]);
      return fn(data(args), subArg(args[1]!), start, end);
    });
  }
  for (const [name, fn] of [
    ['startswith', bytesStartsWith],
    ['endswith', bytesEndsWith],
  ] as const) {
    defineMethod(type, name, (args, kwnames) => {
      searchArity(type, name, args, kwnames);
      const affix = args[1]!;
      const start = boundArg(args[2]);
      const end = boundArg(args[3]);
      if (affix instanceof PyTuple) {
        return affix.items.some((item) => fn(data(args), bytesArg(item), start, end));
      }
      const bytes = bytesLikeData(affix);
      if (bytes === undefined) {
        throw typeError(
          `${name} first arg must be bytes or a tuple of bytes, not ${typeName(affix)}`,
        );
      }
      return fn(data(args), bytes, start, end);
    });
  }
  defineMethod(type, 'replace', (args, kwnames) => {
    checkArity('replace', args.slice(1), kwnames, 2, 3);
    const count = args[3] === undefined ? -1 : Number(indexValue(args[3]));
    return sameKind(
      args[0]!,
      bytesReplace(data(args), bytesArg(args[1]!), bytesArg(args[2]!), count),
    );
  });
  for (const [name, fn] of [
    ['split', bytesSplit],
    ['rsplit', bytesRsplit],
  ] as const) {
    defineMethod(type, name, (args, kwnames) => {
      // Positional arguments only (the common call): nothing to bind by name.
      const [sep, maxsplit] =
        kwnames === null && args.length <= 3
          ? [args[1], args[2]]
          : bindArgs(name, args.slice(1), kwnames, ['sep', 'maxsplit'], 0);
      const max = maxsplit === undefined ? -1 : ssizeArg(maxsplit);
      const separator = sep === undefined || sep === None ? null : bytesArg(sep);
      if (separator !== null && separator.length === 0) throw valueError('empty separator');
      const parts = fn(data(args), separator, max);
      const items: PyValue[] = new Array(parts.length);
      const asBytearray = args[0] instanceof PyByteArray;
      for (let index = 0; index < parts.length; index++) {
        const part = parts[index]!;
        items[index] = asBytearray ? new PyByteArray(part) : new PyBytes(part);
      }
      return new PyList(items);
    });
  }
  defineMethod(type, 'splitlines', (args, kwnames) => {
    const [keepends] = bindArgs('splitlines', args.slice(1), kwnames, ['keepends'], 0);
    const parts = bytesSplitLines(data(args), keependsFlag(keepends));
    return new PyList(parts.map((part) => sameKind(args[0]!, part)));
  });
  for (const [name, left, right] of [
    ['strip', true, true],
    ['lstrip', true, false],
    ['rstrip', false, true],
  ] as const) {
    defineMethod(type, name, (args, kwnames) => {
      checkArity(name, args.slice(1), kwnames, 0, 1);
      const chars = args[1] === undefined || args[1] === None ? null : bytesArg(args[1]);
      return sameKind(args[0]!, bytesStrip(data(args), chars, left, right));
    });
  }
  for (const [name, fn] of [
    ['partition', bytesPartition],
    ['rpartition', bytesRpartition],
  ] as const) {
    defineMethod(type, name, (args, kwnames) => {
      const sep = bytesArg(methodOneArg(name, args, kwnames));
      return new PyTuple(fn(data(args), sep).map((part) => sameKind(args[0]!, part)));
    });
  }
  defineMethod(type, 'removeprefix', (args, kwnames) =>
    sameKind(
      args[0]!,
      bytesRemovePrefix(data(args), bytesArg(methodOneArg('removeprefix', args, kwnames))),
    ),
  );
  defineMethod(type, 'removesuffix', (args, kwnames) =>
    sameKind(
      args[0]!,
      bytesRemoveSuffix(data(args), bytesArg(methodOneArg('removesuffix', args, kwnames))),
    ),
  );
  defineMethod(type, 'join', (args, kwnames) => {
    const items = iterableToArray(joinIterable(methodOneArg('join', args, kwnames)));
    const separator = data(args);
    const parts = items.map((item, index) => {
      const bytes = bytesLikeData(item);
      if (bytes === undefined) {
        throw typeError(
          `sequence item ${index}: expected a bytes-like object, ${typeName(item)} found`,
        );
      }
      return bytes;
    });
    const total =
      parts.reduce((sum, part) => sum + part.length, 0) +
      separator.length * Math.max(0, parts.length - 1);
    rt().checkAllocation(total);
    const result = new Uint8Array(total);
    let offset = 0;
    parts.forEach((part, index) => {
      if (index > 0) {
        result.set(separator, offset);
        offset += separator.length;
      }
      result.set(part, offset);
      offset += part.length;
    });
    return sameKind(args[0]!, result);
  });
  const cases: readonly (readonly [string, (bytes: Uint8Array) => Uint8Array])[] = [
    ['upper', bytesUpper],
    ['lower', bytesLower],
    ['swapcase', bytesSwapcase],
    ['capitalize', bytesCapitalize],
    ['title', bytesTitle],
  ];
  for (const [name, fn] of cases) {
    defineMethod(type, name, (args, kwnames) => {
      methodNoArgs(name, args, kwnames);
      return sameKind(args[0]!, fn(data(args)));
    });
  }
  const predicates: readonly (readonly [string, (bytes: Uint8Array) => boolean])[] = [
    ['isalpha', bytesIsAlpha],
    ['isalnum', bytesIsAlnum],
    ['isdigit', bytesIsDigit],
    ['isspace', bytesIsSpace],
    ['isascii', bytesIsAscii],
    ['islower', bytesIsLower],
    ['isupper', bytesIsUpper],
    ['istitle', bytesIsTitle],
  ];
  for (const [name, fn] of predicates) {
    defineMethod(type, name, (args, kwnames) => {
      methodNoArgs(name, args, kwnames);
      return fn(data(args));
    });
  }
  for (const [name, fn] of [
    ['center', bytesCenter],
    ['ljust', bytesLjust],
    ['rjust', bytesRjust],
  ] as const) {
    defineMethod(type, name, (args, kwnames) => {
      checkArity(name, args.slice(1), kwnames, 1, 2);
      const width = indexValue(args[1]!);
      if (typeof width === 'bigint') {
        throw overflowError('Python int too large to convert to C ssize_t');
      }
      let fill = 0x20;
      if (args[2] !== undefined) {
        const fillBytes = bytesLikeData(args[2]);
        if (fillBytes === undefined || fillBytes.length !== 1) {
          throw typeError(
            `${name}() argument 2 must be a byte string of length 1, not ${typeName(args[2])}`,
          );
        }
        fill = fillBytes[0]!;
      }
      return sameKind(args[0]!, fn(data(args), width, fill));
    });
  }
  defineMethod(type, 'zfill', (args, kwnames) =>
    sameKind(args[0]!, bytesZfill(data(args), ssizeArg(methodOneArg('zfill', args, kwnames)))),
  );
  defineMethod(type, 'expandtabs', (args, kwnames) => {
    const [tabsize] = bindArgs('expandtabs', args.slice(1), kwnames, ['tabsize'], 0);
    return sameKind(
      args[0]!,
      bytesExpandTabs(data(args), tabsize === undefined ? 8 : cIntArg(tabsize)),
    );
  });
  defineMethod(type, 'translate', (args, kwnames) => {
    const [table, deleteChars] = bindArgs(
      'translate',
      args.slice(1),
      kwnames,
      ['table', 'delete'],
      1,
      1,
    );
    return sameKind(
      args[0]!,
      bytesTranslate(
        data(args),
        table === None ? null : bytesArg(table!),
        deleteChars === undefined ? null : bytesArg(deleteChars),
      ),
    );
  });
}
defineMethod(bytesType, '__hash__', (args) => hashBytesValue(data(args)));
defineMethod(bytesType, '__bytes__', (args, kwnames) => {
  checkArity('__bytes__', args.slice(1), kwnames, 0, 0);
  const self = args[0]!;
  return self instanceof PyBytes && self.cls === bytesType ? self : new PyBytes(data(args));
});
defineMethod(bytesType, '__getnewargs__', (args) => new PyTuple([new PyBytes(data(args))]));
bytearrayType.setAttr('__hash__', None);

function array(args: readonly PyValue[]): PyByteArray {
  return args[0] as PyByteArray;
}

/** A bytearray index: an int (via __index__) or TypeError "bytearray indices must be…". */
function bytearrayIndex(key: PyValue): number {
  if (!hasIndex(key)) {
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  }
  return indexAsNumber(key);
}

function byteValue(value: PyValue): number {
  const int = intValueOf(value);
  if (int === undefined)
    throw typeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
  if (int < 0 || int > 255) throw valueError('byte must be in range(0, 256)');
  return Number(int);
}

function setBytes(self: PyByteArray, bytes: Uint8Array): void {
  self.data = bytes;
  self.length = bytes.length;
}

defineMethod(bytearrayType, 'append', (args, kwnames) => {
  const self = array(args);
  const value = byteValue(methodOneArg('append', args, kwnames));
  const next = new Uint8Array(self.length + 1);
  next.set(self.bytes());
  next[self.length] = value;
  setBytes(self, next);
  return None;
});
defineMethod(bytearrayType, 'extend', (args, kwnames) => {
  const self = array(args);
  const other = methodOneArg('extend', args, kwnames);
  if (typeof other !== 'string' && bytesLikeData(other) === undefined) {
    const otherType = typeOf(other);
    if (
      otherType.lookup('__iter__') === undefined &&
      otherType.lookup('__getitem__') === undefined
    ) {
      throw typeError(`can't extend bytearray with ${typeName(other)}`);
    }
  }
  const extra = bytesLikeData(other) ?? Uint8Array.from(iterableToArray(other).map(byteValue));
  const next = new Uint8Array(self.length + extra.length);
  next.set(self.bytes());
  next.set(extra, self.length);
  setBytes(self, next);
  return None;
});
defineMethod(bytearrayType, '__iadd__', (args) => {
  const self = array(args);
  const extra = bytesLikeData(args[1]!);
  if (extra === undefined) return NotImplemented;
  const next = new Uint8Array(self.length + extra.length);
  next.set(self.bytes());
  next.set(extra, self.length);
  setBytes(self, next);
  return self;
});
defineMethod(bytearrayType, '__imul__', (args) => {
  const self = array(args);
  const count = intValueOf(args[1]!);
  if (count === undefined) return NotImplemented;
  if (typeof count === 'bigint')
    throw overflowError("cannot fit 'int' into an index-sized integer");
  const times = Math.max(0, Number(count));
  const length = self.length;
  rt().checkAllocation(length * times);
  const next = new Uint8Array(length * times);
  for (let index = 0; index < times; index++) next.set(self.bytes(), index * length);
  setBytes(self, next);
  return self;
});
defineMethod(bytearrayType, '__alloc__', (args, kwnames) => {
  checkArity('__alloc__', args.slice(1), kwnames, 0, 0);
  const self = array(args);
  return self.length === 0 ? 0 : self.length + 1;
});
defineMethod(bytearrayType, 'pop', (args, kwnames) => {
  checkArity('pop', args.slice(1), kwnames, 0, 1);
  const self = array(args);
  if (self.length === 0)
    throw indexErrorOutOfRange('pop from empty bytearray'.replace(' index', ''));
  const index = normalizeIndex(args.length > 1 ? ssizeArg(args[1]!) : -1, self.length, 'pop');
  const bytes = Array.from(self.bytes());
  const [value] = bytes.splice(index, 1);
  setBytes(self, Uint8Array.from(bytes));
  return value!;
});
defineMethod(bytearrayType, 'insert', (args, kwnames) => {
  checkArity('insert', args.slice(1), kwnames, 2, 2);
  const self = array(args);
  const bytes = Array.from(self.bytes());
  let index = indexAsNumber(args[1]!);
  if (index < 0) index = Math.max(0, index + bytes.length);
  bytes.splice(Math.min(index, bytes.length), 0, byteValue(args[2]!));
  setBytes(self, Uint8Array.from(bytes));
  return None;
});
defineMethod(bytearrayType, 'remove', (args, kwnames) => {
  const self = array(args);
  const value = byteValue(methodOneArg('remove', args, kwnames));
  const bytes = Array.from(self.bytes());
  const index = bytes.indexOf(value);
  if (index < 0) throw valueError('value not found in bytearray');
  bytes.splice(index, 1);
  setBytes(self, Uint8Array.from(bytes));
  return None;
});
defineMethod(bytearrayType, 'clear', (args) => {
  setBytes(array(args), new Uint8Array(0));
  return None;
});
defineMethod(bytearrayType, 'copy', (args) => new PyByteArray(array(args).bytes().slice()));
defineMethod(bytearrayType, 'reverse', (args) => {
  const self = array(args);
  setBytes(self, self.bytes().slice().reverse());
  return None;
});
defineMethod(bytearrayType, '__setitem__', (args) => {
  const self = array(args);
  const key = args[1]!;
  const value = args[2]!;
  if (!(key instanceof PySlice)) {
    // One byte, written in place; CPython checks the key's type, the value, then the range.
    const index = bytearrayIndex(key);
    const byte = byteValue(value);
    self.data[normalizeIndex(index, self.length, 'bytearray')] = byte;
    return None;
  }
  const bytes = Array.from(self.bytes());
  const replacement = Array.from(
    bytesLikeData(value) ?? Uint8Array.from(iterableToArray(value).map(byteValue)),
  );
  const { start, stop, step, length } = resolveSlice(key, bytes.length);
  if (step === 1) bytes.splice(start, Math.max(0, stop - start), ...replacement);
  else {
    if (replacement.length !== length) {
      throw valueError(
        `attempt to assign bytes of size ${replacement.length} to extended slice of size ${length}`,
      );
    }
    for (let index = 0, position = start; index < length; index++, position += step)
      bytes[position] = replacement[index]!;
  }
  setBytes(self, Uint8Array.from(bytes));
  return None;
});
defineMethod(bytearrayType, '__delitem__', (args) => {
  const self = array(args);
  const key = args[1]!;
  const bytes = Array.from(self.bytes());
  if (key instanceof PySlice) {
    const { start, step, length } = resolveSlice(key, bytes.length);
    const remove = new Set<number>();
    for (let index = 0, position = start; index < length; index++, position += step)
      remove.add(position);
    setBytes(self, Uint8Array.from(bytes.filter((_, position) => !remove.has(position))));
    return None;
  }
  bytes.splice(normalizeIndex(bytearrayIndex(key), bytes.length, 'bytearray'), 1);
  setBytes(self, Uint8Array.from(bytes));
  return None;
});
