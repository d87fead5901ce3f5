// The methods of `dict`, its views (keys/values/items) and their iterators, with CPython's
// "changed size during iteration" checks, `__missing__`, update() from mappings or pairs, and `|`.

import { bindArgs, checkArity, methodNoArgs, methodOneArg } from './args.js';
import { dictType, makeBuiltinType, mappingProxyType, setType } from './builtin-types.js';
import { PyClassMethod } from './classmethod.js';
import { PyDict } from './dict.js';
import { keyError, runtimeError, typeError, valueError } from './errors.js';
import { makeGenericAlias } from './generic-alias.js';
import { initInstanceStorage } from './instance.js';
import { makeIteratorType, PyIterator } from './iterators.js';
import type { KeyTable } from './key-table.js';
import { PyList } from './list.js';
import {
  defineClassMethod,
  defineGetSet,
  defineMethod,
  makeNativeFunction,
} from './native-function.js';
import { getAttrOrUndefined } from './protocol-attr.js';
import { callObject, callUnbound } from './protocol-call.js';
import { pyEq } from './protocol-compare.js';
import { getIter, iterableToArray, iterHooks, iterNext } from './protocol-iter.js';
import { pyRepr, pyStr, withReprGuard } from './protocol-repr.js';
import { contains, getItem } from './protocol-subscript.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { rt } from './runtime.js';
import { PyAnySet, PySet } from './set.js';
import { None, NotImplemented } from './singletons.js';
import { PyTuple } from './tuple.js';
import { typeName, typeOf } from './type-of.js';

