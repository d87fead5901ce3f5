// The methods of `str`, wiring the pure algorithms (code-points.ts, str-*.ts, format-spec.ts,
// format-template.ts, percent-format.ts, codecs.ts) to Python arguments and errors.

import { bindArgs, checkArity, cIntArg, methodNoArgs, methodOneArg, ssizeArg } from './args.js';
import { dictType, floatType, strType } from './builtin-types.js';
import { PyByteArray, PyBytes } from './bytes.js';
import {
  charAtIndex,
  checkResultLength,
  codePointLength,
  fromCodePoints,
  sliceByIndex,
  toCodePoints,
} from './code-points.js';
import { decodeBytes, encodeText, encodeWith } from './codecs.js';
import { PyDict } from './dict.js';
import { typeError, valueError } from './errors.js';
import { PyFloat } from './float-type.js';
import { formatFloat, formatInt, formatStr } from './format-spec.js';
import {
  type CompiledFormatTemplate,
  checkConversion,
  compiledFormatTemplate,
  FormatNumbering,
  FormatTemplateParser,
  formatRecursionError,
  MAX_FORMAT_RECURSION,
  splitFieldName,
} from './format-template.js';
import { initInstanceStorage } from './instance.js';
import { intValueOf } from './int-type.js';
import { StrIterator } from './iterators.js';
import { PyList } from './list.js';
import { repeatCount } from './list-methods.js';
import { PyMemoryView } from './memoryview.js';
import {
  defineMethod,
  defineStaticMethod,
  makeNativeFunction,
  type PyMethodDescriptor,
} from './native-function.js';
import { type PercentFormatHost, percentFormat } from './percent-format.js';
import { getAttr } from './protocol-attr.js';
import { callUnbound } from './protocol-call.js';
import { hashStr } from './protocol-hash.js';
import { iterableToArray } from './protocol-iter.js';
import { hasIndex, indexAsNumber, indexValue } from './protocol-number.js';
import { pyAscii, pyRepr, pyStr } from './protocol-repr.js';
import { getItem } from './protocol-subscript.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { normalizeIndex, resolveSlice } from './sequence.js';
import { None, NotImplemented } from './singletons.js';
import { PySlice } from './slice.js';
import { shortAsciiBytes } from './str-ascii-bytes.js';
import {
  strCapitalize,
  strCasefold,
  strLower,
  strSwapcase,
  strTitle,
  strUpper,
} from './str-case.js';
import { flatStr } from './str-flat.js';
import {
  StripSide,
  strCenter,
  strExpandTabs,
  strLjust,
  strRjust,
  strStrip,
  strZfill,
} from './str-pad.js';
import {
  strIsAlnum,
  strIsAlpha,
  strIsAscii,
  strIsDecimal,
  strIsDigit,
  strIsIdentifier,
  strIsLower,
  strIsNumeric,
  strIsPrintable,
  strIsSpace,
  strIsTitle,
  strIsUpper,
} from './str-predicates.js';
import {
  strContains,
  strCount,
  strEndsWith,
  strFind,
  strIndex,
  strPartition,
  strRemovePrefix,
  strRemoveSuffix,
  strReplace,
  strRfind,
  strRindex,
  strRpartition,
  strStartsWith,
} from './str-search.js';
import { splitLines, strRsplit, strSplit } from './str-split.js';
import { strMaketrans, strTranslate } from './str-translate.js';
import { astralFree, PyStrInstance, strLength, strValueOf } from './str-type.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

function self(args: readonly PyValue[]): string {
  const text = args[0] === undefined ? undefined : strValueOf(args[0]);
  if (text === undefined) {
    throw typeError(
      `descriptor requires a 'str' object but received '${args[0] === undefined ? 'nothing' : typeName(args[0])}'`,
    );
  }
  return text;
}

/**
 * For methods (`args[0]` is self): no keywords ("str.strip() takes no keyword arguments"), then
 * checkArity on the arguments after self, copying them only when the check fails.
 */
function methodArity(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (kwnames !== null && kwnames.length > 0) {
    // The method descriptor refuses keywords before the arguments are parsed.
    throw typeError(`str.${name}() takes no keyword arguments`);
  }
  const given = args.length - 1;
  if (given < min || given > max) checkArity(name, args.slice(1), null, min, max);
}

/** The str value of an argument, or TypeError "<what> must be str, not int". */
function strArg(value: PyValue, what: string): string {
  const text = strValueOf(value);
  if (text === undefined) {
    throw typeError(`${what} must be str, not ${value === None ? 'None' : typeName(value)}`);
  }
  return text;
}

