// Iteration builtins: the enumerate/zip/map/filter/reversed types, iter(), next(), sorted(),
// min()/max(), sum(), any()/all(), len().

import { bindArgs, checkArity, checkOneArg } from '../objects/args.js';
import { floatType, listType, tupleType } from '../objects/builtin-types.js';
import { stopIteration, typeError, valueError } from '../objects/errors.js';
import { exceptionMatchesName } from '../objects/exception-match.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { PyFunction } from '../objects/function.js';
import { initInstanceStorage } from '../objects/instance.js';
import { intAdd, intValueOf } from '../objects/int-type.js';
import { CallableIterator, makeIteratorType, PyIterator } from '../objects/iterators.js';
import { PyList } from '../objects/list.js';
import { computeSortKeys, sortReverseFlag, sortValues } from '../objects/list-sort.js';
import { defineMethod, makeNativeFunction } from '../objects/native-function.js';
import { callObject, callUnbound } from '../objects/protocol-call.js';
import { CompareOp, compareBool, compareCodePoints } from '../objects/protocol-compare.js';
import { getIter, iterableToPresizedArray, iterNext } from '../objects/protocol-iter.js';
import { binaryOp, indexValue } from '../objects/protocol-number.js';
import { getItem, pyLen, pyLenInt } from '../objects/protocol-subscript.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyValue } from '../objects/py-object.js';
import type { PyType } from '../objects/py-type.js';
import type { PythonError } from '../objects/python-error.js';
import { rt } from '../objects/runtime.js';
import { None } from '../objects/singletons.js';
import { PyStrInstance } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';

/** `enumerate`. */
export const enumerateType = makeIteratorType('enumerate');
/** `zip`. */
export const zipType = makeIteratorType('zip');
/** `map`. */
export const mapType = makeIteratorType('map');
/** `filter`. */
export const filterType = makeIteratorType('filter');
/** `reversed`. */
export const reversedType = makeIteratorType('reversed');
for (const type of [enumerateType, zipType, mapType, filterType, reversedType]) {
  type.isBaseType = true;
  // These types are made after install-methods.ts ran, so they get their protocol here (without
  // the `__length_hint__` CPython gives only reversed).
  defineMethod(type, '__iter__', (args) => nativeIterator(args[0]!));
  defineMethod(type, '__next__', (args) => {
    const value = nativeIterator(args[0]!).next();
    if (value === undefined) throw stopIteration();
    return value;
  });
}
defineMethod(reversedType, '__length_hint__', (args) =>
  Math.max(0, nativeIterator(args[0]!).lengthHint()),
);

function nativeIterator(value: PyValue): PyIterator {
  if (!(value instanceof PyIterator)) {
    throw typeError(`descriptor '__next__' requires an iterator, not '${typeName(value)}'`);
  }
  return value;
}

/** An enumerate object. */
export class EnumerateIterator extends PyIterator {
  declare readonly source: PyValue;
  declare count: PyValue;

  constructor(source: PyValue, start: PyValue, cls: PyType = enumerateType) {
    super(cls);
    this.source = source;
    this.count = start;
  }

  next(): PyValue | undefined {
    const item = iterNext(this.source);
    if (item === undefined) return undefined;
    const index = this.count;
    this.count =
      typeof index === 'number' && index < Number.MAX_SAFE_INTEGER
        ? index + 1
        : intAdd(intValueOf(index)!, 1);
    return new PyTuple([index, item]);
  }
}

/** A zip object. */
export class ZipIterator extends PyIterator {
  declare sources: PyValue[] | null;
  declare readonly strict: boolean;

  constructor(sources: PyValue[], strict: boolean, cls: PyType = zipType) {
    super(cls);
    this.sources = sources;
    this.strict = strict;
  }

