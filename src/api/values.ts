// Conversion of values between the JS host and Python: None/bool/int/float/str/bytes/list/tuple/dict/set
// both ways, other Python objects as opaque `PyHandle`s. Iterative (no JS recursion), cycle-safe. Calling
// host functions and pausing at them is in host-functions.ts.

import { PyByteArray, PyBytes } from '../objects/bytes.js';
import { PyDict } from '../objects/dict.js';
import { typeError } from '../objects/errors.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { normalizeBigInt, PyIntInstance } from '../objects/int-type.js';
import { PyList } from '../objects/list.js';
import type { PyObject, PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { PyAnySet, PySet } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { PyStrInstance } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { PyexError } from './pyex-error.js';

/** How Python values become JS values. */
export interface ToJsOptions {
  /**
   * What a Python `dict` becomes: `'map'` (default) a `Map` with converted keys; `'object'` a
   * null-prototype plain object (every key must then be a `str`, else TypeError).
   */
  readonly dicts?: 'map' | 'object';
  /**
   * The owner recorded in handles made by this conversion (usually the run's interpreter), so a
   * handle given back to another run is refused. Absent: handles carry no owner.
   */
  readonly owner?: object;
}

/** How JS values become Python values. */
export interface ToPyOptions {
  /** Only handles with this owner (or none) are accepted back (see `ToJsOptions.owner`). */
  readonly owner?: object;
}

interface HandleTarget {
  readonly value: PyValue;
  readonly owner: object | undefined;
}

/** The Python value behind each handle: never reachable from a handle's own properties. */
const handleTargets = new WeakMap<PyHandle, HandleTarget>();

/**
 * A Python object that has no JS equivalent (an instance, a function, a module…), as the host sees
 * it: an opaque, frozen token. The host can only read the Python type name and give the handle back
 * to Python (as an argument, a host function's result, an input), where it is the same object again.
 */
export class PyHandle {
  /** The Python type name of the object (`'Point'`, `'function'`). */
  readonly typeName: string;

  private constructor(typeName: string) {
    this.typeName = typeName;
    Object.freeze(this);
  }

  /** Makes the handle of `value` (internal: handles are made by `toJs`). */
  static wrap(value: PyObject, owner: object | undefined): PyHandle {
    const handle = new PyHandle(value.cls.name);
    handleTargets.set(handle, { value, owner });
    return handle;
  }

  /** `<PyHandle Point>`, for logs. */
  toString(): string {
    return `<PyHandle ${this.typeName}>`;
  }
}
Object.freeze(PyHandle.prototype);
Object.freeze(PyHandle);

/** The Python value of a handle, or undefined when `handle` is not a live PyHandle of `owner`. */
export function handleValue(handle: PyHandle, owner?: object): PyValue | undefined {
  const target = handleTargets.get(handle);
  if (target === undefined) return undefined;
  if (owner !== undefined && target.owner !== undefined && target.owner !== owner) return undefined;
  return target.value;
}

type JsContainer = unknown[] | Map<unknown, unknown> | Set<unknown> | Record<string, unknown>;

/**
 * Converts a Python value for the host: None → null, bool → boolean, int → number (bigint beyond
 * ±2**53-1), float → number, str → string, bytes/bytearray → Uint8Array (a copy), list/tuple →
 * Array, dict → Map (or a null-prototype object), set/frozenset → Set; anything else → PyHandle.
 * Subclass instances convert as their built-in base. Shared references and cycles are preserved.
 * Never runs Python code.
 * @throws PythonError (TypeError) for a non-str dict key under `dicts: 'object'`.
 */
export function toJs(value: PyValue, options: ToJsOptions = {}): unknown {
  const scalar = scalarToJs(value);
  if (scalar !== NOT_SCALAR) return scalar;
  const asObjects = options.dicts === 'object';
  const owner = options.owner;
  const made = new Map<PyObject, unknown>();
  const pending: PyObject[] = [];
  const convert = (item: PyValue): unknown => {
    const simple = scalarToJs(item);
    if (simple !== NOT_SCALAR) return simple;
    const obj = item as PyObject;
    const existing = made.get(obj);
    if (existing !== undefined) return existing;
    let result: unknown;
    if (obj instanceof PyList || obj instanceof PyTuple) result = [];
    else if (obj instanceof PyDict) result = asObjects ? Object.create(null) : new Map();
    else if (obj instanceof PyAnySet) result = new Set();
    else return PyHandle.wrap(obj, owner);
    made.set(obj, result);
    pending.push(obj);
    return result;
  };
  const root = convert(value);
  while (pending.length > 0) {
    const obj = pending.pop() as PyObject;
    const target = made.get(obj) as JsContainer;
    if (obj instanceof PyList || obj instanceof PyTuple) {
      const items = obj.items;
      const array = target as unknown[];
      for (let index = 0; index < items.length; index++) array.push(convert(items[index]!));
    } else if (obj instanceof PyDict) {
      for (const [key, item] of obj.entries()) {
        if (asObjects) {
          const name =
            typeof key === 'string' ? key : key instanceof PyStrInstance ? key.value : null;
          if (name === null) {
            throw typeError(
              `cannot convert a dict with a key of type '${pyTypeName(key)}' to a JS object (only str keys)`,
            );
          }
          (target as Record<string, unknown>)[name] = convert(item);
        } else {
          (target as Map<unknown, unknown>).set(convert(key), convert(item));
        }
      }
    } else if (obj instanceof PyAnySet) {
      for (const key of obj.liveKeys()) (target as Set<unknown>).add(convert(key));
    }
  }
  return root;
}

const NOT_SCALAR: unique symbol = Symbol('not a scalar');

function scalarToJs(value: PyValue): unknown {
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'boolean':
    case 'string':
      return value;
    default:
      if (value === None) return null;
      if (value instanceof PyFloat) return value.value;
      if (value instanceof PyIntInstance) return value.value;
      if (value instanceof PyStrInstance) return value.value;
      if (value instanceof PyBytes) return value.data.slice();
      if (value instanceof PyByteArray) return value.bytes().slice();
      return NOT_SCALAR;
  }
}