/** The str value of an argument, or TypeError "<prefix> int" (e.g. "must be str, not int"). */
function strOrError(value: PyValue, prefix: string): string {
  const text = strValueOf(value);
  if (text === undefined) throw typeError(`${prefix} ${typeName(value)}`);
  return text;
}

/** An optional slice bound for find/count/startswith (None and absent mean unbounded). */
function boundArg(value: PyValue | undefined): number | null {
  if (value === undefined || value === None) return null;
  if (!hasIndex(value)) {
    throw typeError('slice indices must be integers or None or have an __index__ method');
  }
  const int = indexValue(value);
  if (typeof int === 'bigint') return int < 0n ? -(2 ** 62) : 2 ** 62;
  return int;
}

/** `str[key]` for an int or a slice, in code points. */
export function strGetItem(text: string, key: PyValue): string {
  if (key instanceof PySlice) {
    const flat = astralFree(text);
    const first = key.start;
    const last = key.stop;
    if (
      flat &&
      key.step === None &&
      (first === None || typeof first === 'number') &&
      (last === None || typeof last === 'number')
    ) {
      // text[a:b] with int or omitted bounds on surrogate-free text: UTF-16 offsets are indices.
      const units = text.length;
      const from = typeof first !== 'number' ? 0 : first < 0 ? Math.max(first + units, 0) : first;
      const to = typeof last !== 'number' ? units : last < 0 ? Math.max(last + units, 0) : last;
      return from >= to ? '' : text.slice(from, to);
    }
    const length = flat ? text.length : codePointLength(text);
    const { start, stop, step, length: count } = resolveSlice(key, length);
    if (step === 1) {
      if (flat) return text.slice(start, Math.max(start, stop));
      return sliceByIndex(text, start, Math.max(start, stop));
    }
    const points = flat ? null : toCodePoints(text);
    let result = '';
    for (let index = 0, position = start; index < count; index++, position += step) {
      result += points === null ? text[position]! : String.fromCodePoint(points[position]!);
    }
    return result;
  }
  if (typeof key !== 'number' && intValueOf(key) === undefined && !hasIndex(key)) {
    throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  }
  const index = indexAsNumber(key);
  if (astralFree(text)) return text[normalizeIndex(index, text.length, 'string')]!;
  return charAtIndex(text, normalizeIndex(index, codePointLength(text), 'string'));
}

/** `text * count` with a memory check. */
export function repeatStr(text: string, countValue: PyValue): string | undefined {
  const count = repeatCount(countValue);
  if (count === undefined) return undefined;
  if (count <= 0 || text.length === 0) return '';
  rt().checkAllocation(text.length * count * 2);
  return text.repeat(count);
}

/** The host callbacks percent-format.ts needs. */
const percentHost: PercentFormatHost = {
  str: (value) => pyStr(value as PyValue),
  repr: (value) => pyRepr(value as PyValue),
  ascii: (value) => pyAscii(value as PyValue),
  typeName: (value) => typeName(value as PyValue),
  tupleItems: (value) => (value instanceof PyTuple ? value.items : null),
  isMapping: (value, forBytes) => {
    const v = value as PyValue;
    if (typeof v !== 'object' || v.cls === floatType) return false;
    if (forBytes && (v instanceof PyBytes || v instanceof PyByteArray)) return false;
    if (!forBytes && typeof v === 'string') return false;
    return typeOf(v).lookup('__getitem__') !== undefined && !(v instanceof PyStrInstance);
  },
  getItem: (mapping, key) =>
    getItem(mapping as PyValue, key instanceof Uint8Array ? new PyBytes(key) : key),
  toInteger: (value, mode) => {
    const v = value as PyValue;
    const int = intValueOf(v);
    if (int !== undefined) return int;
    if (mode === 'int') {
      if (v instanceof PyFloat) {
        if (!Number.isFinite(v.value)) {
          throw Number.isNaN(v.value)
            ? valueError('cannot convert float NaN to integer')
            : pyOverflow('cannot convert float infinity to integer');
        }
        return toIntValue(v);
      }
      const method = typeOf(v).lookup('__int__');
      if (method !== undefined) return intValueOf(callUnbound(method, v, [])) ?? null;
    }
    if (typeOf(v).lookup('__index__') !== undefined) return indexValue(v);
    return null;
  },
  toFloat: (value) => {
    const v = value as PyValue;
    if (v instanceof PyFloat) return v.value;
    const int = intValueOf(v);
    if (int !== undefined) return Number(int);
    const method = typeOf(v).lookup('__float__');
    if (method !== undefined) {
      const result = callUnbound(method, v, []);
      if (result instanceof PyFloat) return result.value;
    }
    throw typeError(`must be real number, not ${typeName(v)}`);
  },
  toBytes: (value) => {
    if (value instanceof PyBytes) return value.data;
    if (value instanceof PyByteArray) return value.bytes();
    if (value instanceof PyMemoryView) return value.contiguousBytes();
    const method = typeOf(value as PyValue).lookup('__bytes__');
    if (method === undefined || method === None) return null;
    const result = callUnbound(method, value as PyValue, []);
    if (!(result instanceof PyBytes)) {
      throw typeError(`__bytes__ returned non-bytes (type ${typeName(result)})`);
    }
    return result.data;
  },
  get maxStrDigits() {
    return rt().intMaxStrDigits;
  },
};

