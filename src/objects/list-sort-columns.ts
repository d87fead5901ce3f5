// Stable sorts for keys whose order is total and whose comparisons nobody can observe (ints, strs,
// floats without NaN, and equal-length tuples of those): native sorts and counting sorts by rank,
// no comparator calls. Every other key goes to the timsort of list-sort-merge.ts.

import { floatType, tupleType } from './builtin-types.js';
import type { PyFloat } from './float-type.js';
import { compareCodePoints } from './protocol-compare.js';
import type { PyValue } from './py-object.js';
import { rt } from './runtime.js';
import type { PyTuple } from './tuple.js';

/**
 * What one column of keys holds: JS-number ints, strs, or numbers of mixed kinds (ints, bools,
 * exact floats other than NaN, compared by value).
 */
const ColumnKind = { Int: 0, Str: 1, Number: 2 } as const;
type ColumnKind = (typeof ColumnKind)[keyof typeof ColumnKind];

const SURROGATE = /[\uD800-\uDFFF]/;

/** What a pass over one column learns: its kind, whether it is constant, its int range. */
class ColumnFacts {
  declare kind: ColumnKind;
  /** Every item is the first one: the column cannot reorder anything. */
  declare constant: boolean;
  /** For Int columns, the smallest and largest value. */
  declare min: number;
  declare max: number;

  constructor(kind: ColumnKind, constant: boolean, min: number, max: number) {
    this.kind = kind;
    this.constant = constant;
    this.min = min;
    this.max = max;
  }
}

/** The facts of a column whose items all have one comparable primitive type, or null. */
function columnFacts(column: readonly PyValue[]): ColumnFacts | null {
  const first = column[0]!;
  const count = column.length;
  if (typeof first === 'number' || typeof first === 'boolean' || isOrderedFloat(first)) {
    let ints = true;
    let min = 0;
    let max = 0;
    for (let index = 0; index < count; index++) {
      const value = column[index]!;
      if (typeof value === 'number') {
        if (index === 0 || value < min) min = value;
        if (index === 0 || value > max) max = value;
      } else if (typeof value === 'boolean' || isOrderedFloat(value)) {
        ints = false;
      } else {
        return null;
      }
    }
    if (ints) return new ColumnFacts(ColumnKind.Int, min === max, min, max);
    return new ColumnFacts(ColumnKind.Number, false, 0, 0);
  }
  if (typeof first === 'string') {
    let constant = true;
    for (let index = 0; index < count; index++) {
      const item = column[index];
      if (typeof item !== 'string') return null;
      if (item !== first) constant = false;
    }
    return new ColumnFacts(ColumnKind.Str, constant, 0, 0);
  }
  return null;
}

/** Whether a value is an exact float other than NaN (NaN is unordered: the timsort handles it). */
function isOrderedFloat(value: PyValue): boolean {
  return (
    typeof value === 'object' && value.cls === floatType && !Number.isNaN((value as PyFloat).value)
  );
}

/** The numeric value of an int, bool or exact float of a Number column. */
function numberOf(value: PyValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return (value as PyFloat).value;
}

/** The columns of equal-length exact tuple keys (item i of every key), or null for other keys. */
function tupleColumns(keys: readonly PyValue[]): PyValue[][] | null {
  const count = keys.length;
  const width = (keys[0] as PyTuple).items.length;
  if (width === 0) return null;
  if (width === 2) return pairColumns(keys);
  const columns: PyValue[][] = [];
  for (let column = 0; column < width; column++) columns.push(new Array(count));
  for (let index = 0; index < count; index++) {
    const key = keys[index]!;
    if (typeof key !== 'object' || key.cls !== tupleType) return null;
    const items = (key as PyTuple).items;
    if (items.length !== width) return null;
    for (let column = 0; column < width; column++) columns[column]![index] = items[column]!;
  }
  return columns;
}

/** tupleColumns for pairs, the most common key tuple: one loop with no inner loop per key. */
function pairColumns(keys: readonly PyValue[]): PyValue[][] | null {
  const count = keys.length;
  const firsts: PyValue[] = new Array(count);
  const seconds: PyValue[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const key = keys[index]!;
    if (typeof key !== 'object' || key.cls !== tupleType) return null;
    const items = (key as PyTuple).items;
    if (items.length !== 2) return null;
    firsts[index] = items[0]!;
    seconds[index] = items[1]!;
  }
  return [firsts, seconds];
}

/**
 * Sorts `values` stably by `keys` (the values when null) if every key is a number, str or float
 * without NaN, or all keys are exact tuples of one length whose columns are each such; returns
 * false (nothing done) otherwise. `reverse` gives CPython's reverse=True order: descending, equal
 * keys in their original order.
 */
