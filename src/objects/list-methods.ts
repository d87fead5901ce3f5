// The methods of `list`: construction, item and slice access/assignment, concatenation and repetition,
// comparisons, repr, and append/extend/insert/pop/remove/index/count/sort/reverse/copy/clear.

import { bindArgs, checkArity, methodNoArgs, methodOneArg, ssizeArg } from './args.js';
import { listType } from './builtin-types.js';
import { PyClassMethod } from './classmethod.js';
import {
  indexErrorOutOfRange,
  overflowError,
  typeError,
  typeErrorIndices,
  valueError,
} from './errors.js';
import { makeGenericAlias } from './generic-alias.js';
import { initInstanceStorage } from './instance.js';
import { intValueOf } from './int-type.js';
import { ListIterator, ListReverseIterator } from './iterators.js';
import { PyList } from './list.js';
import { computeSortKeys, sortReverseFlag, sortValues } from './list-sort.js';
import { defineMethod, makeNativeFunction } from './native-function.js';
import { compareSequences, pyEq } from './protocol-compare.js';
import { iterableToArray, iterableToPresizedArray } from './protocol-iter.js';
import { indexAsNumber, indexValue } from './protocol-number.js';
import { pyRepr, withReprGuard } from './protocol-repr.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { normalizeIndex, resolveSlice, sliceIndexNotNone, sliceItems } from './sequence.js';
import { None, NotImplemented } from './singletons.js';
import { PySlice } from './slice.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