/** The host object for `%` formatting (shared with bytes). */
export function percentFormatHost(): PercentFormatHost {
  return percentHost;
}

import { overflowError as pyOverflow } from './errors.js';
import { floatToInt } from './float-format.js';

function toIntValue(value: PyFloat) {
  return floatToInt(value.value);
}

/** `format(value, spec)`: `type(value).__format__(value, spec)` with the str result check. */
export function pyFormat(value: PyValue, spec: string): string {
  // str, int and float format themselves directly (built-in types' __format__ cannot be replaced).
  switch (typeof value) {
    case 'string':
      return spec === '' ? value : formatStr(value, spec);
    case 'number':
      // A safe-integer int never reaches the int-to-str digit limit.
      return spec === '' ? String(value) : formatInt(value, spec, 'int', 0);
    case 'bigint':
      return formatInt(value, spec, 'int', rt().intMaxStrDigits);
    case 'object':
      if (value.cls === floatType) {
        return spec === '' ? pyStr(value) : formatFloat((value as PyFloat).value, spec);
      }
      break;
  }
  const method = typeOf(value).lookup('__format__');
  if (method === undefined) throw typeError(`Type ${typeName(value)} doesn't define __format__`);
  const result = callUnbound(method, value, [spec]);
  const text = strValueOf(result);
  if (text === undefined) {
    throw typeError(`__format__ must return a str, not ${typeName(result)}`);
  }
  return text;
}

/** `template.format(*args, **kwargs)` (and format_map when `kwargs` is any mapping). */
export function formatTemplate(
  template: string,
  args: readonly PyValue[],
  kwargs: PyValue | null,
  depth = MAX_FORMAT_RECURSION,
  shared: FormatNumbering | null = null,
): string {
  if (depth <= 0) throw formatRecursionError();
  if (shared === null) {
    const compiled = compiledFormatTemplate(template);
    if (compiled !== null) return formatCompiled(compiled, args, 0, kwargs);
  }
  const numbering = shared ?? new FormatNumbering();
  const parser = new FormatTemplateParser(template);
  let result = '';
  for (let piece = parser.next(); piece !== null; piece = parser.next()) {
    result += piece.literal;
    const field = piece.field;
    if (field === null) continue;
    const { first, rest } = splitFieldName(field.fieldName, numbering);
    let value: PyValue;
    if (typeof first === 'string') {
      if (kwargs === null) throw keyErrorOf(first);
      value = getItem(kwargs, first);
    } else {
      const index = Number(first);
      if (index >= args.length) {
        throw pyIndexError(`Replacement index ${index} out of range for positional args tuple`);
      }
      value = args[index]!;
    }
    for (let step = rest.next(); step !== null; step = rest.next()) {
      value = step.isAttribute ? getAttr(value, String(step.key)) : getItem(value, step.key);
    }
    if (field.conversion !== null) {
      const conversion = checkConversion(field.conversion);
      value =
        conversion === 'r' ? pyRepr(value) : conversion === 's' ? pyStr(value) : pyAscii(value);
    }
    const spec = field.specNeedsExpanding
      ? formatTemplate(field.formatSpec, args, kwargs, depth - 1, numbering)
      : field.formatSpec;
    result += pyFormat(value, spec);
  }
  return flatStr(result);
}

import { keyError, indexError as pyIndexError } from './errors.js';

/**
 * formatTemplate for a template compiled once: the same lookups, conversions and errors. The
 * positional arguments are `args` from index `first` on (so a method call's self can stay).
 */