function pyTypeName(value: PyValue): string {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
    default:
      return value.cls.name;
  }
}

/**
 * Converts a host value for Python: null/undefined → None, boolean → bool, an integer-valued number
 * → int (also beyond 2**53, exactly), any other number → float, bigint → int, string → str,
 * Uint8Array → bytes (a copy), Array → list, Map → dict, Set → set, a plain object (prototype
 * Object.prototype or null) → dict with str keys (own enumerable string keys), PyHandle → its
 * Python object. Shared references and cycles are preserved. No JS object ever reaches Python.
 * @throws PythonError (TypeError) for functions, symbols, class instances other than those listed,
 * a foreign handle, or an unhashable key (a JS Array or Set as a Map key or Set member).
 */
export function toPy(value: unknown, options: ToPyOptions = {}): PyValue {
  const scalar = scalarToPy(value, options.owner);
  if (scalar !== undefined) return scalar;
  const made = new Map<object, PyValue>();
  const pending: object[] = [];
  const convert = (item: unknown): PyValue => {
    const simple = scalarToPy(item, options.owner);
    if (simple !== undefined) return simple;
    const obj = item as object;
    const existing = made.get(obj);
    if (existing !== undefined) return existing;
    let result: PyValue;
    if (Array.isArray(obj)) result = new PyList();
    else if (obj instanceof Map || isPlainObject(obj)) result = new PyDict();
    else if (obj instanceof Set) result = new PySet();
    else throw unconvertible(obj);
    made.set(obj, result);
    pending.push(obj);
    return result;
  };
  const root = convert(value);
  while (pending.length > 0) {
    const obj = pending.pop() as object;
    const target = made.get(obj) as PyObject;
    if (Array.isArray(obj)) {
      const items = (target as PyList).items;
      for (let index = 0; index < obj.length; index++) items.push(convert(obj[index]));
    } else if (obj instanceof Map) {
      for (const [key, item] of obj) (target as PyDict).set(convert(key), convert(item));
    } else if (obj instanceof Set) {
      for (const key of obj) (target as PySet).add(convert(key));
    } else {
      const record = obj as Record<string, unknown>;
      for (const key of Object.keys(record)) (target as PyDict).setStr(key, convert(record[key]));
    }
  }
  return root;
}

/** A scalar's Python value, or undefined for containers and unconvertible values. */
function scalarToPy(value: unknown, owner: object | undefined): PyValue | undefined {
  switch (typeof value) {
    case 'number':
      if (Number.isInteger(value)) {
        if (Number.isSafeInteger(value)) return value === 0 ? 0 : value;
        return normalizeBigInt(BigInt(value));
      }
      return newFloat(value);
    case 'bigint':
      return normalizeBigInt(value);
    case 'boolean':
    case 'string':
      return value;
    case 'undefined':
      return None;
    case 'function':
      throw typeError('cannot convert a JS function to a Python value');
    case 'symbol':
      throw typeError('cannot convert a JS symbol to a Python value');
    default: {
      if (value === null) return None;
      if (value instanceof Uint8Array) return new PyBytes(value.slice());
      if (value instanceof PyHandle) {
        const target = handleValue(value, owner);
        if (target === undefined) throw typeError('a PyHandle of another run cannot be used here');
        return target;
      }
      return undefined;
    }
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function unconvertible(value: object): PythonError {
  const ctor = (value as { constructor?: unknown }).constructor;
  const name =
    typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== ''
      ? ctor.name
      : 'object';
  return typeError(`cannot convert a JS ${name} object to a Python value`);
}

/**
 * Runs a conversion for a host caller: a PythonError (TypeError) it throws becomes a PyexError of
 * kind `'python'` (the traceback text is the one line `TypeError: message`).
 */
export function convertForHost<T>(convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    if (error instanceof PythonError) {
      const line = `${error.typeName}: ${error.message}`;
      throw new PyexError('python', error.typeName, line, `${line}\n`);
    }
    throw error;
  }
}
