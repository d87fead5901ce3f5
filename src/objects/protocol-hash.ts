// The hash protocol: `hash(x)` with CPython's values for numbers and tuples, `__hash__` dispatch for
// everything else, and the cheaper internal hash dict/set buckets use (equal keys, equal hashes).

import { floatType, strType, tupleType } from './builtin-types.js';
import { typeError, typeErrorUnhashable } from './errors.js';
import type { PyFloat } from './float-type.js';
import { intValueOf, type PyInt, PyIntInstance } from './int-type.js';
import { setKeyProtocol } from './key-table.js';
import {
  hashFloat as numericHashFloat,
  hashInt as numericHashInt,
  hashTuple as numericHashTuple,
  TUPLE_HASH_SEED_HIGH,
  TUPLE_HASH_SEED_LOW,
  TUPLE_HASH_WORDS,
  tupleHashFinish,
  tupleHashRound,
} from './numeric-hash.js';
import { callUnbound } from './protocol-call.js';
import { pyEq } from './protocol-compare.js';
import { objectIdentity, type PyObject, type PyValue } from './py-object.js';
import { None } from './singletons.js';
import { PyStrInstance } from './str-type.js';
import { HASH_PARTS, hashString, hashStringParts } from './string-hash.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

/** Native `__hash__` of object (identity), set by object-methods.ts. */
export const hashSlots: { objectHash: PyValue | null } = { objectHash: null };

/** CPython's hash of an int. */
export function hashInt(value: PyInt): PyInt {
  return numericHashInt(value);
}

/**
 * Where NaN hashes start: CPython hashes a NaN float by its object's address >> 4, about 8.7e12 on
 * x86-64 Linux, so a NaN's hash here is that large too (arithmetic on hash(nan) then behaves alike).
 */
const NAN_HASH_BASE = 0x7f000000000;

/**
 * CPython's hash of a float; NaN hashes by the identity of its float object, as a large
 * address-like number distinct per object (the identity is looked up for NaN only).
 */
export function hashFloat(value: number, owner: PyObject | null): PyInt {
  if (Number.isNaN(value)) return owner === null ? 0 : NAN_HASH_BASE + objectIdentity(owner) * 4;
  return numericHashFloat(value);
}

/** hash(str) as CPython with PYTHONHASHSEED=0 (CPython randomises it per run by default). */
export function hashStr(text: string): PyInt {
  return hashString(text);
}

/** CPython 3.11's tuple hash from the hashes of the items. */
export function hashTuple(items: readonly PyValue[]): PyInt {
  return numericHashTuple(items.map(pyHash));
}

/** `hash(value)`: CPython's value for numbers, str (per-process), tuples; `__hash__` otherwise. */
export function pyHash(value: PyValue): PyInt {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return hashInt(value);
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return hashStr(value);
    default:
      return hashObject(value);
  }
}

function hashObject(value: PyObject): PyInt {
  const type = value.cls;
  if (type === floatType) return hashFloat((value as PyFloat).value, value);
  if (type === tupleType) return hashTuple((value as PyTuple).items);
  // None's identity is derived from its registry name: the same in every run and while compiling.
  if (value === None) return objectIdentity(value);
  const hash = type.lookup('__hash__');
  if (hash === undefined || hash === None) throw typeErrorUnhashable(value);
  if (hash === hashSlots.objectHash) return objectIdentity(value);
  const result = callUnbound(hash, value, []);
  const asInt = intValueOf(result);
  if (asInt === undefined) throw typeError('__hash__ method should return an integer');
  // CPython keeps a result that fits a Py_hash_t (64-bit) and hashes a bigger int again.
  if (typeof asInt === 'bigint') {
    if (asInt === -1n) return -2;
    return asInt === BigInt.asIntN(64, asInt) ? asInt : hashInt(asInt);
  }
  return asInt === -1 ? -2 : asInt;
}

/**
 * Computes `hash(value)` into HASH_PARTS as [high, low] int32 words, what set tables index with,
 * without building a bigint for 64-bit str hashes; same value as pyHash. Read the words before the
 * next hash is computed (a user `__hash__` or `__eq__` may compute others).
 */
export function hashIntoParts(value: PyValue): Int32Array {
  switch (typeof value) {
    case 'number':
      if ((value | 0) === value) {
        HASH_PARTS[0] = value < 0 ? -1 : 0;
        HASH_PARTS[1] = value === -1 ? -2 : value;
        return HASH_PARTS;
      }
      return splitHash(value);
    case 'boolean':
      HASH_PARTS[0] = 0;
      HASH_PARTS[1] = value ? 1 : 0;
      return HASH_PARTS;
    case 'string':
      return hashStringParts(value);
    case 'bigint':
      return splitHash(hashInt(value));
    default:
      if (value.cls === tupleType) return hashTupleIntoParts((value as PyTuple).items);
      return splitHash(pyHash(value));
  }
}