function formatCompiled(
  compiled: CompiledFormatTemplate,
  args: readonly PyValue[],
  first: number,
  kwargs: PyValue | null,
): string {
  const fields = compiled.fields;
  let result = '';
  for (let position = 0; position < fields.length; position++) {
    const field = fields[position]!;
    result += field.literal;
    let value: PyValue;
    const index = field.index;
    if (index < 0) {
      if (kwargs === null) throw keyErrorOf(field.keyword);
      value = getItem(kwargs, field.keyword);
    } else {
      if (index >= args.length - first) {
        throw pyIndexError(`Replacement index ${index} out of range for positional args tuple`);
      }
      value = args[first + index]!;
    }
    const conversion = field.conversion;
    if (conversion !== null) {
      value =
        conversion === 'r' ? pyRepr(value) : conversion === 's' ? pyStr(value) : pyAscii(value);
    }
    result += pyFormat(value, field.formatSpec);
  }
  return flatStr(result + compiled.tail);
}

function keyErrorOf(name: string) {
  return keyError(name);
}

const strNew = makeNativeFunction('str', '__new__', (args, kwnames) => {
  const cls = args[0] as PyType;
  // str(x): the common call needs no keyword binding.
  if (kwnames === null && args.length === 2 && cls === strType) return pyStr(args[1]!);
  const [object, encoding, errors] = bindArgs(
    'str',
    args.slice(1),
    kwnames,
    ['object', 'encoding', 'errors'],
    0,
  );
  let text: string;
  if (object === undefined) text = '';
  else if (encoding === undefined && errors === undefined) text = pyStr(object);
  else {
    let data: Uint8Array;
    if (object instanceof PyBytes) data = object.data;
    else if (object instanceof PyByteArray) data = object.bytes();
    else throw typeError(`decoding to str: need a bytes-like object, ${typeName(object)} found`);
    text = decodeBytes(
      data,
      encoding === undefined ? 'utf-8' : strArg(encoding, "str() argument 'encoding'"),
      errors === undefined ? 'strict' : strArg(errors, "str() argument 'errors'"),
    );
  }
  if (cls === strType) return text;
  const instance = new PyStrInstance(text, cls);
  initInstanceStorage(instance, cls);
  return instance;
});
strType.setAttr('__new__', strNew);