function self(args: readonly PyValue[]): PyDict {
  const value = args[0];
  if (!(value instanceof PyDict)) {
    throw typeError(
      `descriptor requires a 'dict' object but received '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

/**
 * The "one or two arguments" check of get/setdefault/pop without copying the arguments on the
 * common path (checkArity words the error).
 */
function checkOneOrTwo(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  if ((kwnames === null || kwnames.length === 0) && (args.length === 2 || args.length === 3))
    return;
  checkArity(name, args.slice(1), kwnames, 1, 2);
}

/** Which part of the entries a view or iterator yields. */
export type DictViewKind = 'keys' | 'values' | 'items';

const keyIteratorType = makeIteratorType('dict_keyiterator');
const valueIteratorType = makeIteratorType('dict_valueiterator');
const itemIteratorType = makeIteratorType('dict_itemiterator');
const reverseKeyIteratorType = makeIteratorType('dict_reversekeyiterator');
const reverseValueIteratorType = makeIteratorType('dict_reversevalueiterator');
const reverseItemIteratorType = makeIteratorType('dict_reverseitemiterator');

const ITERATOR_TYPES = {
  keys: keyIteratorType,
  values: valueIteratorType,
  items: itemIteratorType,
} as const;
const REVERSE_ITERATOR_TYPES = {
  keys: reverseKeyIteratorType,
  values: reverseValueIteratorType,
  items: reverseItemIteratorType,
} as const;

/** Iterates a dict's keys, values or items; RuntimeError when the dict changes size meanwhile. */
export class DictIterator extends PyIterator {
  declare source: PyDict | null;
  declare readonly kind: DictViewKind;
  declare readonly reverse: boolean;
  declare position: number;
  declare readonly expectedSize: number;

  constructor(dict: PyDict, kind: DictViewKind, reverse = false) {
    super((reverse ? REVERSE_ITERATOR_TYPES : ITERATOR_TYPES)[kind]);
    this.source = dict;
    this.kind = kind;
    this.reverse = reverse;
    this.position = reverse ? dict.keyList.length - 1 : 0;
    this.expectedSize = dict.size;
  }

  next(): PyValue | undefined {
    const dict = this.source;
    if (dict === null) return undefined;
    if (dict.size !== this.expectedSize) {
      this.source = null;
      throw runtimeError('dictionary changed size during iteration');
    }
    const keys = dict.keyList;
    if (this.reverse) {
      while (this.position >= 0 && keys[this.position] === undefined) this.position--;
      if (this.position < 0) {
        this.source = null;
        return undefined;
      }
    } else {
      while (this.position < keys.length && keys[this.position] === undefined) this.position++;
      if (this.position >= keys.length) {
        this.source = null;
        return undefined;
      }
    }
    const at = this.reverse ? this.position-- : this.position++;
    const key = keys[at]!;
    if (this.kind === 'keys') return key;
    if (this.kind === 'values') return dict.valueList[at]!;
    return new PyTuple([key, dict.valueList[at]!]);
  }

  override lengthHint(): number {
    return this.source === null ? 0 : this.source.size;
  }
}

iterHooks.dictKeys = (dict) => new DictIterator(dict, 'keys');

/** `dict_keys`, `dict_values`, `dict_items`. */
export const dictKeysType = makeBuiltinType('dict_keys', undefined, { subclassable: false });
export const dictValuesType = makeBuiltinType('dict_values', undefined, { subclassable: false });
export const dictItemsType = makeBuiltinType('dict_items', undefined, { subclassable: false });

/** A live view of a dict. */
export class PyDictView extends PyObject {
  declare readonly mapping: PyDict;
  declare readonly kind: DictViewKind;

  constructor(dict: PyDict, kind: DictViewKind) {
    super(kind === 'keys' ? dictKeysType : kind === 'values' ? dictValuesType : dictItemsType);
    this.mapping = dict;
    this.kind = kind;
  }
}

/** `repr(dict)`: `{'a': 1}`, `{...}` for a dict containing itself. */
export function dictRepr(dict: PyDict): string {
  if (dict.size === 0) return '{}';
  return withReprGuard(dict, '{...}', () => {
    const parts: string[] = [];
    const runtime = rt();
    runtime.enterRecursion(' while getting the repr of an object');
    try {
      const keys = dict.keyList;
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index];
        if (key === undefined) continue;
        parts.push(`${pyRepr(key)}: ${pyRepr(dict.valueList[index]!)}`);
      }
    } finally {
      runtime.leaveRecursion();
    }
    return `{${parts.join(', ')}}`;
  });
}

/** `dict[key]` including `__missing__` of dict subclasses. */
export function dictGetItem(dict: PyDict, key: PyValue): PyValue {
  const value = dict.get(key);
  if (value !== undefined) return value;
  if (dict.cls !== dictType) {
    const missing = dict.cls.lookup('__missing__');
    if (missing !== undefined) return callUnbound(missing, dict, [key]);
  }
  throw keyError(key);
}

/** `dict.update(other)` semantics: a mapping (anything with keys()) or an iterable of pairs. */
export function dictUpdate(dict: PyDict, other: PyValue): void {
  if (other instanceof PyDict && typeOf(other).lookup('keys') === dictType.attrs.get('keys')) {
    for (const [key, value] of other.entries()) dict.set(key, value);
    return;
  }
  const keysMethod = getAttrOrUndefined(other, 'keys');
  if (keysMethod !== undefined) {
    const keys = iterableToArray(callObject(keysMethod, []));
    for (const key of keys) dict.set(key, getItem(other, key));
    return;
  }
  dictUpdateFromPairs(dict, other);
}

function dictUpdateFromPairs(dict: PyDict, pairs: PyValue): void {
  const iterator = getIter(pairs);
  for (let index = 0; ; index++) {
    const item = iterNext(iterator);
    if (item === undefined) return;
    let pair: readonly PyValue[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      try {
        pair = iterableToArray(item);
      } catch {
        throw typeError(
          `cannot convert dictionary update sequence element #${index} to a sequence`,
        );
      }
    }
    if (pair.length !== 2) {
      throw valueError(
        `dictionary update sequence element #${index} has length ${pair.length}; 2 is required`,
      );
    }
    dict.set(pair[0]!, pair[1]!);
  }
}

