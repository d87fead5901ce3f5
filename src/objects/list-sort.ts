// list.sort()/sorted() on an array of values with optional precomputed keys: CPython's pre-sort
// check picks one comparison for the whole sort, then a native numeric sort (int keys) or the timsort
// of list-sort-merge.ts. Key calls and "list modified during sort" are the callers' (list-methods.ts).

import { floatType, intType, strType, tupleType } from './builtin-types.js';
import { isAstralFree } from './code-points.js';
import { overflowError } from './errors.js';
import { PyFunction } from './function.js';
import { sortByColumns } from './list-sort-columns.js';
import { reverseSlice, SortKind, TimSort } from './list-sort-merge.js';
import { PyMethodDescriptor, PyNativeFunction } from './native-function.js';
import { callObject } from './protocol-call.js';
import { compareCodePoints } from './protocol-compare.js';
import { indexValue } from './protocol-number.js';
import type { PyValue } from './py-object.js';
import { rt } from './runtime.js';
import { None } from './singletons.js';
import { strLength } from './str-type.js';
import type { PyTuple } from './tuple.js';

/**
 * The `reverse=` argument of list.sort/sorted as CPython converts it: an int through `__index__`
 * that fits a C int (OverflowError otherwise), true when non-zero; absent is false.
 */
export function sortReverseFlag(value: PyValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  const int = indexValue(value);
  if (typeof int === 'bigint' || int > 0x7fffffff || int < -0x80000000) {
    throw overflowError('Python int too large to convert to C int');
  }
  return int !== 0;
}

/** The registry name of the built-in `len` (builtins/iteration.ts), which key=len is matched by. */
const LEN_REGISTRY_NAME = 'builtins.len';

/** `key(value)` for every value, in order (CPython calls the key once per item, before sorting). */
export function computeSortKeys(key: PyValue, values: readonly PyValue[]): PyValue[] {
  const count = values.length;
  const keys: PyValue[] = new Array(count);
  const runtime = rt();
  runtime.chargeBudget(count);
  if (key instanceof PyFunction) {
    // The frame copies its arguments, so one argument array serves every call.
    const args: PyValue[] = [None];
    for (let index = 0; index < count; index++) {
      args[0] = values[index]!;
      keys[index] = runtime.callFunction(key, args, null);
    }
  } else if (key instanceof PyNativeFunction) {
    // A built-in function (len, abs, a bound method such as d.get): what callObject would do,
    // without its type tests per item.
    const fn = key.fn;
    const boundSelf = key.boundSelf;
    if (boundSelf === undefined && key.registryName === LEN_REGISTRY_NAME) {
      // key=len: a str's length is computed here (what len does with it); anything else is
      // passed to len itself.
      for (let index = 0; index < count; index++) {
        const value = values[index]!;
        keys[index] = typeof value === 'string' ? strLength(value) : fn([value], null);
      }
    } else if (boundSelf === undefined) {
      for (let index = 0; index < count; index++) keys[index] = fn([values[index]!], null);
    } else {
      for (let index = 0; index < count; index++) {
        keys[index] = fn([boundSelf, values[index]!], null);
      }
    }
  } else if (key instanceof PyMethodDescriptor) {
    methodDescriptorKeys(key, values, keys);
  } else {
    for (let index = 0; index < count; index++) keys[index] = callObject(key, [values[index]!]);
  }
  return keys;
}

/**
 * Keys from an unbound method of a built-in type (key=str.lower): an item of exactly the owner
 * type is passed straight to the native (the descriptor's self check cannot fail); any other item
 * goes through callObject, which checks it and words the TypeError as CPython does.
 */
function methodDescriptorKeys(
  key: PyMethodDescriptor,
  values: readonly PyValue[],
  keys: PyValue[],
): void {
  const fn = key.fn;
  const quick = key.quick0;
  const owner = key.ownerType;
  const count = values.length;
  for (let index = 0; index < count; index++) {
    const value = values[index]!;
    const exact =
      typeof value === 'object'
        ? value.cls === owner
        : typeof value === 'string'
          ? owner === strType
          : typeof value === 'number' && owner === intType;
    if (!exact) {
      keys[index] = callObject(key, [value]);
      continue;
    }
    // The method's direct entry (the VM's quick0) when it has one and takes the item.
    const direct = quick === null ? undefined : quick(value);
    keys[index] = direct !== undefined ? direct : fn([value], null);
  }
}

/**
 * The comparison every key allows (CPython's pre-sort check): one kind when all keys are ints
 * (JS numbers), exact floats, strs or exact tuples, else Generic. All-str keys give StrUnits
 * without looking for surrogates: strKind() refines it where the comparison is chosen (the column
 * sort, which most str sorts take, makes that check itself).
 */