defineMethod(strType, '__repr__', (args) => pyRepr(self(args)));
defineMethod(strType, '__str__', (args) => self(args));
defineMethod(strType, '__hash__', (args) => hashStr(self(args)));
defineMethod(strType, '__len__', (args) => strLength(self(args)));
defineMethod(strType, '__getitem__', (args) => strGetItem(self(args), args[1]!));
defineMethod(strType, '__contains__', (args) => {
  const item = strValueOf(args[1]!);
  if (item === undefined) {
    throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[1]!)}`);
  }
  return strContains(self(args), item);
});
defineMethod(strType, '__iter__', (args) => {
  const text = self(args);
  return new StrIterator(text, /^[\x00-\x7f]*$/.test(text));
});
defineMethod(strType, '__add__', (args) => {
  const other = strValueOf(args[1]!);
  if (other === undefined) return NotImplemented;
  const text = self(args);
  if (text.length + other.length > 1 << 20) rt().checkAllocation((text.length + other.length) * 2);
  return text + other;
});
defineMethod(strType, '__mul__', (args) => repeatStr(self(args), args[1]!) ?? NotImplemented);
defineMethod(strType, '__rmul__', (args) => repeatStr(self(args), args[1]!) ?? NotImplemented);
defineMethod(strType, '__mod__', (args) => percentFormat(self(args), args[1]!, percentHost));
defineMethod(strType, '__rmod__', (args) => {
  // nb_remainder(other, self): only a str on the left formats.
  const other = args[1]!;
  if (typeof other !== 'string' && strValueOf(other) === undefined) return NotImplemented;
  return percentFormat(strValueOf(other)!, args[0]!, percentHost);
});
const COMPARISONS: readonly (readonly [string, (a: string, b: string) => boolean])[] = [
  ['__lt__', (a, b) => a < b],
  ['__le__', (a, b) => a <= b],
  ['__eq__', (a, b) => a === b],
  ['__ne__', (a, b) => a !== b],
  ['__gt__', (a, b) => a > b],
  ['__ge__', (a, b) => a >= b],
];
for (const [name, test] of COMPARISONS) {
  defineMethod(strType, name, (args) => {
    const other = strValueOf(args[1]!);
    if (other === undefined) return NotImplemented;
    return test(self(args), other);
  });
}
defineMethod(strType, '__format__', (args, kwnames) => {
  methodArity('__format__', args, kwnames, 1, 1);
  const spec = strArg(args[1]!, 'format_spec');
  // An empty spec formats a str subclass instance through its __str__, as CPython does.
  if (spec === '' && typeof args[0] !== 'string') return pyStr(args[0]!);
  return formatStr(self(args), spec);
});
defineMethod(strType, '__getnewargs__', (args) => new PyTuple([self(args)]));
defineMethod(strType, '__sizeof__', (args) => 49 + self(args).length);

defineMethod(strType, 'join', (args, kwnames) => {
  const iterable = methodOneArg('join', args, kwnames);
  return strJoin(self(args), iterable);
});

/** `separator.join(iterable)` (TypeError for an item that is not a str). */
function strJoin(separator: string, iterable: PyValue): string {
  const items =
    iterable instanceof PyList || iterable instanceof PyTuple
      ? iterable.items
      : iterableToArray(joinIterable(iterable));
  const count = items.length;
  let total = 0;
  let allPlain = true;
  for (let index = 0; index < count; index++) {
    const item = items[index]!;
    if (typeof item === 'string') {
      total += item.length;
      continue;
    }
    const text = strValueOf(item);
    if (text === undefined) {
      throw typeError(`sequence item ${index}: expected str instance, ${typeName(item)} found`);
    }
    total += text.length;
    allPlain = false;
  }
  if (total > 1 << 20) {
    rt().checkAllocation((total + separator.length * count) * 2);
    checkResultLength(total + separator.length * Math.max(count - 1, 0));
  }
  if (count <= 16) {
    // Concatenation beats Array.prototype.join on a few items.
    let result = '';
    for (let index = 0; index < count; index++) {
      const text = strValueOf(items[index]!)!;
      result = index === 0 ? text : result + separator + text;
    }
    return flatStr(result);
  }
  if (allPlain) return (items as readonly string[]).join(separator);
  const parts: string[] = new Array(count);
  for (let index = 0; index < count; index++) parts[index] = strValueOf(items[index]!)!;
  return parts.join(separator);
}

function splitArgs(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): [string | null, number] {
  let sep: PyValue | undefined;
  let maxsplit: PyValue | undefined;
  if (kwnames === null && args.length <= 3) {
    // Positional only: nothing to bind by name.
    sep = args[1];
    maxsplit = args[2];
  } else {
    [sep, maxsplit] = bindArgs(name, args.slice(1), kwnames, ['sep', 'maxsplit'], 0);
  }
  // maxsplit is converted before sep is checked, as Argument Clinic parses them.
  const max = maxsplit === undefined ? -1 : ssizeArg(maxsplit);
  const separator =
    sep === undefined || sep === None ? null : strOrError(sep, 'must be str or None, not');
  if (separator === '') throw valueError('empty separator');
  return [separator, max];
}
defineMethod(strType, 'split', (args, kwnames) => {
  if (kwnames === null && args.length <= 2) {
    // split() and split(sep): no maxsplit to convert, nothing to bind by name.
    const sep = args[1];
    if (sep === undefined || sep === None) return new PyList(strSplit(self(args), null, -1));
    if (typeof sep === 'string' && sep.length > 0) {
      return new PyList(strSplit(self(args), sep, -1));
    }
  }
  const [separator, maxsplit] = splitArgs('split', args, kwnames);
  return new PyList(strSplit(self(args), separator, maxsplit));
});
defineMethod(strType, 'rsplit', (args, kwnames) => {
  const [separator, maxsplit] = splitArgs('rsplit', args, kwnames);
  return new PyList(strRsplit(self(args), separator, maxsplit));
});
defineMethod(strType, 'splitlines', (args, kwnames) => {
  const keepends =
    kwnames === null && args.length === 1
      ? undefined
      : bindArgs('splitlines', args.slice(1), kwnames, ['keepends'], 0)[0];
  return new PyList(splitLines(self(args), keependsFlag(keepends)));
});

/** splitlines()'s `keepends`: a C int (an index, not any truthy object). */
export function keependsFlag(value: PyValue | undefined): boolean {
  if (value === undefined) return false;
  if (!hasIndex(value)) {
    throw typeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
  }
  const flag = indexValue(value);
  if (typeof flag === 'bigint') throw pyOverflow('Python int too large to convert to C int');
  return flag !== 0;
}

/** join()'s argument, or TypeError "can only join an iterable". */
export function joinIterable(value: PyValue): PyValue {
  const type = typeOf(value);
  if (type.lookup('__iter__') === undefined && type.lookup('__getitem__') === undefined) {
    throw typeError('can only join an iterable');
  }
  return value;
}

/** PyArg_ParseTuple's count errors: "find() takes at least 1 argument (0 given)". */
function parseTupleArity(
  owner: string,
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw typeError(`${owner}.${name}() takes no keyword arguments`);
  }
  const given = args.length - 1;
  if (given < min) {
    throw typeError(
      `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${given} given)`,
    );
  }
  if (given > max) {
    throw typeError(
      `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${given} given)`,
    );
  }
}

function stripMethod(name: string, side: StripSide) {
  defineMethod(strType, name, (args, kwnames) => {
    methodArity(name, args, kwnames, 0, 1);
    const chars = args[1];
    const charText = chars === undefined || chars === None ? null : strValueOf(chars);
    if (charText === undefined) throw typeError(`${name} arg must be None or str`);
    return strStrip(self(args), charText, side);
  });
}
stripMethod('strip', StripSide.BOTH);
stripMethod('lstrip', StripSide.LEFT);
stripMethod('rstrip', StripSide.RIGHT);

defineMethod(strType, 'replace', (args, kwnames) => {
  methodArity('replace', args, kwnames, 2, 3);
  const old = strArg(args[1]!, 'replace() argument 1');
  const replacement = strArg(args[2]!, 'replace() argument 2');
  const count = args[3] === undefined ? -1 : Number(indexValue(args[3]));
  return strReplace(self(args), old, replacement, count);
});

function searchMethod(
  name: string,
  fn: (text: string, sub: string, start: number | null, end: number | null) => number,
) {
  defineMethod(strType, name, (args, kwnames) => {
    const first = args[1];
    if (kwnames === null && args.length === 2 && typeof first === 'string') {
      return fn(self(args), first, null, null);
    }
    parseTupleArity('str', name, args, kwnames, 1, 3);
    // The bounds are parsed before the substring's type is checked.
    const start = boundArg(args[2]);
    const end = boundArg(args[3]);
    const sub = strValueOf(args[1]!);
    if (sub === undefined) throw typeError(`must be str, not ${typeName(args[1]!)}`);
    return fn(self(args), sub, start, end);
  });
}
searchMethod('find', strFind);
searchMethod('rfind', strRfind);
searchMethod('index', strIndex);
searchMethod('rindex', strRindex);
searchMethod('count', strCount);

function affixMethod(
  name: string,
  fn: (text: string, affix: string, start: number | null, end: number | null) => boolean,
) {
  defineMethod(strType, name, (args, kwnames) => {
    const affix = args[1];
    if (kwnames === null && args.length === 2 && typeof affix === 'string') {
      return fn(self(args), affix, null, null);
    }
    parseTupleArity('str', name, args, kwnames, 1, 3);
    const text = self(args);
    const start = boundArg(args[2]);
    const end = boundArg(args[3]);
    if (affix instanceof PyTuple) {
      for (const item of affix.items) {
        const candidate = strValueOf(item);
        if (candidate === undefined) {
          throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
        }
        if (fn(text, candidate, start, end)) return true;
      }
      return false;
    }
    const candidate = strValueOf(affix!);
    if (candidate === undefined) {
      throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(affix!)}`);
    }
    return fn(text, candidate, start, end);
  });
}
affixMethod('startswith', strStartsWith);
affixMethod('endswith', strEndsWith);