function self(args: readonly PyValue[]): PyList {
  const value = args[0];
  if (!(value instanceof PyList)) {
    throw typeError(
      `descriptor requires a 'list' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

/** `repr(list)`: `[1, 2]`, `[...]` for a list containing itself. */
export function listRepr(list: PyList): string {
  if (list.items.length === 0) return '[]';
  return withReprGuard(list, '[...]', () => {
    const parts: string[] = [];
    const runtime = rt();
    runtime.enterRecursion(' while getting the repr of an object');
    try {
      for (let index = 0; index < list.items.length; index++)
        parts.push(pyRepr(list.items[index]!));
    } finally {
      runtime.leaveRecursion();
    }
    return `[${parts.join(', ')}]`;
  });
}

/** `list[key]` for an int or a slice. */
export function listGetItem(list: PyList, key: PyValue): PyValue {
  if (typeof key === 'number') return list.items[normalizeIndex(key, list.items.length, 'list')]!;
  if (key instanceof PySlice) return new PyList(sliceItems(list.items, key));
  const int = intValueOf(key);
  if (int !== undefined || hasIndexMethod(key)) {
    return list.items[normalizeIndex(indexAsNumber(key), list.items.length, 'list')]!;
  }
  throw typeErrorIndices('list', key);
}

import { hasIndex as hasIndexMethod } from './protocol-number.js';

/** Whether a slice step is an int equal to zero (checked before the assigned value). */
function sliceStepIsZero(step: PyValue): boolean {
  const value = intValueOf(step);
  return value !== undefined && Number(value) === 0;
}

/** `list[key] = value` for an int or a slice (extended slices need equal lengths). */
export function listSetItem(list: PyList, key: PyValue, value: PyValue): void {
  if (key instanceof PySlice) {
    if (key.step !== None && sliceStepIsZero(key.step))
      throw valueError('slice step cannot be zero');
    let replacement: PyValue[];
    try {
      replacement = value === list ? list.items.slice() : iterableToArray(value);
    } catch (error) {
      if (
        typeOf(value).lookup('__iter__') === undefined &&
        typeOf(value).lookup('__getitem__') === undefined
      ) {
        // CPython words it by the step: only a plain slice goes through list_ass_slice.
        const plain = key.step === None || intValueOf(key.step) === 1;
        throw typeError(
          plain ? 'can only assign an iterable' : 'must assign iterable to extended slice',
        );
      }
      throw error;
    }
    const { start, stop, step, length } = resolveSlice(key, list.items.length);
    if (step === 1) {
      replaceRange(list.items, start, Math.max(0, stop - start), replacement);
      return;
    }
    if (replacement.length !== length) {
      throw valueError(
        `attempt to assign sequence of size ${replacement.length} to extended slice of size ${length}`,
      );
    }
    for (let index = 0, position = start; index < length; index++, position += step) {
      list.items[position] = replacement[index]!;
    }
    return;
  }
  if (typeof key !== 'number' && intValueOf(key) === undefined && !hasIndexMethod(key)) {
    throw typeErrorIndices('list', key);
  }
  const index = normalizeIndex(indexAsNumber(key), list.items.length, 'list assignment');
  list.items[index] = value;
}

/** `items.splice(start, deleteCount, ...replacement)` without spreading a huge array on the stack. */
function replaceRange(
  items: PyValue[],
  start: number,
  deleteCount: number,
  replacement: readonly PyValue[],
): void {
  if (replacement.length <= 1024) {
    items.splice(start, deleteCount, ...replacement);
    return;
  }
  const tail = items.slice(start + deleteCount);
  items.length = start;
  for (let index = 0; index < replacement.length; index++) items.push(replacement[index]!);
  for (let index = 0; index < tail.length; index++) items.push(tail[index]!);
}

/** `del list[key]`. */
export function listDelItem(list: PyList, key: PyValue): void {
  if (key instanceof PySlice) {
    const { start, stop, step, length } = resolveSlice(key, list.items.length);
    if (step === 1) {
      list.items.splice(start, Math.max(0, stop - start));
      return;
    }
    const remove = new Set<number>();
    for (let index = 0, position = start; index < length; index++, position += step)
      remove.add(position);
    list.items = list.items.filter((_, position) => !remove.has(position));
    return;
  }
  if (typeof key !== 'number' && intValueOf(key) === undefined && !hasIndexMethod(key)) {
    throw typeErrorIndices('list', key);
  }
  list.items.splice(normalizeIndex(indexAsNumber(key), list.items.length, 'list assignment'), 1);
}

/** `list * count` items (MemoryError before allocating too much). */
export function repeatItems(items: readonly PyValue[], countValue: PyValue): PyValue[] | undefined {
  const count = repeatCount(countValue);
  if (count === undefined) return undefined;
  if (count <= 0 || items.length === 0) return [];
  rt().checkAllocation(items.length * count * 8);
  if (items.length === 1) return new Array(count).fill(items[0]);
  const result: PyValue[] = new Array(items.length * count);
  for (let copy = 0, offset = 0; copy < count; copy++) {
    for (let index = 0; index < items.length; index++) result[offset++] = items[index]!;
  }
  return result;
}

/**
 * The count of a sequence repetition (`seq * n`): an int or `__index__` object, clamped below at 0;
 * OverflowError past sys.maxsize; undefined when `value` is not an integer (NotImplemented).
 */
export function repeatCount(value: PyValue): number | undefined {
  let int = intValueOf(value);
  if (int === undefined) {
    if (typeof value !== 'object' || value.cls.lookup('__index__') === undefined) return undefined;
    int = indexValue(value);
  }
  if (typeof int === 'bigint') {
    if (int > 0x7fffffffffffffffn || int < -0x8000000000000000n) {
      throw overflowError("cannot fit 'int' into an index-sized integer");
    }
    return int > 0n ? Number.MAX_SAFE_INTEGER : 0;
  }
  return Math.max(0, int);
}

const listNew = makeNativeFunction('list', '__new__', (args) => {
  const cls = args[0] as PyType;
  const list = new PyList([], cls);
  if (cls !== listType) initInstanceStorage(list, cls);
  return list;
});
listType.setAttr('__new__', listNew);

defineMethod(listType, '__init__', (args, kwnames) => {
  const list = self(args);
  if (kwnames !== null && kwnames.length > 0) throw typeError('list() takes no keyword arguments');
  if (args.length > 2) throw typeError(`list expected at most 1 argument, got ${args.length - 1}`);
  list.items = args.length > 1 ? iterableToPresizedArray(args[1]!) : [];
  return None;
});
defineMethod(listType, '__repr__', (args) => listRepr(self(args)));
defineMethod(listType, '__len__', (args) => self(args).items.length);
defineMethod(listType, '__getitem__', (args) => listGetItem(self(args), args[1]!));
defineMethod(listType, '__setitem__', (args) => {
  listSetItem(self(args), args[1]!, args[2]!);
  return None;
});
defineMethod(listType, '__delitem__', (args) => {
  listDelItem(self(args), args[1]!);
  return None;
});
defineMethod(listType, '__contains__', (args) => {
  const item = args[1]!;
  for (const candidate of self(args).items)
    if (candidate === item || pyEq(candidate, item)) return true;
  return false;
});
defineMethod(listType, '__iter__', (args) => new ListIterator(self(args)));
defineMethod(listType, '__reversed__', (args) => new ListReverseIterator(self(args)));
defineMethod(listType, '__add__', (args) => {
  const other = args[1];
  if (!(other instanceof PyList)) return NotImplemented;
  return new PyList(self(args).items.concat(other.items));
});
defineMethod(listType, '__iadd__', (args) => {
  const list = self(args);
  const other = args[1]!;
  const items = other instanceof PyList ? other.items.slice() : iterableToPresizedArray(other);
  for (const item of items) list.items.push(item);
  return list;
});
defineMethod(listType, '__mul__', (args) => {
  const items = repeatItems(self(args).items, args[1]!);
  return items === undefined ? NotImplemented : new PyList(items);
});
defineMethod(listType, '__rmul__', (args) => {
  const items = repeatItems(self(args).items, args[1]!);
  return items === undefined ? NotImplemented : new PyList(items);
});
defineMethod(listType, '__imul__', (args) => {
  const list = self(args);
  const items = repeatItems(list.items, args[1]!);
  if (items === undefined) return NotImplemented;
  list.items = items;
  return list;
});
const COMPARISONS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
COMPARISONS.forEach((name, op) => {
  defineMethod(listType, name, (args) => {
    const other = args[1];
    if (!(other instanceof PyList)) return NotImplemented;
    return compareSequences(self(args).items, other.items, op);
  });
});
listType.setAttr('__hash__', None);

const appendMethod = defineMethod(listType, 'append', (args, kwnames) => {
  const item = methodOneArg('append', args, kwnames);
  self(args).items.push(item);
  return None;
});
// The VM's direct entry for list.append(item) on an exact list (no argument array, no checks).
appendMethod.quick1 = (list, item) => {
  (list as PyList).items.push(item);
  return None;
};
defineMethod(listType, 'extend', (args, kwnames) => {
  const other = methodOneArg('extend', args, kwnames);
  const list = self(args);
  const items =
    other instanceof PyList || other instanceof PyTuple
      ? other.items.slice()
      : iterableToPresizedArray(other);
  for (const item of items) list.items.push(item);
  return None;
});
defineMethod(listType, 'insert', (args, kwnames) => {
  checkArity('insert', args.slice(1), kwnames, 2, 2);
  const list = self(args);
  let index = indexAsNumber(args[1]!);
  const length = list.items.length;
  if (index < 0) index = Math.max(0, index + length);
  else if (index > length) index = length;
  list.items.splice(index, 0, args[2]!);
  return None;
});
defineMethod(listType, 'pop', (args, kwnames) => {
  checkArity('pop', args.slice(1), kwnames, 0, 1);
  const list = self(args);
  if (list.items.length === 0) throw indexErrorPopEmpty();
  if (args.length === 1) return list.items.pop()!;
  const index = ssizeArg(args[1]!);
  const wrapped = index < 0 ? index + list.items.length : index;
  if (wrapped < 0 || wrapped >= list.items.length) throw indexErrorOutOfRange('pop');
  return list.items.splice(wrapped, 1)[0]!;
});

import { indexError } from './errors.js';

function indexErrorPopEmpty() {
  return indexError('pop from empty list');
}

defineMethod(listType, 'remove', (args, kwnames) => {
  const item = methodOneArg('remove', args, kwnames);
  const list = self(args);
  for (let index = 0; index < list.items.length; index++) {
    const candidate = list.items[index]!;
    if (candidate === item || pyEq(candidate, item)) {
      list.items.splice(index, 1);
      return None;
    }
  }
  throw valueError('list.remove(x): x not in list');
});
defineMethod(listType, 'index', (args, kwnames) => {
  checkArity('index', args.slice(1), kwnames, 1, 3);
  const list = self(args);
  const item = args[1]!;
  const length = list.items.length;
  let start = args.length > 2 ? sliceIndexNotNone(args[2]!) : 0;
  let stop = args.length > 3 ? sliceIndexNotNone(args[3]!) : length;
  if (start < 0) start = Math.max(0, start + length);
  if (stop < 0) stop = Math.max(0, stop + length);
  for (let index = start; index < Math.min(stop, list.items.length); index++) {
    const candidate = list.items[index]!;
    if (candidate === item || pyEq(candidate, item)) return index;
  }
  throw valueError(`${pyRepr(item)} is not in list`);
});
defineMethod(listType, 'count', (args, kwnames) => {
  const item = methodOneArg('count', args, kwnames);
  let count = 0;
  for (const candidate of self(args).items)
    if (candidate === item || pyEq(candidate, item)) count++;
  return count;
});
defineMethod(listType, 'clear', (args, kwnames) => {
  methodNoArgs('clear', args, kwnames);
  self(args).items = [];
  return None;
});
defineMethod(listType, 'copy', (args, kwnames) => {
  methodNoArgs('copy', args, kwnames);
  return new PyList(self(args).items.slice());
});
defineMethod(listType, 'reverse', (args, kwnames) => {
  methodNoArgs('reverse', args, kwnames);
  self(args).items.reverse();
  return None;
});
defineMethod(listType, 'sort', (args, kwnames) => {
  const list = self(args);
  const [key, reverse] = bindArgs('sort', args.slice(1), kwnames, ['key', 'reverse'], 0, 0, 0);
  sortList(list, key === undefined ? None : key, sortReverseFlag(reverse));
  return None;
});

/**
 * `list.sort(key=, reverse=)` on a PyList. The list looks empty while keys are computed and items
 * compared; a change made meanwhile is discarded and, if the sort itself succeeded, reported as
 * CPython does ("list modified during sort"). A raising key or comparison propagates as is.
 */
export function sortList(list: PyList, key: PyValue, reverse: boolean): void {
  const values = list.items;
  list.items = [];
  try {
    sortValues(values, key === None ? null : computeSortKeys(key, values), reverse);
  } catch (error) {
    list.items = values;
    throw error;
  }
  // What CPython detects: the list is no longer empty (clear() of the empty list changes nothing).
  const modified = list.items.length > 0;
  list.items = values;
  if (modified) throw valueError('list modified during sort');
}

defineMethod(listType, '__sizeof__', (args) => 40 + 8 * self(args).items.length);
const classGetItem = makeNativeFunction('list', '__class_getitem__', (args) =>
  makeGenericAlias(args[0]!, args[1]!),
);
listType.setAttr('__class_getitem__', new PyClassMethod(classGetItem));