  next(): PyValue | undefined {
    const sources = this.sources;
    if (sources === null || sources.length === 0) return undefined;
    const items: PyValue[] = new Array(sources.length);
    for (let index = 0; index < sources.length; index++) {
      const item = iterNext(sources[index]!);
      if (item === undefined) {
        this.sources = null;
        if (this.strict) {
          if (index > 0) {
            throw valueError(
              `zip() argument ${index + 1} is shorter than argument${index === 1 ? '' : 's'} 1${index === 1 ? '' : `-${index}`}`,
            );
          }
          for (let other = 1; other < sources.length; other++) {
            if (iterNext(sources[other]!) !== undefined) {
              throw valueError(
                `zip() argument ${other + 1} is longer than argument${other === 1 ? '' : 's'} 1${other === 1 ? '' : `-${other}`}`,
              );
            }
          }
        }
        return undefined;
      }
      items[index] = item;
    }
    return new PyTuple(items);
  }
}

/** A map object. */
export class MapIterator extends PyIterator {
  declare readonly func: PyValue;
  declare sources: PyValue[] | null;

  constructor(func: PyValue, sources: PyValue[], cls: PyType = mapType) {
    super(cls);
    this.func = func;
    this.sources = sources;
  }

  next(): PyValue | undefined {
    const sources = this.sources;
    if (sources === null) return undefined;
    const args: PyValue[] = new Array(sources.length);
    for (let index = 0; index < sources.length; index++) {
      const item = iterNext(sources[index]!);
      if (item === undefined) {
        this.sources = null;
        return undefined;
      }
      args[index] = item;
    }
    return callObject(this.func, args);
  }
}

/** A filter object. */
export class FilterIterator extends PyIterator {
  declare readonly func: PyValue;
  declare source: PyValue | null;

  constructor(func: PyValue, source: PyValue, cls: PyType = filterType) {
    super(cls);
    this.func = func;
    this.source = source;
  }

  next(): PyValue | undefined {
    const source = this.source;
    if (source === null) return undefined;
    for (;;) {
      const item = iterNext(source);
      if (item === undefined) {
        this.source = null;
        return undefined;
      }
      const keep = this.func === None ? isTruthy(item) : isTruthy(callObject(this.func, [item]));
      if (keep) return item;
    }
  }
}

/** `reversed(seq)` over the sequence protocol (len + getitem). */
export class ReversedIterator extends PyIterator {
  declare seq: PyValue | null;
  declare index: number;

  constructor(seq: PyValue, cls: PyType = reversedType) {
    super(cls);
    this.seq = seq;
    this.index = pyLen(seq) - 1;
  }

  next(): PyValue | undefined {
    if (this.seq === null || this.index < 0) {
      this.seq = null;
      return undefined;
    }
    try {
      return getItem(this.seq, this.index--);
    } catch (error) {
      if (
        exceptionMatchesName(error, 'IndexError') ||
        exceptionMatchesName(error, 'StopIteration')
      ) {
        this.seq = null;
        return undefined;
      }
      throw error;
    }
  }

  override lengthHint(): number {
    return this.seq === null ? 0 : this.index + 1;
  }
}

function setUp<T extends PyIterator>(instance: T, cls: PyType): T {
  if (cls.isHeapType) initInstanceStorage(instance, cls);
  return instance;
}

enumerateType.setAttr(
  '__new__',
  makeNativeFunction('enumerate', '__new__', (args, kwnames) => {
    if (args[0] === enumerateType) checkEnumerateCall(args.length - 1, kwnames);
    const [iterable, start] = bindArgs(
      'enumerate',
      args.slice(1),
      kwnames,
      ['iterable', 'start'],
      1,
    );
    const startValue = start === undefined ? 0 : start;
    if (intValueOf(startValue) === undefined) {
      throw typeError(`'${typeName(startValue)}' object cannot be interpreted as an integer`);
    }
    const cls = args[0] as PyType;
    return setUp(new EnumerateIterator(getIter(iterable!), intValueOf(startValue)!, cls), cls);
  }),
);
/**
 * The argument errors of a call of `enumerate` itself, which CPython checks in its own order
 * before the general binding (subclasses and `enumerate.__new__` get the general messages).
 */