const CASE_METHODS: readonly (readonly [string, (text: string) => string])[] = [
  ['upper', strUpper],
  ['lower', strLower],
  ['casefold', strCasefold],
  ['swapcase', strSwapcase],
  ['title', strTitle],
  ['capitalize', strCapitalize],
];
for (const [name, fn] of CASE_METHODS) {
  defineMethod(strType, name, (args, kwnames) => {
    methodNoArgs(name, args, kwnames);
    return fn(self(args));
  });
}
const PREDICATES: readonly (readonly [string, (text: string) => boolean])[] = [
  ['isalpha', strIsAlpha],
  ['isdecimal', strIsDecimal],
  ['isdigit', strIsDigit],
  ['isnumeric', strIsNumeric],
  ['isalnum', strIsAlnum],
  ['isspace', strIsSpace],
  ['isprintable', strIsPrintable],
  ['isascii', strIsAscii],
  ['isupper', strIsUpper],
  ['islower', strIsLower],
  ['istitle', strIsTitle],
  ['isidentifier', strIsIdentifier],
];
for (const [name, fn] of PREDICATES) {
  defineMethod(strType, name, (args, kwnames) => {
    methodNoArgs(name, args, kwnames);
    return fn(self(args));
  });
}

function fillChar(value: PyValue | undefined, name: string): string {
  if (value === undefined) return ' ';
  const text = strValueOf(value);
  if (text === undefined) {
    throw typeError(`The fill character must be a unicode character, not ${typeName(value)}`);
  }
  if (codePointLength(text) !== 1) {
    throw typeError(`The fill character must be exactly one character long`);
  }
  void name;
  return text;
}
const PAD_METHODS: readonly (readonly [
  string,
  (text: string, width: number, fill: string) => string,
])[] = [
  ['center', strCenter],
  ['ljust', strLjust],
  ['rjust', strRjust],
];
for (const [name, fn] of PAD_METHODS) {
  defineMethod(strType, name, (args, kwnames) => {
    methodArity(name, args, kwnames, 1, 2);
    const widthArg = args[1]!;
    const widthValue = typeof widthArg === 'number' ? widthArg : indexValue(widthArg);
    if (typeof widthValue === 'bigint') {
      throw pyOverflow('Python int too large to convert to C ssize_t');
    }
    const width = widthValue;
    if (width > 1 << 20) rt().checkAllocation(width * 2);
    return fn(self(args), width, fillChar(args[2], name));
  });
}
defineMethod(strType, 'zfill', (args, kwnames) => {
  const width = methodOneArg('zfill', args, kwnames);
  return strZfill(self(args), ssizeArg(width));
});
defineMethod(strType, 'expandtabs', (args, kwnames) => {
  const [tabsize] = bindArgs('expandtabs', args.slice(1), kwnames, ['tabsize'], 0);
  return strExpandTabs(self(args), tabsize === undefined ? 8 : cIntArg(tabsize));
});
defineMethod(strType, 'partition', (args, kwnames) => {
  const sep = strOrError(methodOneArg('partition', args, kwnames), 'must be str, not');
  if (sep === '') throw valueError('empty separator');
  return new PyTuple(strPartition(self(args), sep));
});
defineMethod(strType, 'rpartition', (args, kwnames) => {
  const sep = strOrError(methodOneArg('rpartition', args, kwnames), 'must be str, not');
  if (sep === '') throw valueError('empty separator');
  return new PyTuple(strRpartition(self(args), sep));
});
defineMethod(strType, 'removeprefix', (args, kwnames) =>
  strRemovePrefix(
    self(args),
    strArg(methodOneArg('removeprefix', args, kwnames), 'removeprefix() argument'),
  ),
);
defineMethod(strType, 'removesuffix', (args, kwnames) =>
  strRemoveSuffix(
    self(args),
    strArg(methodOneArg('removesuffix', args, kwnames), 'removesuffix() argument'),
  ),
);
defineMethod(strType, 'format', (args, kwnames) => {
  if (kwnames === null) {
    // Positional arguments only: a compiled template reads them in place, after self.
    const template = self(args);
    const compiled = compiledFormatTemplate(template);
    if (compiled !== null) return formatCompiled(compiled, args, 1, null);
    return formatTemplate(template, args.slice(1), null);
  }
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positional = args.slice(1, args.length - kwCount);
  let kwargs: PyDict | null = null;
  if (kwCount > 0) {
    kwargs = new PyDict();
    for (let index = 0; index < kwCount; index++) {
      kwargs.setStr(kwnames![index]!, args[args.length - kwCount + index]!);
    }
  }
  return formatTemplate(self(args), positional, kwargs);
});
defineMethod(strType, 'format_map', (args, kwnames) => {
  const mapping = methodOneArg('format_map', args, kwnames);
  return formatTemplate(self(args), [], mapping);
});
defineMethod(strType, 'encode', (args, kwnames) => {
  if (kwnames === null && args.length <= 2) {
    // encode() and encode('utf-8'): the codec is known, no name to normalise and look up.
    const name = args[1];
    if (name === undefined || name === 'utf-8' || name === 'utf8') {
      const text = self(args);
      return new PyBytes(shortAsciiBytes(text) ?? encodeWith('utf_8', text));
    }
    if (typeof name === 'string') return new PyBytes(encodeText(self(args), name));
  }
  const [encoding, errors] = bindArgs('encode', args.slice(1), kwnames, ['encoding', 'errors'], 0);
  return new PyBytes(
    encodeText(
      self(args),
      encoding === undefined ? 'utf-8' : strArg(encoding, "encode() argument 'encoding'"),
      errors === undefined ? 'strict' : strArg(errors, "encode() argument 'errors'"),
    ),
  );
});
defineMethod(strType, 'translate', (args, kwnames) => {
  const table = methodOneArg('translate', args, kwnames);
  // An exact dict answers a missing key without raising (a subclass may define __missing__).
  const plainDict = table instanceof PyDict && table.cls === dictType ? table : null;
  return strTranslate(self(args), (point) => {
    let entry: PyValue | undefined;
    if (plainDict !== null) {
      entry = plainDict.get(point);
      if (entry === undefined) return undefined;
    } else {
      try {
        entry = getItem(table, point);
      } catch (error) {
        if (isLookupError(error)) return undefined;
        throw error;
      }
    }
    if (entry === None) return null;
    const int = intValueOf(entry);
    if (int !== undefined) return Number(int);
    const text = strValueOf(entry);
    if (text !== undefined) return text;
    throw typeError('character mapping must return integer, None or str');
  });
});

