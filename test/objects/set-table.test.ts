// Set iteration order against CPython 3.11 under PYTHONHASHSEED=0: recorded scenarios of adds,
// discards, pops, copies and every set operator over ints, strings and floats.
import { describe, expect, it } from 'vitest';
import type { IntValue } from '../../src/objects/int-math.js';
import { hashFloat, hashInt, hashTuple, type PyHash } from '../../src/objects/numeric-hash.js';
import {
  type HashedKeySource,
  SetTable,
  setDifference,
  setIntersection,
  setSymmetricDifference,
  setUnion,
} from '../../src/objects/set-table.js';
import { hashString } from '../../src/objects/string-hash.js';
import { fromBits, intFrom, loadNumericGolden, MismatchLog, toBits } from './numeric-golden.js';

/** A boxed float, so 1 and 1.0 stay distinct values that compare equal. */
interface BoxedFloat {
  readonly float: number;
}
/** A tuple key (hashed with CPython's tuple hash over its items). */
interface TupleKey {
  readonly tuple: Value[];
}
type Value = IntValue | string | BoxedFloat | TupleKey;
type Encoded = { int: string } | { float: string } | { str: string } | { tuple: Encoded[] };

interface Step {
  op: string;
  values: Encoded[];
  result: Encoded[];
  popped?: Encoded[];
}

function decode(encoded: Encoded): Value {
  if ('tuple' in encoded) return { tuple: encoded.tuple.map(decode) };
  if ('int' in encoded) return intFrom(encoded.int);
  if ('float' in encoded) return { float: fromBits(encoded.float) };
  return encoded.str;
}

function encode(value: Value): Encoded {
  if (typeof value === 'string') return { str: value };
  if (typeof value === 'object') {
    return 'tuple' in value ? { tuple: value.tuple.map(encode) } : { float: toBits(value.float) };
  }
  return { int: String(value) };
}

function hashOf(value: Value): PyHash {
  if (typeof value === 'string') return hashString(value);
  if (typeof value === 'object') {
    return 'tuple' in value ? hashTuple(value.tuple.map(hashOf)) : hashFloat(value.float);
  }
  return hashInt(value);
}

function numeric(value: Value): number | bigint | null {
  if (typeof value === 'string') return null;
  if (typeof value === 'object') return 'tuple' in value ? null : value.float;
  return value;
}

function equals(a: Value, b: Value): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const tupleA = typeof a === 'object' && 'tuple' in a ? a.tuple : null;
  const tupleB = typeof b === 'object' && 'tuple' in b ? b.tuple : null;
  if (tupleA !== null || tupleB !== null) {
    if (tupleA === null || tupleB === null || tupleA.length !== tupleB.length) return false;
    return tupleA.every((item, index) => equals(item, tupleB[index]!));
  }
  const left = numeric(a)!;
  const right = numeric(b)!;
  if (typeof left === typeof right) return left === right;
  const float = typeof left === 'number' ? left : (right as number);
  const big = typeof left === 'bigint' ? left : (right as bigint);
  return Number.isInteger(float) && BigInt(float) === big;
}

function setOf(values: Value[]): SetTable<Value> {
  const table = new SetTable<Value>(equals);
  for (const value of values) table.add(value, hashOf(value));
  return table;
}

/** dict.fromkeys(values) as a key source: first occurrences, insertion order. */
function dictOf(values: Value[]): HashedKeySource<Value> {
  const keys: Value[] = [];
  for (const value of values) if (!keys.some((key) => equals(key, value))) keys.push(value);
  return {
    size: keys.length,
    has: (key) => keys.some((other) => equals(other, key)),
    forEachEntry: (visit) => {
      for (const key of keys) visit(key, hashOf(key));
    },
  };
}

function apply(table: SetTable<Value>, step: Step, values: Value[]): [SetTable<Value>, Value[]] {
  const popped: Value[] = [];
  switch (step.op) {
    case 'add':
    case 'add_many':
    case 'update_list':
      for (const value of values) table.add(value, hashOf(value));
      return [table, popped];
    case 'discard':
    case 'remove_many':
      for (const value of values) table.discard(value, hashOf(value));
      return [table, popped];
    case 'pop':
      for (let count = 0; count < (step.popped?.length ?? 0); count++) popped.push(table.pop());
      return [table, popped];
    case 'update_set':
      table.update(setOf(values));
      return [table, popped];
    case 'union':
      return [setUnion(table, setOf(values)), popped];
    case 'intersection':
      return [setIntersection(table, setOf(values)), popped];
    case 'intersection_update':
      table.replaceWith(setIntersection(table, setOf(values)));
      return [table, popped];
    case 'difference':
      return [setDifference(table, setOf(values)), popped];
    case 'difference_update':
      table.differenceUpdate(setOf(values));
      return [table, popped];
    case 'symmetric_difference':
      return [setSymmetricDifference(table, setOf(values)), popped];
    case 'symmetric_difference_update':
    case 'symmetric_difference_list':
      table.symmetricDifferenceUpdate(setOf(values));
      return [table, popped];
    case 'copy':
      return [table.copy(), popped];
    case 'set_from_list':
      return [setOf(values), popped];
    case 'update_dict': {
      const dict = dictOf(values);
      table.presize(dict.size);
      dict.forEachEntry((key, hash) => table.add(key, hash));
      return [table, popped];
    }
    case 'difference_dict':
      return [setDifference(table, dictOf(values)), popped];
    case 'clear':
      table.clear();
      return [table, popped];
    case 'intersection_list': {
      const result = new SetTable<Value>(equals);
      for (const value of values) {
        const hash = hashOf(value);
        if (table.has(value, hash)) {
          result.add(value, hash);
          if (result.size >= table.size) break;
        }
      }
      return [result, popped];
    }
    case 'difference_update_list':
      for (const value of values) table.discard(value, hashOf(value));
      table.finishDifferenceUpdate();
      return [table, popped];
    default:
      throw new Error(`unknown op ${step.op}`);
  }
}

describe('set iteration order', () => {
  it('matches CPython after every recorded operation', () => {
    const scenarios = loadNumericGolden<Step[][]>('set-order.json');
    const log = new MismatchLog();
    scenarios.forEach((steps, scenario) => {
      let table = new SetTable<Value>(equals);
      steps.forEach((step, index) => {
        const [next, popped] = apply(table, step, step.values.map(decode));
        table = next;
        const actual = { result: table.keys().map(encode), popped: popped.map(encode) };
        const expected = { result: step.result, popped: step.popped ?? [] };
        log.check([scenario, index, step.op], expected, actual);
      });
    });
    expect(log.count).toBeGreaterThan(2800);
    expect(log.summary).toEqual({ failed: 0, mismatches: [] });
  });

  it('orders small ints by value and strings by hash, as CPython does', () => {
    expect(setOf([5, 3, 1, 4]).keys()).toEqual([1, 3, 4, 5]);
    expect(setOf(['apple', 'banana', 'cherry']).keys()).toEqual(['banana', 'apple', 'cherry']);
  });

  it('reproduces a constant set display: a frozenset constant re-added in its own order', () => {
    // CPython folds {'apple', 'banana', 'cherry'} into a frozenset constant, which the compiler
    // rebuilds by iterating it (merge_consts_recursive); SET_UPDATE then copies it.
    const folded = setOf(['apple', 'banana', 'cherry']);
    const rebuilt = new SetTable<Value>(equals);
    folded.forEachEntry((key, hash) => rebuilt.add(key, hash));
    const display = new SetTable<Value>(equals);
    display.update(rebuilt);
    expect(display.keys()).toEqual(['banana', 'cherry', 'apple']);
  });
});