function checkEnumerateCall(argCount: number, kwnames: readonly string[] | null): void {
  const keywords = kwnames ?? [];
  const invalid = (keyword: string): PythonError =>
    typeError(`'${keyword}' is an invalid keyword argument for enumerate()`);
  if (argCount > 2) throw typeError(`enumerate() takes at most 2 arguments (${argCount} given)`);
  if (argCount === 0) throw typeError("enumerate() missing required argument 'iterable'");
  if (keywords.length === 0) return;
  if (argCount === keywords.length) {
    // Only keywords: `iterable` alone, or `iterable` and `start` in either order.
    const allowed = argCount === 1 ? ['iterable'] : ['iterable', 'start'];
    for (const keyword of keywords) if (!allowed.includes(keyword)) throw invalid(keyword);
  } else if (keywords[0] !== 'start') {
    throw invalid(keywords[0]!);
  }
}

zipType.setAttr(
  '__new__',
  makeNativeFunction('zip', '__new__', (args, kwnames) => {
    const kwCount = kwnames === null ? 0 : kwnames.length;
    let strict = false;
    if (kwCount > 1) throw typeError(`zip() takes at most 1 keyword argument (${kwCount} given)`);
    for (let index = 0; index < kwCount; index++) {
      if (kwnames![index] !== 'strict') {
        throw typeError(`'${kwnames![index]}' is an invalid keyword argument for zip()`);
      }
      strict = isTruthy(args[args.length - kwCount + index]!);
    }
    const cls = args[0] as PyType;
    const sources = args.slice(1, args.length - kwCount).map((source, index) => {
      try {
        return getIter(source);
      } catch (error) {
        if (
          exceptionMatchesName(error, 'TypeError') &&
          typeOf(source).lookup('__iter__') === undefined
        ) {
          throw typeError(`'${typeName(source)}' object is not iterable`);
        }
        void index;
        throw error;
      }
    });
    return setUp(new ZipIterator(sources, strict, cls), cls);
  }),
);
mapType.setAttr(
  '__new__',
  makeNativeFunction('map', '__new__', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError('map() takes no keyword arguments');
    if (args.length < 3) throw typeError('map() must have at least two arguments.');
    const cls = args[0] as PyType;
    return setUp(new MapIterator(args[1]!, args.slice(2).map(getIter), cls), cls);
  }),
);
filterType.setAttr(
  '__new__',
  makeNativeFunction('filter', '__new__', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      throw typeError('filter() takes no keyword arguments');
    checkArity('filter', args.slice(1), null, 2, 2);
    const cls = args[0] as PyType;
    return setUp(new FilterIterator(args[1]!, getIter(args[2]!), cls), cls);
  }),
);
reversedType.setAttr(
  '__new__',
  makeNativeFunction('reversed', '__new__', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      throw typeError('reversed() takes no keyword arguments');
    checkArity('reversed', args.slice(1), null, 1, 1);
    const cls = args[0] as PyType;
    const seq = args[1]!;
    const method = typeOf(seq).lookup('__reversed__');
    if (method === None) throw typeError(`'${typeName(seq)}' object is not reversible`);
    if (method !== undefined && cls === reversedType) return callUnbound(method, seq, []);
    const type = typeOf(seq);
    if (
      type.lookup('__len__') === undefined ||
      type.lookup('__getitem__') === undefined ||
      type.name === 'dict'
    ) {
      throw typeError(`'${typeName(seq)}' object is not reversible`);
    }
    return setUp(new ReversedIterator(seq, cls), cls);
  }),
);
defineMethod(enumerateType, '__class_getitem__', (args) => args[0]!);

/** `iter(obj)` / `iter(callable, sentinel)`. */
export const iterFunction = makeNativeFunction('builtins', 'iter', (args, kwnames) => {
  checkArity('iter', args, kwnames, 1, 2);
  if (args.length === 2) {
    if (typeOf(args[0]!).lookup('__call__') === undefined)
      throw typeError('iter(v, w): v must be callable');
    return new CallableIterator(args[0]!, args[1]!);
  }
  return getIter(args[0]!);
});