/** hash(tuple) into HASH_PARTS from its items' hash words (no PyHash or bigint per item). */
function hashTupleIntoParts(items: readonly PyValue[]): Int32Array {
  let accHigh = TUPLE_HASH_SEED_HIGH;
  let accLow = TUPLE_HASH_SEED_LOW;
  for (let index = 0; index < items.length; index++) {
    // An item's hash may be a nested tuple's: take its words before the next round overwrites them.
    const parts = hashIntoParts(items[index]!);
    tupleHashRound(accHigh, accLow, parts[0]!, parts[1]!);
    accHigh = TUPLE_HASH_WORDS[0]!;
    accLow = TUPLE_HASH_WORDS[1]!;
  }
  tupleHashFinish(accHigh, accLow, items.length);
  HASH_PARTS[0] = TUPLE_HASH_WORDS[0]!;
  HASH_PARTS[1] = TUPLE_HASH_WORDS[1]!;
  return HASH_PARTS;
}

/** Stores a hash (a signed 64-bit Python int) into HASH_PARTS as two int32 words. */
function splitHash(hash: PyInt): Int32Array {
  if (typeof hash === 'number') {
    HASH_PARTS[0] = Math.floor(hash / 4294967296);
    HASH_PARTS[1] = hash;
  } else {
    HASH_PARTS[0] = Number(BigInt.asIntN(32, hash >> 32n));
    HASH_PARTS[1] = Number(BigInt.asIntN(32, hash));
  }
  return HASH_PARTS;
}

/**
 * The hash dict and set buckets use: equal keys get equal hashes (as `hash()` guarantees), but it
 * is cheaper (32-bit mixing for tuples). Not Python-visible.
 */
export function bucketHash(value: PyValue): number {
  switch (typeof value) {
    case 'number':
      return value === -1 ? -2 : value;
    case 'bigint': {
      // hashInt gives a number when the hash is a safe integer (hash(2**64 - 1) == 7).
      const hash = hashInt(value);
      return typeof hash === 'number' ? hash : Number(BigInt.asIntN(52, hash));
    }
    case 'boolean':
      return value ? 1 : 0;
    case 'string':
      return fnvHash(value);
    default:
      break;
  }
  const type = value.cls;
  if (
    value instanceof PyTuple &&
    (type === tupleType || type.lookup('__hash__') === tupleType.attrs.get('__hash__'))
  ) {
    let acc = 0x345678;
    const items = value.items;
    for (let index = 0; index < items.length; index++) {
      acc = Math.imul(acc ^ bucketHash(items[index]!), 1000003) + index;
      acc |= 0;
    }
    return acc ^ items.length;
  }
  if (type === floatType) {
    const float = (value as PyFloat).value;
    if (Number.isInteger(float)) {
      return Number.isSafeInteger(float) ? (float === -1 ? -2 : float) : bucketHash(BigInt(float));
    }
    return Number(BigInt.asIntN(52, BigInt(hashFloat(float, value))));
  }
  if (type === strType || value instanceof PyStrInstance) {
    if (type.lookup('__hash__') === strType.attrs.get('__hash__')) {
      return fnvHash((value as PyStrInstance).value);
    }
  }
  if (
    value instanceof PyIntInstance &&
    type.lookup('__hash__') === typeOf(0).attrs.get('__hash__')
  ) {
    return bucketHash(value.value);
  }
  const hash = pyHash(value);
  return typeof hash === 'number' ? hash : Number(BigInt.asIntN(52, hash));
}

/** A cheap string hash for buckets (not Python-visible). */
function fnvHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Python's `==` for two dict or set keys (identity already checked by the caller): exact tuples
 * whose items differ in a pair of ints/strs/bools are unequal without the comparison protocol (so
 * without its recursion accounting); everything else is `pyEq`.
 */
export function keysEqual(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyTuple && b instanceof PyTuple && a.cls === tupleType && b.cls === tupleType) {
    const left = a.items;
    const right = b.items;
    if (left.length !== right.length) return false;
    for (let index = 0; index < left.length; index++) {
      const x = left[index]!;
      const y = right[index]!;
      if (x === y) continue;
      const kind = typeof x;
      if (kind !== 'object' && kind === typeof y) return false;
      return pyEq(a, b);
    }
    return true;
  }
  return pyEq(a, b);
}

setKeyProtocol({ hash: (key) => bucketHash(key), equals: keysEqual });

/** `unhashable type` check without computing the hash (for error messages in set/dict paths). */
export function checkHashable(value: PyValue): void {
  if (typeof value !== 'object') return;
  const hash = value.cls.lookup('__hash__');
  if (hash === undefined || hash === None) throw typeErrorUnhashable(value);
}

/** The name quoted by `unhashable type` errors. */
export function unhashableName(value: PyValue): string {
  return typeName(value);
}

/** CPython's hash of bytes (SipHash-1-3 with PYTHONHASHSEED=0). */
export function hashBytesValue(data: Uint8Array): PyInt {
  // CPython hashes a Latin-1 str over the same bytes, so hash(b'abc') == hash('abc'); hashing the
  // bytes as such a str gives CPython's value (string-hash.ts's direct bytes path differs).
  let text = '';
  for (let start = 0; start < data.length; start += 4096) {
    text += String.fromCharCode(...data.subarray(start, start + 4096));
  }
  return hashString(text);
}