import { exceptionMatchesName } from './exception-match.js';

function isLookupError(error: unknown): boolean {
  return exceptionMatchesName(error, 'LookupError');
}

defineStaticMethod(strType, 'maketrans', (args, kwnames) => {
  checkArity('maketrans', args, kwnames, 1, 3);
  const result = new PyDict();
  if (args.length === 1) {
    const mapping = args[0]!;
    if (!(mapping instanceof PyDict)) {
      throw typeError('if you give only one argument to maketrans it must be a dict');
    }
    for (const [key, value] of mapping.entries()) {
      const keyText = strValueOf(key);
      if (keyText !== undefined) {
        if (codePointLength(keyText) !== 1) {
          throw valueError('string keys in translate table must be of length 1');
        }
        result.set(keyText.codePointAt(0)!, value);
      } else if (intValueOf(key) !== undefined) {
        result.set(key, value);
      } else {
        throw typeError('keys in translate table must be strings or integers');
      }
    }
    return result;
  }
  const from = strArg(args[0]!, 'maketrans() argument 1');
  const to = strArg(args[1]!, 'maketrans() argument 2');
  const deleteChars = args[2] === undefined ? null : strArg(args[2], 'maketrans() argument 3');
  for (const [key, value] of strMaketrans(from, to, deleteChars)) result.set(key, value ?? None);
  return result;
});

