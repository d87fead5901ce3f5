// Value positions of a restored object graph: every field the VM reads a Python value (or a list, a
// dict, a code object…) from must hold one, so hostile bytes cannot hand the VM `undefined`, a JS
// array or an internal record where it expects a PyValue. A table of field rules per class; checks of
// structure (hash tables, frames, bytecode) are snapshot-validate.ts's.

import { PyCell } from '../../objects/cell.js';
import { PyClassMethod } from '../../objects/classmethod.js';
import { PyCode } from '../../objects/code.js';
import { PyDict } from '../../objects/dict.js';
import { DictIterator, PyDictView } from '../../objects/dict-methods.js';
import { PyBaseException, PyExceptionGroup } from '../../objects/exceptions.js';
import { PyFloat } from '../../objects/float-type.js';
import { PyFunction } from '../../objects/function.js';
import { PyGenerator } from '../../objects/generator.js';
import {
  CallableIterator,
  ListIterator,
  ListReverseIterator,
  RangeIterator,
  SeqIterator,
  StrIterator,
  TupleIterator,
} from '../../objects/iterators.js';
import { PyList } from '../../objects/list.js';
import { PyMethod } from '../../objects/method.js';
import { PyModule } from '../../objects/module.js';
import { PyProperty } from '../../objects/property.js';
import { PyObject } from '../../objects/py-object.js';
import { PyType } from '../../objects/py-type.js';
import { PyRange } from '../../objects/range.js';
import { PyAnySet } from '../../objects/set.js';
import { SetIterator } from '../../objects/set-methods.js';
import { PySlice } from '../../objects/slice.js';
import { PyStaticMethod } from '../../objects/staticmethod.js';
import { PySuper } from '../../objects/super.js';
import { PyTraceback } from '../../objects/traceback.js';
import { PyTuple } from '../../objects/tuple.js';
import { Frame } from '../frame.js';
import { PyFrameObject } from '../frame-object.js';

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whether `value` is a Python value as the VM represents it: an int (a safe-integer number other
 * than -0, or a bigint beyond the safe range), a bool, a str, or a PyObject (whose type
 * snapshot-validate.ts checks).
 */
export function isPyValue(value: unknown): boolean {
  switch (typeof value) {
    case 'number':
      return Number.isSafeInteger(value) && !Object.is(value, -0);
    case 'bigint':
      return value < MIN_SAFE || value > MAX_SAFE;
    case 'boolean':
    case 'string':
      return true;
    case 'object':
      return value instanceof PyObject;
    default:
      return false;
  }
}

/** Whether every item of `items` is a Python value (`undefined` too when `unbound` allows it). */
export function allPyValues(items: readonly unknown[], unbound = false): boolean {
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    // Small ints and objects first, inline: lists of them are what restores spend time on.
    if (typeof item === 'number') {
      if ((item | 0) === item ? item !== 0 || 1 / item > 0 : isPyValue(item)) continue;
      return false;
    }
    if (item instanceof PyObject) continue;
    if (item === undefined ? !unbound : !isPyValue(item)) return false;
  }
  return true;
}

/** What a field must hold. */
const RULES = {
  value: isPyValue,
  valueOrUnbound: (value: unknown) => value === undefined || isPyValue(value),
  valueOrNull: (value: unknown) => value === null || isPyValue(value),
  int: (value: unknown) =>
    (typeof value === 'number' || typeof value === 'bigint') && isPyValue(value),
  integer: (value: unknown) => Number.isSafeInteger(value),
  number: (value: unknown) => typeof value === 'number',
  string: (value: unknown) => typeof value === 'string',
  stringOrNull: (value: unknown) => value === null || typeof value === 'string',
  boolean: (value: unknown) => typeof value === 'boolean',
  values: (value: unknown) => Array.isArray(value) && allPyValues(value),
  valuesOrNull: (value: unknown) => value === null || (Array.isArray(value) && allPyValues(value)),
  tuple: (value: unknown) => value instanceof PyTuple,
  listOrNull: (value: unknown) => value === null || value instanceof PyList,
  dict: (value: unknown) => value instanceof PyDict,
  dictOrNull: (value: unknown) => value === null || value instanceof PyDict,
  setOrNull: (value: unknown) => value === null || value instanceof PyAnySet,
  typeOrNull: (value: unknown) => value === null || value instanceof PyType,
  code: (value: unknown) => value instanceof PyCode,
  frame: (value: unknown) => value instanceof Frame,
  frameOrNull: (value: unknown) => value === null || value instanceof Frame,
  tracebackOrNull: (value: unknown) => value === null || value instanceof PyTraceback,
  exceptionOrNull: (value: unknown) => value === null || value instanceof PyBaseException,
  cellsOrNull: (value: unknown) =>
    value === null || (Array.isArray(value) && value.every((cell) => cell instanceof PyCell)),
  membersOrNull: (value: unknown) => {
    if (value === null) return true;
    if (!(value instanceof Map)) return false;
    for (const [key, item] of value) if (typeof key !== 'string' || !isPyValue(item)) return false;
    return true;
  },
} as const;