export function classifyKeys(keys: readonly PyValue[]): SortKind {
  const count = keys.length;
  const first = keys[0]!;
  switch (typeof first) {
    case 'number':
      for (let index = 1; index < count; index++) {
        if (typeof keys[index] !== 'number') return SortKind.Generic;
      }
      return SortKind.Int;
    case 'string':
      for (let index = 1; index < count; index++) {
        if (typeof keys[index] !== 'string') return SortKind.Generic;
      }
      return SortKind.StrUnits;
    case 'object': {
      const cls = first.cls;
      if (cls !== floatType && cls !== tupleType && !cls.isHeapType) return SortKind.Generic;
      for (let index = 1; index < count; index++) {
        const key = keys[index]!;
        if (typeof key !== 'object' || key.cls !== cls) return SortKind.Generic;
      }
      return cls === floatType
        ? SortKind.Float
        : cls === tupleType
          ? SortKind.Tuple
          : SortKind.SameClass;
    }
    default:
      return SortKind.Generic;
  }
}

/**
 * How str keys compare: UTF-16 order is code point order unless a surrogate (an astral character)
 * is involved, so StrUnits when none has one, else StrCodePoints.
 */
function strKind(keys: readonly string[]): SortKind {
  for (let index = 0; index < keys.length; index++) {
    if (!isAstralFree(keys[index]!)) return SortKind.StrCodePoints;
  }
  return SortKind.StrUnits;
}

/**
 * Sorts `values` in place, stably, by `keys` (the values themselves when null) with `<` only, as
 * list.sort does: reverse=True reverses the items, sorts, and reverses the result (so equal items
 * keep their order, and comparisons happen in CPython's order). When a comparison raises, `values`
 * is left a permutation of the input (reversed back if `reverse`).
 */
export function sortValues(values: PyValue[], keys: PyValue[] | null, reverse: boolean): void {
  const count = values.length;
  if (count < 2) return;
  const sortKeys = keys ?? values;
  if (keys === null) {
    const first = values[0];
    if (typeof first === 'number' || typeof first === 'string') {
      const kind = classifyKeys(values);
      if (kind === SortKind.Int) {
        sortIntsWithoutKeys(values as number[], reverse);
        return;
      }
      if (kind === SortKind.StrUnits) {
        sortStringsWithoutKeys(values as string[], strKind(values as string[]), reverse);
        return;
      }
    }
  }
  // Total orders without observable comparisons (also mixed ints, bools and floats, which the
  // pre-check calls Generic): any stable sort gives CPython's result. It checks the keys itself
  // (instances of Python classes fail its first check), so the pre-check runs only when it fails.
  if (sortByColumns(values, keys, reverse)) return;
  let kind = classifyKeys(sortKeys);
  if (kind === SortKind.StrUnits) kind = strKind(sortKeys as string[]);
  if (reverse) {
    reverseSlice(values, 0, count);
    if (keys !== null) reverseSlice(keys, 0, count);
  }
  try {
    const firstSameClass = kind === SortKind.Tuple && firstItemsShareClass(sortKeys);
    new TimSort(sortKeys, keys === null ? null : values, kind, firstSameClass).sort();
  } finally {
    if (reverse) reverseSlice(values, 0, count);
  }
}

/** Whether all tuple keys are non-empty and their first items are instances of one Python class. */
function firstItemsShareClass(keys: readonly PyValue[]): boolean {
  const first = (keys[0] as PyTuple).items[0];
  if (typeof first !== 'object' || !first.cls.isHeapType) return false;
  const cls = first.cls;
  for (let index = 1; index < keys.length; index++) {
    const item = (keys[index] as PyTuple).items[0];
    if (typeof item !== 'object' || item.cls !== cls) return false;
  }
  return true;
}

/** Equal strs are indistinguishable, so stability does not matter: a native sort. */
function sortStringsWithoutKeys(values: string[], kind: SortKind, reverse: boolean): void {
  rt().chargeBudget(values.length);
  // The default sort compares UTF-16 units natively: code point order unless surrogates occur.
  if (kind === SortKind.StrUnits) values.sort();
  else values.sort(compareCodePoints);
  if (reverse) values.reverse();
}

/** Equal ints are indistinguishable, so stability does not matter: a native numeric sort. */
function sortIntsWithoutKeys(values: number[], reverse: boolean): void {
  const count = values.length;
  rt().chargeBudget(count);
  // Already in order (either way), as sorted data often is: at most a reversal.
  let ascending = true;
  let descending = true;
  for (let index = 1; index < count && (ascending || descending); index++) {
    const previous = values[index - 1]!;
    const value = values[index]!;
    if (value < previous) ascending = false;
    else if (value > previous) descending = false;
  }
  if (ascending || descending) {
    if (ascending === reverse && values[0] !== values[count - 1]) values.reverse();
    return;
  }
  const sorted = new Float64Array(count);
  for (let index = 0; index < count; index++) sorted[index] = values[index]!;
  sorted.sort();
  if (reverse) {
    for (let index = 0; index < count; index++) values[index] = sorted[count - 1 - index]!;
  } else {
    for (let index = 0; index < count; index++) values[index] = sorted[index]!;
  }
}
