// The methods of `set` and `frozenset`: construction, membership, iteration (with "changed size"
// checks), the set algebra on set-table.ts (so result order matches CPython), comparisons, repr.

import { checkArity, methodNoArgs, methodOneArg } from './args.js';
import {
  dictType,
  frozensetType,
  listType,
  rangeType,
  setType,
  tupleType,
} from './builtin-types.js';
import { PyClassMethod } from './classmethod.js';
import { PyDict } from './dict.js';
import { keyError, runtimeError, typeError } from './errors.js';
import { makeGenericAlias } from './generic-alias.js';
import { initInstanceStorage } from './instance.js';
import { makeIteratorType, PyIterator } from './iterators.js';
import type { PyList } from './list.js';
import { defineMethod, makeNativeFunction } from './native-function.js';
import { hashFrozenSet } from './numeric-hash.js';
import { hashIntoParts } from './protocol-hash.js';
import { iterableToArray } from './protocol-iter.js';
import { pyRepr, withReprGuard } from './protocol-repr.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import type { PyRange } from './range.js';
import { rt } from './runtime.js';
import { newSetTable, PyAnySet, PyFrozenSet, PySet, setContains } from './set.js';
import {
  type SetTable,
  setDifference,
  setIntersection,
  setSymmetricDifference,
  setUnion,
} from './set-table.js';
import { None, NotImplemented } from './singletons.js';
import type { PyTuple } from './tuple.js';
import { typeName } from './type-of.js';

const setIteratorType = makeIteratorType('set_iterator');

/** Iterates a set in table order; RuntimeError "Set changed size during iteration". */
export class SetIterator extends PyIterator {
  declare set: PyAnySet | null;
  declare position: number;
  declare readonly expectedSize: number;

  constructor(set: PyAnySet) {
    super(setIteratorType);
    this.set = set;
    this.position = 0;
    this.expectedSize = set.size;
  }

  next(): PyValue | undefined {
    const set = this.set;
    if (set === null) return undefined;
    if (set.size !== this.expectedSize) {
      this.set = null;
      throw runtimeError('Set changed size during iteration');
    }
    const slot = set.table.nextSlot(this.position);
    if (slot < 0) {
      this.set = null;
      return undefined;
    }
    this.position = slot + 1;
    return set.table.keyAt(slot);
  }

  override lengthHint(): number {
    return this.set === null ? 0 : this.set.size;
  }
}