/** Applies dict(...)/update(...) arguments: one optional positional plus keywords. */
function updateFromArgs(
  name: string,
  dict: PyDict,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positional = args.length - kwCount;
  if (positional > 1) throw typeError(`${name} expected at most 1 argument, got ${positional}`);
  if (positional === 1) dictUpdate(dict, args[0]!);
  for (let index = 0; index < kwCount; index++)
    dict.setStr(kwnames![index]!, args[positional + index]!);
}

const dictNew = makeNativeFunction('dict', '__new__', (args) => {
  const cls = args[0] as PyType;
  const dict = new PyDict(cls);
  if (cls !== dictType) initInstanceStorage(dict, cls);
  return dict;
});
dictType.setAttr('__new__', dictNew);

defineMethod(dictType, '__init__', (args, kwnames) => {
  updateFromArgs('dict', self(args), args.slice(1), kwnames);
  return None;
});
defineMethod(dictType, '__repr__', (args) => dictRepr(self(args)));
defineMethod(dictType, '__len__', (args) => self(args).size);
defineMethod(dictType, '__getitem__', (args) => dictGetItem(self(args), args[1]!));
defineMethod(dictType, '__setitem__', (args) => {
  self(args).set(args[1]!, args[2]!);
  return None;
});
defineMethod(dictType, '__delitem__', (args) => {
  if (self(args).delete(args[1]!) === undefined) throw keyError(args[1]!);
  return None;
});
defineMethod(dictType, '__contains__', (args) => self(args).has(args[1]!));
defineMethod(dictType, '__iter__', (args) => new DictIterator(self(args), 'keys'));
defineMethod(dictType, '__reversed__', (args) => new DictIterator(self(args), 'keys', true));
dictType.setAttr('__hash__', None);