/** `next(iterator[, default])`. */
export const nextFunction = makeNativeFunction('builtins', 'next', (args, kwnames) => {
  checkArity('next', args, kwnames, 1, 2);
  const iterator = args[0]!;
  if (!(iterator instanceof PyIterator) && typeOf(iterator).lookup('__next__') === undefined) {
    throw typeError(`'${typeName(iterator)}' object is not an iterator`);
  }
  if (args.length === 1 && !(iterator instanceof PyIterator)) {
    const method: PyValue = typeOf(iterator).lookup('__next__')!;
    return callUnbound(method, iterator, []);
  }
  const value = iterNext(iterator);
  if (value !== undefined) return value;
  if (args.length === 2) return args[1]!;
  throw stopIteration();
});

/** `len(obj)`. */
export const lenFunction = makeNativeFunction('builtins', 'len', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError('len() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`len() takes exactly one argument (${args.length} given)`);
  return pyLenInt(args[0]!);
});

/** `sorted(iterable, /, *, key=None, reverse=False)`. */
export const sortedFunction = makeNativeFunction('builtins', 'sorted', (args, kwnames) => {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positional = args.length - kwCount;
  if (positional !== 1) {
    throw typeError(
      positional === 0
        ? 'sorted expected 1 argument, got 0'
        : `sorted expected 1 argument, got ${positional}`,
    );
  }
  // As CPython: the list is built first, then its sort() method takes the keywords.
  const values = iterableToPresizedArray(args[0]!);
  const [key, reverse] = bindArgs('sort', args.slice(1), kwnames, ['key', 'reverse'], 0, 0, 0);
  const descending = sortReverseFlag(reverse);
  const keys = key === undefined || key === None ? null : computeSortKeys(key, values);
  sortValues(values, keys, descending);
  return new PyList(values);
});

/**
 * `min()`/`max()`: items from the arguments or one iterable (pulled one at a time, each key computed
 * as its item arrives, as CPython), compared by `item_key < best_key` (`>` for max).
 */