/** A rule name of RULES. */
type RuleName = keyof typeof RULES;

// biome-ignore lint/suspicious/noExplicitAny: constructors of any parameter list are accepted.
type AnyClass = abstract new (...args: any[]) => object;

/** The fields each class (and its subclasses) must hold, checked in this order. */
const FIELD_RULES: readonly (readonly [AnyClass, string, Readonly<Record<string, RuleName>>])[] = [
  [PyCell, 'cell', { value: 'valueOrUnbound' }],
  [PyMethod, 'method', { func: 'value', self: 'value' }],
  [
    PyFunction,
    'function',
    {
      code: 'code',
      globals: 'dict',
      name: 'string',
      qualname: 'string',
      defaults: 'valuesOrNull',
      kwdefaults: 'dictOrNull',
      closure: 'cellsOrNull',
      doc: 'value',
      annotations: 'dictOrNull',
      module: 'value',
    },
  ],
  [
    PyBaseException,
    'exception',
    {
      args: 'tuple',
      traceback: 'tracebackOrNull',
      cause: 'exceptionOrNull',
      context: 'exceptionOrNull',
      suppressContext: 'boolean',
      members: 'membersOrNull',
    },
  ],
  [PyExceptionGroup, 'exception group', { message: 'string', exceptions: 'tuple' }],
  [
    PyGenerator,
    'generator',
    {
      frame: 'frameOrNull',
      name: 'string',
      qualname: 'string',
      running: 'boolean',
      started: 'boolean',
      yieldFrom: 'valueOrNull',
    },
  ],
  [ListIterator, 'list iterator', { list: 'listOrNull', index: 'integer' }],
  [ListReverseIterator, 'list iterator', { list: 'listOrNull', index: 'integer' }],
  [TupleIterator, 'tuple iterator', { items: 'valuesOrNull', index: 'integer' }],
  [StrIterator, 'str iterator', { text: 'string', offset: 'integer' }],
  [RangeIterator, 'range iterator', { current: 'int', step: 'int', remaining: 'int' }],
  [SeqIterator, 'iterator', { seq: 'valueOrNull', index: 'integer' }],
  [CallableIterator, 'callable iterator', { callable: 'valueOrNull', sentinel: 'value' }],
  [
    DictIterator,
    'dict iterator',
    { source: 'dictOrNull', reverse: 'boolean', position: 'integer', expectedSize: 'integer' },
  ],
  [PyDictView, 'dict view', { mapping: 'dict' }],
  [SetIterator, 'set iterator', { set: 'setOrNull', position: 'integer', expectedSize: 'integer' }],
  [
    PyProperty,
    'property',
    { fget: 'value', fset: 'value', fdel: 'value', doc: 'value', name: 'stringOrNull' },
  ],
  [PyClassMethod, 'classmethod', { func: 'value' }],
  [PyStaticMethod, 'staticmethod', { func: 'value' }],
  [PySlice, 'slice', { start: 'value', stop: 'value', step: 'value' }],
  [PyRange, 'range', { start: 'int', stop: 'int', step: 'int', length: 'int' }],
  [PySuper, 'super', { thisType: 'typeOrNull', obj: 'valueOrNull', objType: 'typeOrNull' }],
  [PyFloat, 'float', { value: 'number' }],
  [PyModule, 'module', { dict: 'dict', initializing: 'boolean' }],
  [
    PyTraceback,
    'traceback',
    {
      frame: 'frame',
      code: 'code',
      instruction: 'integer',
      lineno: 'integer',
      next: 'tracebackOrNull',
    },
  ],
  [PyFrameObject, 'frame object', { frame: 'frame' }],
];

/** One field check: what the message calls it, the field's name, and its rule's test. */
type FieldCheck = readonly [label: string, field: string, test: (value: unknown) => boolean];

const checksByPrototype = new Map<object, readonly FieldCheck[]>();

function checksOf(prototype: object): readonly FieldCheck[] {
  let checks = checksByPrototype.get(prototype);
  if (checks === undefined) {
    const found: FieldCheck[] = [];
    for (const [ctor, label, fields] of FIELD_RULES) {
      if (
        ctor.prototype !== prototype &&
        !Object.prototype.isPrototypeOf.call(ctor.prototype, prototype)
      )
        continue;
      for (const [field, rule] of Object.entries(fields)) found.push([label, field, RULES[rule]]);
    }
    checks = found;
    checksByPrototype.set(prototype, checks);
  }
  return checks;
}

/**
 * The first field of `obj` that does not hold what its class's rule says (as `class field`), or
 * null when all do. Objects of classes without rules pass.
 */
export function badValueField(obj: object): string | null {
  const prototype = Object.getPrototypeOf(obj) as object | null;
  if (prototype === null) return null;
  const checks = checksOf(prototype);
  for (let index = 0; index < checks.length; index++) {
    const [label, field, test] = checks[index]!;
    if (!test((obj as Record<string, unknown>)[field])) return `${label} ${field}`;
  }
  return null;
}