/** Unused-import guard for helpers kept for bytes-methods (fromCodePoints). */
export const STR_HELPERS = { fromCodePoints };

// Direct entries the VM's CALL tries for a str method called on an exact str (a JS string) with
// 0-2 positional arguments and no keywords: no argument array, no arity wrapper. Each computes
// exactly what the method does for the arguments it takes and returns undefined for any other
// (an argument that is not an exact str, say), so the method's own parsing and errors still apply.
function quickEntry(name: string): PyMethodDescriptor {
  return strType.attrs.get(name) as PyMethodDescriptor;
}
quickEntry('strip').quick0 = (text) => strStrip(text as string, null, StripSide.BOTH);
quickEntry('lstrip').quick0 = (text) => strStrip(text as string, null, StripSide.LEFT);
quickEntry('rstrip').quick0 = (text) => strStrip(text as string, null, StripSide.RIGHT);
quickEntry('lower').quick0 = (text) => strLower(text as string);
quickEntry('upper').quick0 = (text) => strUpper(text as string);
quickEntry('capitalize').quick0 = (text) => strCapitalize(text as string);
quickEntry('title').quick0 = (text) => strTitle(text as string);
quickEntry('isalpha').quick0 = (text) => strIsAlpha(text as string);
quickEntry('isdigit').quick0 = (text) => strIsDigit(text as string);
quickEntry('isalnum').quick0 = (text) => strIsAlnum(text as string);
quickEntry('isspace').quick0 = (text) => strIsSpace(text as string);
quickEntry('isupper').quick0 = (text) => strIsUpper(text as string);
quickEntry('islower').quick0 = (text) => strIsLower(text as string);
quickEntry('split').quick0 = (text) => new PyList(strSplit(text as string, null, -1));
quickEntry('split').quick1 = (text, sep) =>
  typeof sep === 'string' && sep.length > 0
    ? new PyList(strSplit(text as string, sep, -1))
    : undefined;
quickEntry('join').quick1 = (text, iterable) => strJoin(text as string, iterable);
quickEntry('replace').quick2 = (text, old, replacement) =>
  typeof old === 'string' && typeof replacement === 'string'
    ? strReplace(text as string, old, replacement, -1)
    : undefined;
quickEntry('find').quick1 = (text, sub) =>
  typeof sub === 'string' ? strFind(text as string, sub, null, null) : undefined;
quickEntry('rfind').quick1 = (text, sub) =>
  typeof sub === 'string' ? strRfind(text as string, sub, null, null) : undefined;
quickEntry('index').quick1 = (text, sub) =>
  typeof sub === 'string' ? strIndex(text as string, sub, null, null) : undefined;
quickEntry('count').quick1 = (text, sub) =>
  typeof sub === 'string' ? strCount(text as string, sub, null, null) : undefined;
quickEntry('startswith').quick1 = (text, affix) =>
  typeof affix === 'string' ? strStartsWith(text as string, affix, null, null) : undefined;
quickEntry('endswith').quick1 = (text, affix) =>
  typeof affix === 'string' ? strEndsWith(text as string, affix, null, null) : undefined;