function minMax(name: 'min' | 'max', args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positionalCount = args.length - kwCount;
  let key: PyValue = None;
  let fallback: PyValue | undefined;
  if (positionalCount === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  for (let index = 0; index < kwCount; index++) {
    const value = args[positionalCount + index]!;
    const keyword = kwnames![index]!;
    if (keyword === 'key') key = value;
    else if (keyword === 'default') fallback = value;
    else throw typeError(`'${keyword}' is an invalid keyword argument for ${name}()`);
  }
  if (positionalCount > 1 && fallback !== undefined) {
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const search = new ExtremeSearch(name === 'max', key);
  if (positionalCount > 1) {
    for (let index = 0; index < positionalCount; index++) search.offer(args[index]!);
  } else {
    const source = args[0]!;
    if (typeof source === 'object' && (source.cls === listType || source.cls === tupleType)) {
      // A list is read live, as its iterator would (a key function may change it).
      const sequence = source as PyList | PyTuple;
      for (let index = 0; index < sequence.items.length; index++) {
        search.offer(sequence.items[index]!);
      }
    } else {
      const iterator = getIter(source);
      for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
        search.offer(item);
      }
    }
  }
  if (search.best === undefined) {
    if (fallback !== undefined) return fallback;
    throw valueError(`${name}() arg is an empty sequence`);
  }
  return search.best;
}

/** The running best item of a min()/max() and its key. */
class ExtremeSearch {
  declare readonly isMax: boolean;
  declare readonly key: PyValue;
  declare best: PyValue | undefined;
  declare bestKey: PyValue;
  declare steps: number;
  /** One reusable argument array for Python key functions (their frame copies it). */
  declare readonly keyArgs: PyValue[];

  constructor(isMax: boolean, key: PyValue) {
    this.isMax = isMax;
    this.key = key;
    this.best = undefined;
    this.bestKey = None;
    this.steps = 0;
    this.keyArgs = [None];
  }

  offer(item: PyValue): void {
    if ((++this.steps & 4095) === 0) rt().chargeBudget(4096);
    const key = this.key;
    let itemKey: PyValue;
    if (key === None) itemKey = item;
    else if (key instanceof PyFunction) {
      this.keyArgs[0] = item;
      itemKey = rt().callFunction(key, this.keyArgs, null);
    } else itemKey = callObject(key, [item]);
    if (this.best === undefined) {
      this.best = item;
      this.bestKey = itemKey;
      return;
    }
    const bestKey = this.bestKey;
    let better: boolean;
    if (typeof itemKey === 'number' && typeof bestKey === 'number') {
      better = this.isMax ? itemKey > bestKey : itemKey < bestKey;
    } else if (typeof itemKey === 'string' && typeof bestKey === 'string') {
      const order = compareCodePoints(itemKey, bestKey);
      better = this.isMax ? order > 0 : order < 0;
    } else {
      better = compareBool(itemKey, bestKey, this.isMax ? CompareOp.GT : CompareOp.LT);
    }
    if (better) {
      this.best = item;
      this.bestKey = itemKey;
    }
  }
}

/** `min(...)`. */
export const minFunction = makeNativeFunction('builtins', 'min', (args, kwnames) =>
  minMax('min', args, kwnames),
);
/** `max(...)`. */
export const maxFunction = makeNativeFunction('builtins', 'max', (args, kwnames) =>
  minMax('max', args, kwnames),
);

/** `sum(iterable, /, start=0)`. */
export const sumFunction = makeNativeFunction('builtins', 'sum', (args, kwnames) => {
  const [iterable, startValue] = bindArgs('sum', args, kwnames, ['iterable', 'start'], 1, 1);
  let total: PyValue = startValue ?? 0;
  const source = iterable!;
  const items =
    typeof source === 'object' && (source.cls === listType || source.cls === tupleType)
      ? (source as PyList).items
      : null;
  // As CPython: the iterator first (`sum(5, '')` is "'int' object is not iterable"), then the start.
  const iterator = items === null ? getIter(source) : null;
  if (typeof total === 'string' || total instanceof PyStrInstance) {
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (typeOf(total).name === 'bytes')
    throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeOf(total).name === 'bytearray')
    throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  let index = 0;
  let steps = 0;
  // Ints (JS numbers) added to a bigint total and not yet folded into it: int addition is exact
  // and associative, so adding them up first gives the same sum without a bigint per item.
  let pending = 0;
  const runtime = rt();
  for (;;) {
    const item =
      items !== null ? (index < items.length ? items[index++] : undefined) : iterNext(iterator!);
    if (item === undefined) return pending === 0 ? total : binaryOp(total, pending, 0);
    // Charge the budget on every path (the fast paths below `continue`): limits must stop it.
    if ((++steps & 4095) === 0) runtime.chargeBudget(4096);
    if (typeof item === 'number') {
      if (typeof total === 'number') {
        const next: number = total + item;
        if (Number.isSafeInteger(next)) {
          total = next;
          continue;
        }
      } else if (typeof total === 'bigint') {
        const next: number = pending + item;
        if (Number.isSafeInteger(next)) {
          pending = next;
          continue;
        }
      }
    }
    if (pending !== 0) {
      total = binaryOp(total, pending, 0);
      pending = 0;
    }
    if (typeof total === 'object' && total instanceof PyFloat && total.cls === floatType) {
      if (item instanceof PyFloat && item.cls === floatType) {
        total = newFloat(total.value + item.value);
        continue;
      }
      if (typeof item === 'number') {
        total = newFloat(total.value + item);
        continue;
      }
    }
    total = binaryOp(total, item, 0);
  }
});

/** `any(iterable)`. */
export const anyFunction = makeNativeFunction('builtins', 'any', (args, kwnames) => {
  const iterator = getIter(checkOneArg('any', args, kwnames));
  const runtime = rt();
  let steps = 0;
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (isTruthy(item)) return true;
    if ((++steps & 4095) === 0) runtime.chargeBudget(4096);
  }
  return false;
});

/** `all(iterable)`. */
export const allFunction = makeNativeFunction('builtins', 'all', (args, kwnames) => {
  const iterator = getIter(checkOneArg('all', args, kwnames));
  const runtime = rt();
  let steps = 0;
  for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
    if (!isTruthy(item)) return false;
    if ((++steps & 4095) === 0) runtime.chargeBudget(4096);
  }
  return true;
});

/** Index conversion re-exported for the numeric builtins. */
export { indexValue };