function self(args: readonly PyValue[]): PyAnySet {
  const value = args[0];
  if (!(value instanceof PyAnySet)) {
    throw typeError(
      `descriptor requires a 'set' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

function mutable(args: readonly PyValue[]): PySet {
  const value = args[0];
  if (!(value instanceof PySet)) {
    throw typeError(
      `descriptor requires a 'set' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

/**
 * Adds the items of `other` to `table` as CPython's set_update_internal does, which fixes the
 * resulting order: a set's table is merged slot by slot; an exact dict first presizes the table,
 * then adds its keys; anything else is iterated.
 */
function updateTable(table: SetTable<PyValue>, other: PyValue): void {
  if (other instanceof PyAnySet) {
    table.update(other.table);
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    table.presize(other.size);
    for (const key of other.liveKeys()) addKey(table, key);
    return;
  }
  if (typeof other === 'object') {
    const type = other.cls;
    if (type === listType || type === tupleType) {
      // Read live, as CPython's list iterator does (a key's __hash__ may change the list).
      const sequence = other as PyList | PyTuple;
      for (let index = 0; index < sequence.items.length; index++) {
        addKey(table, sequence.items[index]!);
      }
      return;
    }
    if (type === rangeType) {
      const range = other as PyRange;
      // Every item lies between start and stop: all safe integers when both are numbers.
      if (
        typeof range.start === 'number' &&
        typeof range.stop === 'number' &&
        typeof range.step === 'number' &&
        typeof range.length === 'number'
      ) {
        addRangeItems(table, range.start, range.step, range.length);
        return;
      }
    }
  }
  for (const item of iterableToArray(other)) addKey(table, item);
}

/** set_update_internal on a set. */
function addAllFrom(set: PyAnySet, other: PyValue): void {
  updateTable(set.table, other);
}

/**
 * Adds the items of a range of safe integers in order without building them as an array first,
 * charging the instruction budget and counting memory as iterableToArray would.
 */
function addRangeItems(table: SetTable<PyValue>, start: number, step: number, count: number): void {
  const runtime = rt();
  let value = start;
  for (let added = 1; added <= count; added++) {
    addKey(table, value);
    value += step;
    if ((added & 1023) === 0) {
      runtime.chargeBudget(1024);
      runtime.checkAllocation(added * 8);
    }
  }
}

/**
 * `table & other` as CPython's set_intersection: two sets iterate the smaller one; any other
 * iterable (dicts too) is walked in its own order, keeping the items the table holds.
 */
function intersectWith(table: SetTable<PyValue>, other: PyValue): SetTable<PyValue> {
  if (other instanceof PyAnySet) return setIntersection(table, other.table);
  const result = newSetTable();
  for (const item of iterableToArray(other)) {
    const parts = hashIntoParts(item);
    const high = parts[0]!;
    const low = parts[1]!;
    if (table.hasParts(item, high, low)) result.addParts(item, high, low);
  }
  return result;
}

/** make_new_set: a new table holding the items of any iterable, laid out as set(iterable). */
function newTableFrom(value: PyValue): SetTable<PyValue> {
  const table = newSetTable();
  updateTable(table, value);
  return table;
}

/** A set table holding the items of any iterable (a set's own table when it is one). */
function tableOf(value: PyValue): SetTable<PyValue> {
  return value instanceof PyAnySet ? value.table : newTableFrom(value);
}

/**
 * set_difference: with a set or an exact dict, the size-dependent algorithm of setDifference;
 * with any other iterable, a copy of the table with each item discarded (set_copy_and_difference).
 */
function differenceOf(table: SetTable<PyValue>, other: PyValue): SetTable<PyValue> {
  if (other instanceof PyAnySet) return setDifference(table, other.table);
  if (other instanceof PyDict && other.cls === dictType) {
    return setDifference(table, newTableFrom(other));
  }
  const result = table.copy();
  discardEach(result, other);
  return result;
}

/**
 * set_difference_update_internal: a set's keys are discarded by the table algorithm; any other
 * iterable's items one by one, then dummies are resized away.
 */
function differenceUpdateWith(table: SetTable<PyValue>, other: PyValue): void {
  if (other instanceof PyAnySet) table.differenceUpdate(other.table);
  else discardEach(table, other);
}

/** Discards every item of a (non-set) iterable, then the difference_update resize check. */
function discardEach(table: SetTable<PyValue>, other: PyValue): void {
  for (const item of iterableToArray(other)) {
    const parts = hashIntoParts(item);
    table.discardParts(item, parts[0]!, parts[1]!);
  }
  table.finishDifferenceUpdate();
}

/**
 * set_symmetric_difference_update: an exact dict's keys are toggled in dict order, a set's in its
 * slot order, any other iterable's in the slot order of a set made from it.
 */
function symmetricDifferenceUpdateWith(table: SetTable<PyValue>, other: PyValue): void {
  if (other instanceof PyDict && other.cls === dictType) {
    for (const key of other.liveKeys()) {
      const parts = hashIntoParts(key);
      const high = parts[0]!;
      const low = parts[1]!;
      if (!table.discardParts(key, high, low)) table.addParts(key, high, low);
    }
    return;
  }
  table.symmetricDifferenceUpdate(tableOf(other));
}

function addKey(table: SetTable<PyValue>, key: PyValue): void {
  if (typeof key === 'string') {
    table.addStr(key);
    return;
  }
  const parts = hashIntoParts(key);
  table.addParts(key, parts[0]!, parts[1]!);
}

/** Makes a set of the same kind (set/frozenset, exact type) as `like` around `table`. */
function sameKind(like: PyAnySet, table: SetTable<PyValue>): PyAnySet {
  return like instanceof PySet ? new PySet(setType, table) : new PyFrozenSet(frozensetType, table);
}

/** The set-algebra operators a binary-operator fast path may hand to exactSetOperation. */
export type SetOperator = '&' | '|' | '-' | '^';

/**
 * `left OP right` for two operands whose types are exactly set or frozenset: what
 * `left.__and__/__or__/__sub__/__xor__(right)` returns (the result has left's type), for a
 * binary-operator fast path that skips the slot lookup. Callers must check both exact types
 * first (a subclass may override the dunder or its reflection).
 */
export function exactSetOperation(
  operator: SetOperator,
  left: PyAnySet,
  right: PyAnySet,
): PyAnySet {
  const leftTable = left.table;
  const rightTable = right.table;
  switch (operator) {
    case '&':
      return sameKind(left, setIntersection(leftTable, rightTable));
    case '|':
      return sameKind(left, setUnion(leftTable, rightTable));
    case '-':
      return sameKind(left, setDifference(leftTable, rightTable));
    case '^':
      return sameKind(left, setSymmetricDifference(leftTable, rightTable));
  }
}

/** `repr(set)`: `{1, 2}`, `set()`, `frozenset({1})`, subclasses as `Name({...})`. */
export function setRepr(set: PyAnySet): string {
  const name = typeName(set);
  const isPlainSet = set.cls === setType;
  if (set.size === 0) return `${name}()`;
  return withReprGuard(set, `${name}(...)`, () => {
    const runtime = rt();
    runtime.enterRecursion(' while getting the repr of an object');
    try {
      const body = `{${set.liveKeys().map(pyRepr).join(', ')}}`;
      return isPlainSet ? body : `${name}(${body})`;
    } finally {
      runtime.leaveRecursion();
    }
  });
}

/** Whether every member of `a` is in `b`. */
function isSubset(a: PyAnySet, b: PyAnySet): boolean {
  return a.table.isSubsetOf(b.table);
}

const setNew = makeNativeFunction('set', '__new__', (args) => {
  const cls = args[0] as PyType;
  const set = new PySet(cls);
  if (cls !== setType) initInstanceStorage(set, cls);
  return set;
});
setType.setAttr('__new__', setNew);
defineMethod(setType, '__init__', (args, kwnames) => {
  const set = mutable(args);
  if (kwnames !== null && kwnames.length > 0) throw typeError('set() takes no keyword arguments');
  checkArity('set', args.slice(1), kwnames, 0, 1);
  set.table.clear();
  if (args.length > 1) addAllFrom(set, args[1]!);
  return None;
});
const frozensetNew = makeNativeFunction('frozenset', '__new__', (args, kwnames) => {
  checkArity('frozenset', args.slice(1), kwnames, 0, 1);
  const cls = args[0] as PyType;
  const source = args[1];
  if (cls === frozensetType && source instanceof PyFrozenSet && source.cls === frozensetType)
    return source;
  const set = new PyFrozenSet(cls);
  if (cls !== frozensetType) initInstanceStorage(set, cls);
  if (source !== undefined) addAllFrom(set, source);
  return set;
});
frozensetType.setAttr('__new__', frozensetNew);

for (const type of [setType, frozensetType]) {
  defineMethod(type, '__repr__', (args) => setRepr(self(args)));
  defineMethod(type, '__len__', (args) => self(args).size);
  defineMethod(type, '__iter__', (args) => new SetIterator(self(args)));
  defineMethod(type, '__contains__', (args) => setContains(self(args), args[1]!));
  const algebra: readonly (readonly [
    string,
    (a: SetTable<PyValue>, b: SetTable<PyValue>) => SetTable<PyValue>,
  ])[] = [
    ['and', setIntersection],
    ['or', setUnion],
    ['sub', setDifference],
    ['xor', setSymmetricDifference],
  ];
  for (const [name, op] of algebra) {
    defineMethod(type, `__${name}__`, (args) => {
      const other = args[1];
      if (!(other instanceof PyAnySet)) return NotImplemented;
      const set = self(args);
      return sameKind(set, op(set.table, other.table));
    });
    defineMethod(type, `__r${name}__`, (args) => {
      const other = args[1];
      if (!(other instanceof PyAnySet)) return NotImplemented;
      return sameKind(other, op(other.table, self(args).table));
    });
  }
  const comparisons: readonly (readonly [string, (a: PyAnySet, b: PyAnySet) => boolean])[] = [
    ['__eq__', (a, b) => a.size === b.size && isSubset(a, b)],
    ['__ne__', (a, b) => !(a.size === b.size && isSubset(a, b))],
    ['__le__', (a, b) => isSubset(a, b)],
    ['__lt__', (a, b) => a.size < b.size && isSubset(a, b)],
    ['__ge__', (a, b) => isSubset(b, a)],
    ['__gt__', (a, b) => a.size > b.size && isSubset(b, a)],
  ];
  for (const [name, test] of comparisons) {
    defineMethod(type, name, (args) => {
      const other = args[1];
      if (!(other instanceof PyAnySet)) return NotImplemented;
      return test(self(args), other);
    });
  }
  defineMethod(type, 'copy', (args, kwnames) => {
    methodNoArgs('copy', args, kwnames);
    const set = self(args);
    if (set instanceof PyFrozenSet && set.cls === frozensetType) return set;
    return sameKind(set, set.table.copy());
  });
  defineMethod(type, 'union', (args) => {
    const set = self(args);
    const result = sameKind(set, set.table.copy());
    for (let index = 1; index < args.length; index++) {
      const other = args[index]!;
      if (other !== set) addAllFrom(result, other);
    }
    return result;
  });
  defineMethod(type, 'intersection', (args) => {
    const set = self(args);
    let table = args.length === 1 ? set.table.copy() : set.table;
    for (const other of args.slice(1)) table = intersectWith(table, other);
    return sameKind(set, table);
  });
  defineMethod(type, 'difference', (args) => {
    const set = self(args);
    // set_difference_multi: the first argument makes a new table, the others update it in place.
    if (args.length === 1) return sameKind(set, set.table.copy());
    const table = differenceOf(set.table, args[1]!);
    for (let index = 2; index < args.length; index++) differenceUpdateWith(table, args[index]!);
    return sameKind(set, table);
  });
  defineMethod(type, 'symmetric_difference', (args, kwnames) => {
    const other = methodOneArg('symmetric_difference', args, kwnames);
    const set = self(args);
    // A set made from the argument (a copy of a set), then this set's keys toggled in it.
    const table = newTableFrom(other);
    table.symmetricDifferenceUpdate(set.table);
    return sameKind(set, table);
  });
  defineMethod(type, 'issubset', (args, kwnames) => {
    const other = methodOneArg('issubset', args, kwnames);
    return isSubset(
      self(args),
      other instanceof PyAnySet ? other : new PySet(setType, tableOf(other)),
    );
  });
  defineMethod(type, 'issuperset', (args, kwnames) => {
    const other = methodOneArg('issuperset', args, kwnames);
    return isSubset(
      other instanceof PyAnySet ? other : new PySet(setType, tableOf(other)),
      self(args),
    );
  });
  defineMethod(type, 'isdisjoint', (args, kwnames) => {
    const other = methodOneArg('isdisjoint', args, kwnames);
    const set = self(args);
    for (const item of iterableToArray(other)) if (set.has(item)) return false;
    return true;
  });
  const classGetItem = makeNativeFunction(type.name, '__class_getitem__', (args) =>
    makeGenericAlias(args[0]!, args[1]!),
  );
  type.setAttr('__class_getitem__', new PyClassMethod(classGetItem));
}
setType.setAttr('__hash__', None);
defineMethod(frozensetType, '__hash__', (args) => {
  const set = self(args);
  const hashes: (number | bigint)[] = [];
  set.table.forEachEntry((_, hash) => hashes.push(hash));
  return hashFrozenSet(hashes);
});

const addMethod = defineMethod(setType, 'add', (args, kwnames) => {
  mutable(args).add(methodOneArg('add', args, kwnames));
  return None;
});
// The VM's direct entry for set.add(item) on an exact set (no argument array, no checks).
addMethod.quick1 = (set, item) => {
  (set as PySet).add(item);
  return None;
};
/** A set used as a key is looked up as the frozenset of its items, as CPython does. */
function lookupKey(item: PyValue): PyValue {
  return item instanceof PySet ? new PyFrozenSet(frozensetType, item.table) : item;
}
defineMethod(setType, 'discard', (args, kwnames) => {
  mutable(args).discard(lookupKey(methodOneArg('discard', args, kwnames)));
  return None;
});
defineMethod(setType, 'remove', (args, kwnames) => {
  const item = methodOneArg('remove', args, kwnames);
  if (!mutable(args).discard(lookupKey(item))) throw keyError(item);
  return None;
});
defineMethod(setType, 'pop', (args, kwnames) => {
  methodNoArgs('pop', args, kwnames);
  const set = mutable(args);
  if (set.size === 0) throw keyError('pop from an empty set');
  return set.table.pop();
});
defineMethod(setType, 'clear', (args, kwnames) => {
  methodNoArgs('clear', args, kwnames);
  mutable(args).table.clear();
  return None;
});
defineMethod(setType, 'update', (args) => {
  const set = mutable(args);
  for (const other of args.slice(1)) {
    addAllFrom(set, other);
  }
  return None;
});
defineMethod(setType, 'intersection_update', (args) => {
  const set = mutable(args);
  if (args.length === 1) return None;
  let table = set.table;
  for (const other of args.slice(1)) table = intersectWith(table, other);
  set.table.replaceWith(table);
  return None;
});
defineMethod(setType, 'difference_update', (args) => {
  const set = mutable(args);
  for (let index = 1; index < args.length; index++) differenceUpdateWith(set.table, args[index]!);
  return None;
});
defineMethod(setType, 'symmetric_difference_update', (args, kwnames) => {
  const other = methodOneArg('symmetric_difference_update', args, kwnames);
  const set = mutable(args);
  symmetricDifferenceUpdateWith(set.table, other);
  return None;
});
const inplace: readonly (readonly [string, (set: PySet, other: PyAnySet) => void])[] = [
  ['__ior__', (set, other) => set.table.update(other.table)],
  ['__iand__', (set, other) => set.table.replaceWith(setIntersection(set.table, other.table))],
  ['__isub__', (set, other) => set.table.differenceUpdate(other.table)],
  ['__ixor__', (set, other) => set.table.symmetricDifferenceUpdate(other.table)],
];
for (const [name, op] of inplace) {
  defineMethod(setType, name, (args) => {
    const other = args[1];
    if (!(other instanceof PyAnySet)) return NotImplemented;
    const set = mutable(args);
    op(set, other);
    return set;
  });
}