export function sortByColumns(
  values: PyValue[],
  keys: readonly PyValue[] | null,
  reverse: boolean,
): boolean {
  const count = values.length;
  const sortKeys = keys ?? values;
  const first = sortKeys[0]!;
  const columns =
    typeof first === 'object' && first.cls === tupleType
      ? tupleColumns(sortKeys)
      : [sortKeys as PyValue[]];
  if (columns === null) return false;
  const facts: ColumnFacts[] = [];
  for (const column of columns) {
    const fact = columnFacts(column);
    if (fact === null) return false;
    facts.push(fact);
  }
  const runtime = rt();
  let order: Int32Array = new Int32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  // Least significant column first: each pass is stable, so earlier passes break later ties.
  for (let column = columns.length - 1; column >= 0; column--) {
    runtime.chargeBudget(count);
    const fact = facts[column]!;
    if (!fact.constant) order = orderByColumn(order, columns[column]!, fact, reverse);
  }
  const original = values.slice();
  for (let rank = 0; rank < count; rank++) values[rank] = original[order[rank]!]!;
  return true;
}

/** Largest int span counted with one bucket per value (beyond twice the item count). */
const MAX_COUNTING_SPAN = 1 << 22;

/** `order` stably re-sorted by `column[order[i]]` (descending when `reverse`). */
function orderByColumn(
  order: Int32Array,
  column: readonly PyValue[],
  facts: ColumnFacts,
  reverse: boolean,
): Int32Array {
  const kind = facts.kind;
  if (kind === ColumnKind.Int) {
    const ints = column as readonly number[];
    const count = ints.length;
    const min = facts.min;
    const max = facts.max;
    const span = max - min + 1;
    // Counting sort by value: O(count + span), with at most a few int32 buckets per item.
    if (span <= 2 * count + 256 || (span <= 8 * count && span <= MAX_COUNTING_SPAN)) {
      const ranks = new Int32Array(count);
      for (let index = 0; index < count; index++) {
        ranks[index] = reverse ? max - ints[index]! : ints[index]! - min;
      }
      return countingSort(order, ranks, span);
    }
    if (span * count <= Number.MAX_SAFE_INTEGER) return packedSort(order, ints, min, max, reverse);
  }
  const ranks = new Int32Array(column.length);
  const rankCount =
    kind === ColumnKind.Str
      ? rankStrings(column as readonly string[], ranks)
      : rankNumbers(column, ranks);
  if (rankCount < 0) {
    return kind === ColumnKind.Str
      ? stringComparisonSort(order, column as readonly string[], reverse)
      : comparisonSort(order, column, reverse);
  }
  if (reverse) {
    for (let index = 0; index < ranks.length; index++) ranks[index] = rankCount - 1 - ranks[index]!;
  }
  return countingSort(order, ranks, rankCount);
}

/**
 * A stable native sort of `order` by int keys: `(key - min) * count + position` is exact below
 * 2**53, so sorting those numbers sorts by key with ties in position order.
 */
function packedSort(
  order: Int32Array,
  ints: readonly number[],
  min: number,
  max: number,
  reverse: boolean,
): Int32Array {
  const count = order.length;
  const packed = new Float64Array(count);
  for (let position = 0; position < count; position++) {
    const value = ints[order[position]!]!;
    packed[position] = (reverse ? max - value : value - min) * count + position;
  }
  packed.sort();
  const result = new Int32Array(count);
  for (let rank = 0; rank < count; rank++) result[rank] = order[packed[rank]! % count]!;
  return result;
}

/** `order` stably re-sorted by `ranks[order[i]]`, ranks in [0, rankCount). */
function countingSort(order: Int32Array, ranks: Int32Array, rankCount: number): Int32Array {
  const count = order.length;
  const starts = new Int32Array(rankCount + 1);
  for (let index = 0; index < count; index++) starts[ranks[index]! + 1]!++;
  for (let rank = 0; rank < rankCount; rank++) starts[rank + 1]! += starts[rank]!;
  const result = new Int32Array(count);
  for (let position = 0; position < count; position++) {
    const item = order[position]!;
    result[starts[ranks[item]!]!++] = item;
  }
  return result;
}

/**
 * Most distinct values ranked before `rankStrings`/`rankNumbers` gives up for a comparison sort:
 * numbering costs a hash-map insertion per distinct value (and, for a fresh str, hashing it),
 * which only pays off when values repeat (20,000 distinct strs: ranking ~2x slower cold).
 */
function distinctLimit(count: number): number {
  return count >> 3 > 1024 ? count >> 3 : 1024;
}

/**
 * Fills `ranks[i]` with the rank of `strings[i]` among the distinct strs (equal strs share one;
 * ranks ascend with code point order) and returns the number of distinct strs, or -1 when there
 * are too many (see distinctLimit). Strs are numbered in order of appearance, then only the
 * distinct ones are sorted, natively; surrogates are looked for among the distinct ones only.
 */