/** Whether two dicts have equal items (values compared with ==). */
export function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a.entries()) {
    const other = b.get(key);
    if (other === undefined) return false;
    if (other !== value && !pyEq(value, other)) return false;
  }
  return true;
}
defineMethod(dictType, '__eq__', (args) => {
  const other = args[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  return dictEquals(self(args), other);
});
defineMethod(dictType, '__ne__', (args) => {
  const other = args[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  return !dictEquals(self(args), other);
});
defineMethod(dictType, '__or__', (args) => {
  const other = args[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  const result = self(args).copy();
  dictUpdate(result, other);
  return result;
});
defineMethod(dictType, '__ror__', (args) => {
  const other = args[1];
  if (!(other instanceof PyDict)) return NotImplemented;
  const result = other.copy();
  dictUpdate(result, self(args));
  return result;
});
defineMethod(dictType, '__ior__', (args) => {
  dictUpdate(self(args), args[1]!);
  return self(args);
});

const getMethod = defineMethod(dictType, 'get', (args, kwnames) => {
  checkOneOrTwo('get', args, kwnames);
  const value = self(args).get(args[1]!);
  return value ?? args[2] ?? None;
});
// The VM's direct entries for d.get(key) and d.get(key, default) on an exact dict.
getMethod.quick1 = (dict, key) => (dict as PyDict).get(key) ?? None;
getMethod.quick2 = (dict, key, fallback) => (dict as PyDict).get(key) ?? fallback;
defineMethod(dictType, 'setdefault', (args, kwnames) => {
  checkOneOrTwo('setdefault', args, kwnames);
  const dict = self(args);
  const existing = dict.get(args[1]!);
  if (existing !== undefined) return existing;
  const value = args[2] ?? None;
  dict.set(args[1]!, value);
  return value;
});
defineMethod(dictType, 'pop', (args, kwnames) => {
  checkOneOrTwo('pop', args, kwnames);
  const dict = self(args);
  // An empty dict answers before hashing the key (so {}.pop([]) is a KeyError, as CPython).
  if (dict.size === 0) {
    if (args.length > 2) return args[2]!;
    throw keyError(args[1]!);
  }
  const value = dict.delete(args[1]!);
  if (value !== undefined) return value;
  if (args.length > 2) return args[2]!;
  throw keyError(args[1]!);
});
defineMethod(dictType, 'popitem', (args, kwnames) => {
  methodNoArgs('popitem', args, kwnames);
  const dict = self(args);
  for (let index = dict.keyList.length - 1; index >= 0; index--) {
    const key = dict.keyList[index];
    if (key === undefined) continue;
    const value = dict.valueList[index]!;
    dict.removeEntry(index);
    return new PyTuple([key, value]);
  }
  throw keyError('popitem(): dictionary is empty');
});
defineMethod(dictType, 'keys', (args, kwnames) => {
  methodNoArgs('keys', args, kwnames);
  return new PyDictView(self(args), 'keys');
});
defineMethod(dictType, 'values', (args, kwnames) => {
  methodNoArgs('values', args, kwnames);
  return new PyDictView(self(args), 'values');
});
defineMethod(dictType, 'items', (args, kwnames) => {
  methodNoArgs('items', args, kwnames);
  return new PyDictView(self(args), 'items');
});
defineMethod(dictType, 'update', (args, kwnames) => {
  updateFromArgs('update', self(args), args.slice(1), kwnames);
  return None;
});
defineMethod(dictType, 'clear', (args, kwnames) => {
  methodNoArgs('clear', args, kwnames);
  self(args).clearEntries();
  return None;
});
defineMethod(dictType, 'copy', (args, kwnames) => {
  methodNoArgs('copy', args, kwnames);
  return self(args).copy();
});
defineClassMethod(dictType, 'fromkeys', (args, kwnames) => {
  checkArity('fromkeys', args.slice(1), kwnames, 1, 2);
  const cls = args[0] as PyType;
  const value = args[2] ?? None;
  const result = cls === dictType ? new PyDict() : callObject(cls, []);
  for (const key of iterableToArray(args[1]!)) {
    if (result instanceof PyDict && cls === dictType) result.set(key, value);
    else callObject(getAttrOrUndefined(result, '__setitem__')!, [key, value]);
  }
  return result;
});
defineMethod(dictType, '__sizeof__', (args) => 48 + 24 * self(args).size);
const classGetItem = makeNativeFunction('dict', '__class_getitem__', (args) =>
  makeGenericAlias(args[0]!, args[1]!),
);
dictType.setAttr('__class_getitem__', new PyClassMethod(classGetItem));

// Views -----------------------------------------------------------------------------------------

function view(args: readonly PyValue[]): PyDictView {
  return args[0] as PyDictView;
}

/** The view's items as a set (for set operations on keys/items views). */
/** CPython's dictviews_to_set: `set(operand)`, from the dict itself for an exact dict's keys. */
function viewToSet(operand: PyValue): PyValue {
  let source = operand;
  if (operand instanceof PyDictView && operand.kind === 'keys') {
    const mapping = operand.mapping;
    if (mapping instanceof PyDict && mapping.cls === dictType) source = mapping;
  }
  return callObject(setType, [source]);
}

function updatedViewSet(left: PyValue, method: string, right: PyValue): PyValue {
  const result = viewToSet(left);
  callObject(getAttrOrUndefined(result, method)!, [right]);
  return result;
}

/** CPython's _PyDictView_Intersect: which operand is iterated decides the result's order. */
function viewIntersection(left: PyValue, right: PyValue): PyValue {
  let self = left;
  let other = right;
  if (!(self instanceof PyDictView)) {
    self = right;
    other = left;
  }
  const selfView = self as PyDictView;
  const selfLength = selfView.mapping.size;
  if (other instanceof PySet && other.cls === setType && selfLength <= other.size) {
    return callObject(getAttrOrUndefined(other, 'intersection')!, [self]);
  }
  let probe = selfView;
  let iterated: PyValue = other;
  if (other instanceof PyDictView && other.kind !== 'values' && other.mapping.size > selfLength) {
    probe = other;
    iterated = self;
  }
  const result = new PySet();
  // iterableToArray charges the budget as it goes (`keys & range(10**12)` must stop at the limit).
  for (const item of iterableToArray(iterated)) {
    if (viewHas(probe, item)) result.add(item);
  }
  return result;
}

/** Whether a keys or items view contains `item` (as `item in view`). */
function viewHas(dictView: PyDictView, item: PyValue): boolean {
  if (dictView.kind === 'keys') return dictView.mapping.has(item);
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const value = dictView.mapping.get(item.items[0]!);
  return value !== undefined && (value === item.items[1] || pyEq(value, item.items[1]!));
}

function viewAsSet(value: PyValue): PySet {
  return PySet.fromArray(iterableToArray(value));
}

for (const type of [dictKeysType, dictValuesType, dictItemsType]) {
  defineMethod(type, '__len__', (args) => view(args).mapping.size);
  defineMethod(type, '__iter__', (args) => new DictIterator(view(args).mapping, view(args).kind));
  defineMethod(
    type,
    '__reversed__',
    (args) => new DictIterator(view(args).mapping, view(args).kind, true),
  );
  defineMethod(type, '__repr__', (args) => {
    const dictView = view(args);
    const items = iterableToArray(new DictIterator(dictView.mapping, dictView.kind));
    return withReprGuard(dictView, '...', () => `${typeName(dictView)}(${reprList(items)})`);
  });
}

function reprList(items: PyValue[]): string {
  return `[${items.map(pyRepr).join(', ')}]`;
}

for (const type of [dictKeysType, dictItemsType]) {
  defineMethod(type, '__contains__', (args) => viewHas(view(args), args[1]!));
  // CPython's dictviews_or/sub/xor: a set made from the left operand (an exact dict's keys view is
  // made from the dict, which presizes), then updated in place with the right one. The operands stay
  // in their written order for the reflected forms too, as CPython's number slots receive them.
  const setOps: readonly (readonly [string, (left: PyValue, right: PyValue) => PyValue])[] = [
    ['__and__', viewIntersection],
    ['__or__', (left, right) => updatedViewSet(left, 'update', right)],
    ['__sub__', (left, right) => updatedViewSet(left, 'difference_update', right)],
    ['__xor__', (left, right) => updatedViewSet(left, 'symmetric_difference_update', right)],
  ];
  for (const [name, op] of setOps) {
    defineMethod(type, name, (args) => op(args[0]!, args[1]!));
    defineMethod(type, name.replace('__', '__r'), (args) => op(args[1]!, args[0]!));
  }
  defineMethod(type, '__eq__', (args) => {
    const other = args[1]!;
    if (!(other instanceof PyDictView || other instanceof PyAnySet)) return NotImplemented;
    const a = viewAsSet(args[0]!);
    const b = viewAsSet(other);
    return a.size === b.size && a.liveKeys().every((key) => b.has(key));
  });
  defineMethod(type, 'isdisjoint', (args) => {
    const a = viewAsSet(args[0]!);
    return !iterableToArray(args[1]!).some((key) => a.has(key));
  });
}
// mappingproxy's str() is its mapping's (its other methods live in type-methods.ts).
defineMethod(mappingProxyType, '__str__', (args) =>
  pyStr((args[0] as PyObject & { readonly mapping: PyValue }).mapping),
);
for (const type of [dictKeysType, dictValuesType, dictItemsType]) {
  defineGetSet(type, 'mapping', (obj) =>
    callObject(mappingProxyType, [(obj as PyDictView).mapping]),
  );
}

/** Membership for views/sets (re-exported for set-methods). */
export function viewContains(container: PyValue, item: PyValue): boolean {
  return contains(container, item);
}

/** Keys of a key table (dict or set) as an array. */
export function tableKeys(table: KeyTable): PyValue[] {
  return table.liveKeys();
}

/** bindArgs re-export for dict-like natives elsewhere. */
export const dictBindArgs = bindArgs;
/** methodOneArg re-export for dict-like natives elsewhere. */
export const dictOneArg = methodOneArg;