function rankStrings(strings: readonly string[], ranks: Int32Array): number {
  const count = strings.length;
  const limit = distinctLimit(count);
  const idOf = new Map<string, number>();
  const distinct: string[] = [];
  for (let index = 0; index < count; index++) {
    const value = strings[index]!;
    let id = idOf.get(value);
    if (id === undefined) {
      id = distinct.length;
      if (id >= limit) return -1;
      idOf.set(value, id);
      distinct.push(value);
    }
    ranks[index] = id;
  }
  // The default sort compares UTF-16 units natively: code point order unless a surrogate occurs.
  let units = true;
  for (let index = 0; index < distinct.length && units; index++) {
    if (SURROGATE.test(distinct[index]!)) units = false;
  }
  if (units) distinct.sort();
  else distinct.sort(compareCodePoints);
  const rankOfId = new Int32Array(distinct.length);
  for (let rank = 0; rank < distinct.length; rank++) rankOfId[idOf.get(distinct[rank]!)!] = rank;
  for (let index = 0; index < count; index++) ranks[index] = rankOfId[ranks[index]!]!;
  return distinct.length;
}

/**
 * Fills `ranks[i]` with the rank of `column[i]` (ints, bools, ordered floats) among the column's
 * distinct values and returns their number, or -1 when there are too many for ranking to pay (see
 * distinctLimit).
 */
function rankNumbers(column: readonly PyValue[], ranks: Int32Array): number {
  const count = column.length;
  const limit = distinctLimit(count);
  // Map keys compare as SameValueZero: -0.0 and 0.0 get one id, as they are equal floats.
  const idOf = new Map<number, number>();
  const distinct: number[] = [];
  for (let index = 0; index < count; index++) {
    const item = column[index]!;
    const value = numberOf(item);
    let id = idOf.get(value);
    if (id === undefined) {
      id = distinct.length;
      if (id >= limit) return -1;
      idOf.set(value, id);
      distinct.push(value);
    }
    ranks[index] = id;
  }
  const sorted = new Float64Array(distinct).sort();
  const rankOfId = new Int32Array(distinct.length);
  for (let rank = 0; rank < sorted.length; rank++) rankOfId[idOf.get(sorted[rank]!)!] = rank;
  for (let index = 0; index < count; index++) ranks[index] = rankOfId[ranks[index]!]!;
  return distinct.length;
}

/**
 * `order` stably re-sorted by a column of mostly distinct strs: a native sort of positions with a
 * small comparator (ties broken by position), by UTF-16 unit unless a str holds a surrogate.
 */
function stringComparisonSort(
  order: Int32Array,
  column: readonly string[],
  reverse: boolean,
): Int32Array {
  const count = order.length;
  const positions = identityPositions(count);
  const direction = reverse ? -1 : 1;
  const strings: string[] = new Array(count);
  let units = true;
  for (let position = 0; position < count; position++) {
    const text = column[order[position]!]!;
    strings[position] = text;
    if (units && SURROGATE.test(text)) units = false;
  }
  if (units) {
    positions.sort((left, right) => {
      const x = strings[left]!;
      const y = strings[right]!;
      return x < y ? -direction : x > y ? direction : left - right;
    });
  } else {
    positions.sort(
      (left, right) =>
        direction * compareCodePoints(strings[left]!, strings[right]!) || left - right,
    );
  }
  return reorder(order, positions);
}

/**
 * `order` stably re-sorted by a column of mostly distinct numbers: a native sort of positions with
 * a small comparator (ties broken by position, so the engine's own stability does not matter).
 */
function comparisonSort(
  order: Int32Array,
  column: readonly PyValue[],
  reverse: boolean,
): Int32Array {
  const count = order.length;
  const positions = identityPositions(count);
  const direction = reverse ? -1 : 1;
  const numbers = new Float64Array(count);
  for (let position = 0; position < count; position++) {
    const item = column[order[position]!]!;
    numbers[position] = numberOf(item);
  }
  positions.sort((left, right) => {
    const x = numbers[left]!;
    const y = numbers[right]!;
    return x < y ? -direction : x > y ? direction : left - right;
  });
  return reorder(order, positions);
}

/** The positions 0..count-1, for a native sort of positions by a comparator. */
function identityPositions(count: number): number[] {
  const positions: number[] = new Array(count);
  for (let position = 0; position < count; position++) positions[position] = position;
  return positions;
}

/** `order` rearranged so that its entry at `positions[rank]` comes at `rank`. */
function reorder(order: Int32Array, positions: readonly number[]): Int32Array {
  const result = new Int32Array(order.length);
  for (let rank = 0; rank < result.length; rank++) result[rank] = order[positions[rank]!]!;
  return result;
}
