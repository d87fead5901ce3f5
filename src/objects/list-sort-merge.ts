// CPython 3.11's list sort algorithm (timsort: natural runs, binary insertion up to minrun,
// galloping merges, powersort merge policy), over a keys array permuted in step with a values array.
// Choosing the comparison (and faster paths for total orders) is list-sort.ts's job.

import type { PyFloat } from './float-type.js';
import { compareCodePoints, lessThan, pyEq, sameClassLessThan } from './protocol-compare.js';
import type { PyObject, PyValue } from './py-object.js';
import { rt } from './runtime.js';
import type { PyTuple } from './tuple.js';

/**
 * The comparison a sort uses, chosen once from the keys (as CPython's pre-sort check):
 * every key is a JS number/bigint int, an exact float, a str (`StrUnits` when UTF-16 order is code
 * point order), an exact tuple, an instance of one class defined in Python (`SameClass`: CPython
 * calls its `__lt__` directly first), or anything (`Generic`: the full `<` protocol).
 */
export const SortKind = {
  Int: 0,
  Float: 1,
  StrUnits: 2,
  StrCodePoints: 3,
  Tuple: 4,
  Generic: 5,
  SameClass: 6,
} as const;
/** A SortKind value. */
export type SortKind = (typeof SortKind)[keyof typeof SortKind];

/** Galloping starts after this many consecutive wins of one run (CPython's MIN_GALLOP). */
const MIN_GALLOP = 7;
/** Runs shorter than minrun are extended by binary insertion; minrun is at most this. */
const MAX_MINRUN = 64;

/**
 * `a < b` for two exact tuples as CPython's tuple comparison does it: the first pair that is not
 * `==` decides by `<`. Ints and strs are compared inline (no `__eq__` of theirs is observable); any
 * other pair goes through the full protocol, or sameClassLessThan for a first pair when
 * `firstSameClass` (every key's first item is an instance of one Python class, as CPython's
 * unsafe_tuple_compare then compares first items).
 */
export function tupleKeyLess(a: PyTuple, b: PyTuple, firstSameClass: boolean): boolean {
  const left = a.items;
  const right = b.items;
  const length = left.length < right.length ? left.length : right.length;
  for (let index = 0; index < length; index++) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (typeof x === 'number') {
      if (typeof y === 'number') return x < y;
    } else if (typeof x === 'string') {
      if (typeof y === 'string') return compareCodePoints(x, y) < 0;
    }
    if (pyEq(x, y)) continue;
    if (index === 0 && firstSameClass) return sameClassLessThan(x as PyObject, y);
    return lessThan(x, y);
  }
  return left.length < right.length;
}

/** Whether an exact float key is below another (NaN compares false, as in CPython). */
function floatLess(a: PyValue, b: PyValue): boolean {
  return (a as PyFloat).value < (b as PyFloat).value;
}

/**
 * One sort in progress: the keys, the values moved with them (null when the keys are the values),
 * the pending runs, and the merge scratch space. A fresh instance per sort, since a comparison can
 * run Python code that sorts another list.
 */
export class TimSort {
  declare readonly keys: PyValue[];
  declare readonly values: PyValue[] | null;
  declare readonly kind: SortKind;
  /** With Tuple keys: whether every first item is an instance of one Python class. */
  declare readonly firstSameClass: boolean;
  /** Consecutive wins needed to enter galloping mode; adapts as merges go. */
  declare minGallop: number;
  declare scratchKeys: PyValue[];
  declare scratchValues: PyValue[];
  /** The pending runs: start, length and powersort power of each. */
  declare runStart: number[];
  declare runLength: number[];
  declare runPower: number[];
  declare runCount: number;
  /** Set by countRun: whether the run it found is strictly descending. */
  declare descending: boolean;

  constructor(keys: PyValue[], values: PyValue[] | null, kind: SortKind, firstSameClass: boolean) {
    this.keys = keys;
    this.values = values;
    this.kind = kind;
    this.firstSameClass = firstSameClass;
    this.minGallop = MIN_GALLOP;
    this.scratchKeys = [];
    this.scratchValues = [];
    this.runStart = [];
    this.runLength = [];
    this.runPower = [];
    this.runCount = 0;
    this.descending = false;
  }

  /** `a < b` by the chosen comparison. */
  less(a: PyValue, b: PyValue): boolean {
    switch (this.kind) {
      case SortKind.Int:
        return (a as number) < (b as number);
      case SortKind.Float:
        return floatLess(a, b);
      case SortKind.StrUnits:
        return (a as string) < (b as string);
      case SortKind.StrCodePoints:
        return compareCodePoints(a as string, b as string) < 0;
      case SortKind.Tuple:
        return tupleKeyLess(a as PyTuple, b as PyTuple, this.firstSameClass);
      case SortKind.SameClass:
        return sameClassLessThan(a as PyObject, b);
      default:
        return lessThan(a, b);
    }
  }

  /** Sorts the whole keys array (and the values with it), stably. */
  sort(): void {
    const count = this.keys.length;
    if (count < 2) return;
    const runtime = rt();
    const minRun = computeMinRun(count);
    let start = 0;
    let remaining = count;
    do {
      let length = this.countRun(start, start + remaining);
      if (this.descending) this.reverseRange(start, start + length);
      if (length < minRun) {
        const forced = remaining <= minRun ? remaining : minRun;
        this.binarySort(start, start + forced, start + length);
        length = forced;
      }
      runtime.chargeBudget(length);
      this.foundNewRun(length, count);
      const top = this.runCount++;
      this.runStart[top] = start;
      this.runLength[top] = length;
      this.runPower[top] = 0;
      start += length;
      remaining -= length;
    } while (remaining > 0);
    this.forceCollapse();
  }

  /**
   * Stable binary insertion sort of `[low, high)`, whose prefix `[low, sorted)` is already sorted.
   * A comparison that raises leaves a permutation of the input (the pivot has not moved yet).
   */
  binarySort(low: number, high: number, sorted: number): void {
    const keys = this.keys;
    const values = this.values;
    let next = sorted === low ? sorted + 1 : sorted;
    for (; next < high; next++) {
      const pivot = keys[next]!;
      let left = low;
      let right = next;
      do {
        const middle = left + ((right - left) >> 1);
        if (this.less(pivot, keys[middle]!)) right = middle;
        else left = middle + 1;
      } while (left < right);
      for (let position = next; position > left; position--) keys[position] = keys[position - 1]!;
      keys[left] = pivot;
      if (values !== null) {
        const value = values[next]!;
        for (let position = next; position > left; position--) {
          values[position] = values[position - 1]!;
        }
        values[left] = value;
      }
    }
  }

  /**
   * The length of the run starting at `low` (before `high`): the longest non-descending prefix, or
   * the longest strictly descending one (then `descending` is set, and the caller reverses it).
   */
  countRun(low: number, high: number): number {
    const keys = this.keys;
    this.descending = false;
    let index = low + 1;
    if (index === high) return 1;
    if (this.less(keys[index]!, keys[index - 1]!)) {
      this.descending = true;
      for (index++; index < high; index++) {
        if (!this.less(keys[index]!, keys[index - 1]!)) break;
      }
    } else {
      for (index++; index < high; index++) {
        if (this.less(keys[index]!, keys[index - 1]!)) break;
      }
    }
    return index - low;
  }

  /** Reverses `[low, high)` of the keys and values. */
  reverseRange(low: number, high: number): void {
    reverseSlice(this.keys, low, high);
    if (this.values !== null) reverseSlice(this.values, low, high);
  }

  /**
   * Where `key` belongs in the sorted `array[base, base + length)`, left of any equal items: the k
   * with `array[base + k - 1] < key <= array[base + k]`. Gallops from `hint`, then bisects.
   */
  gallopLeft(key: PyValue, array: PyValue[], base: number, length: number, hint: number): number {
    let lastOffset = 0;
    let offset = 1;
    if (this.less(array[base + hint]!, key)) {
      // array[hint] < key: gallop right until array[hint + lastOffset] < key <= array[hint + offset].
      const maxOffset = length - hint;
      while (offset < maxOffset) {
        if (this.less(array[base + hint + offset]!, key)) {
          lastOffset = offset;
          offset = offset * 2 + 1;
        } else break;
      }
      if (offset > maxOffset) offset = maxOffset;
      lastOffset += hint;
      offset += hint;
    } else {
      // key <= array[hint]: gallop left until array[hint - offset] < key <= array[hint - lastOffset].
      const maxOffset = hint + 1;
      while (offset < maxOffset) {
        if (this.less(array[base + hint - offset]!, key)) break;
        lastOffset = offset;
        offset = offset * 2 + 1;
      }
      if (offset > maxOffset) offset = maxOffset;
      const previous = lastOffset;
      lastOffset = hint - offset;
      offset = hint - previous;
    }
    lastOffset++;
    while (lastOffset < offset) {
      const middle = lastOffset + ((offset - lastOffset) >> 1);
      if (this.less(array[base + middle]!, key)) lastOffset = middle + 1;
      else offset = middle;
    }
    return offset;
  }

  /** As gallopLeft, but right of any equal items: `array[base + k - 1] <= key < array[base + k]`. */
  gallopRight(key: PyValue, array: PyValue[], base: number, length: number, hint: number): number {
    let lastOffset = 0;
    let offset = 1;
    if (this.less(key, array[base + hint]!)) {
      // key < array[hint]: gallop left until array[hint - offset] <= key < array[hint - lastOffset].
      const maxOffset = hint + 1;
      while (offset < maxOffset) {
        if (this.less(key, array[base + hint - offset]!)) {
          lastOffset = offset;
          offset = offset * 2 + 1;
        } else break;
      }
      if (offset > maxOffset) offset = maxOffset;
      const previous = lastOffset;
      lastOffset = hint - offset;
      offset = hint - previous;
    } else {
      // array[hint] <= key: gallop right until array[hint + lastOffset] <= key < array[hint + offset].
      const maxOffset = length - hint;
      while (offset < maxOffset) {
        if (this.less(key, array[base + hint + offset]!)) break;
        lastOffset = offset;
        offset = offset * 2 + 1;
      }
      if (offset > maxOffset) offset = maxOffset;
      lastOffset += hint;
      offset += hint;
    }
    lastOffset++;
    while (lastOffset < offset) {
      const middle = lastOffset + ((offset - lastOffset) >> 1);
      if (this.less(key, array[base + middle]!)) offset = middle;
      else lastOffset = middle + 1;
    }
    return offset;
  }

  /**
   * Merges the adjacent sorted runs `[startA, startA + lengthA)` and `[startB, startB + lengthB)`
   * (startB = startA + lengthA) when lengthA <= lengthB: A goes to scratch space and the merge
   * fills from the left. The last item of A belongs last, the first of B first (merge_at trimmed
   * them). A comparison that raises leaves a permutation (A's remainder is copied back).
   */
  mergeLow(startA: number, lengthA: number, startB: number, lengthB: number): void {
    const keys = this.keys;
    const values = this.values;
    const scratchKeys = this.scratchKeys;
    const scratchValues = this.scratchValues;
    for (let index = 0; index < lengthA; index++) scratchKeys[index] = keys[startA + index]!;
    if (values !== null) {
      for (let index = 0; index < lengthA; index++) scratchValues[index] = values[startA + index]!;
    }
    let countA = lengthA;
    let countB = lengthB;
    let cursorA = 0; // in scratch
    let cursorB = startB; // in keys
    let dest = startA;
    let copyB = false;
    try {
      keys[dest] = keys[cursorB]!;
      if (values !== null) values[dest] = values[cursorB]!;
      dest++;
      cursorB++;
      countB--;
      if (countB === 0) return;
      if (countA === 1) {
        copyB = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let winsA = 0;
        let winsB = 0;
        // One pair at a time until one run wins minGallop times in a row.
        for (;;) {
          if (this.less(keys[cursorB]!, scratchKeys[cursorA]!)) {
            keys[dest] = keys[cursorB]!;
            if (values !== null) values[dest] = values[cursorB]!;
            dest++;
            cursorB++;
            winsB++;
            winsA = 0;
            countB--;
            if (countB === 0) return;
            if (winsB >= minGallop) break;
          } else {
            keys[dest] = scratchKeys[cursorA]!;
            if (values !== null) values[dest] = scratchValues[cursorA]!;
            dest++;
            cursorA++;
            winsA++;
            winsB = 0;
            countA--;
            if (countA === 1) {
              copyB = true;
              return;
            }
            if (winsA >= minGallop) break;
          }
        }
        // Galloping: copy whole stretches while either run keeps winning by MIN_GALLOP or more.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let found = this.gallopRight(keys[cursorB]!, scratchKeys, cursorA, countA, 0);
          winsA = found;
          if (found !== 0) {
            for (let index = 0; index < found; index++) {
              keys[dest + index] = scratchKeys[cursorA + index]!;
            }
            if (values !== null) {
              for (let index = 0; index < found; index++) {
                values[dest + index] = scratchValues[cursorA + index]!;
              }
            }
            dest += found;
            cursorA += found;
            countA -= found;
            if (countA === 1) {
              copyB = true;
              return;
            }
            // Impossible for a consistent comparison, but a Python __lt__ need not be one.
            if (countA === 0) return;
          }
          keys[dest] = keys[cursorB]!;
          if (values !== null) values[dest] = values[cursorB]!;
          dest++;
          cursorB++;
          countB--;
          if (countB === 0) return;

          found = this.gallopLeft(scratchKeys[cursorA]!, keys, cursorB, countB, 0);
          winsB = found;
          if (found !== 0) {
            for (let index = 0; index < found; index++) keys[dest + index] = keys[cursorB + index]!;
            if (values !== null) {
              for (let index = 0; index < found; index++) {
                values[dest + index] = values[cursorB + index]!;
              }
            }
            dest += found;
            cursorB += found;
            countB -= found;
            if (countB === 0) return;
          }
          keys[dest] = scratchKeys[cursorA]!;
          if (values !== null) values[dest] = scratchValues[cursorA]!;
          dest++;
          cursorA++;
          countA--;
          if (countA === 1) {
            copyB = true;
            return;
          }
        } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
        minGallop++; // penalty for leaving galloping mode
        this.minGallop = minGallop;
      }
    } finally {
      if (copyB) {
        // The rest of B, then the last item of A (which belongs at the very end).
        for (let index = 0; index < countB; index++) keys[dest + index] = keys[cursorB + index]!;
        keys[dest + countB] = scratchKeys[cursorA]!;
        if (values !== null) {
          for (let index = 0; index < countB; index++) {
            values[dest + index] = values[cursorB + index]!;
          }
          values[dest + countB] = scratchValues[cursorA]!;
        }
      } else if (countA > 0) {
        for (let index = 0; index < countA; index++) {
          keys[dest + index] = scratchKeys[cursorA + index]!;
        }
        if (values !== null) {
          for (let index = 0; index < countA; index++) {
            values[dest + index] = scratchValues[cursorA + index]!;
          }
        }
      }
    }
  }

  /**
   * As mergeLow when lengthA >= lengthB: B goes to scratch space and the merge fills from the
   * right end.
   */
  mergeHigh(startA: number, lengthA: number, startB: number, lengthB: number): void {
    const keys = this.keys;
    const values = this.values;
    const scratchKeys = this.scratchKeys;
    const scratchValues = this.scratchValues;
    for (let index = 0; index < lengthB; index++) scratchKeys[index] = keys[startB + index]!;
    if (values !== null) {
      for (let index = 0; index < lengthB; index++) scratchValues[index] = values[startB + index]!;
    }
    let countA = lengthA;
    let countB = lengthB;
    let cursorA = startA + lengthA - 1; // last unmerged item of A, in keys
    let cursorB = lengthB - 1; // last unmerged item of B, in scratch
    let dest = startB + lengthB - 1;
    let copyA = false;
    try {
      keys[dest] = keys[cursorA]!;
      if (values !== null) values[dest] = values[cursorA]!;
      dest--;
      cursorA--;
      countA--;
      if (countA === 0) return;
      if (countB === 1) {
        copyA = true;
        return;
      }
      let minGallop = this.minGallop;
      for (;;) {
        let winsA = 0;
        let winsB = 0;
        for (;;) {
          if (this.less(scratchKeys[cursorB]!, keys[cursorA]!)) {
            keys[dest] = keys[cursorA]!;
            if (values !== null) values[dest] = values[cursorA]!;
            dest--;
            cursorA--;
            winsA++;
            winsB = 0;
            countA--;
            if (countA === 0) return;
            if (winsA >= minGallop) break;
          } else {
            keys[dest] = scratchKeys[cursorB]!;
            if (values !== null) values[dest] = scratchValues[cursorB]!;
            dest--;
            cursorB--;
            winsB++;
            winsA = 0;
            countB--;
            if (countB === 1) {
              copyA = true;
              return;
            }
            if (winsB >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let found =
            countA - this.gallopRight(scratchKeys[cursorB]!, keys, startA, countA, countA - 1);
          winsA = found;
          if (found !== 0) {
            dest -= found;
            cursorA -= found;
            // Overlapping move to the right: copy from the top down.
            for (let index = found; index >= 1; index--)
              keys[dest + index] = keys[cursorA + index]!;
            if (values !== null) {
              for (let index = found; index >= 1; index--) {
                values[dest + index] = values[cursorA + index]!;
              }
            }
            countA -= found;
            if (countA === 0) return;
          }
          keys[dest] = scratchKeys[cursorB]!;
          if (values !== null) values[dest] = scratchValues[cursorB]!;
          dest--;
          cursorB--;
          countB--;
          if (countB === 1) {
            copyA = true;
            return;
          }

          found = countB - this.gallopLeft(keys[cursorA]!, scratchKeys, 0, countB, countB - 1);
          winsB = found;
          if (found !== 0) {
            dest -= found;
            cursorB -= found;
            for (let index = 1; index <= found; index++) {
              keys[dest + index] = scratchKeys[cursorB + index]!;
            }
            if (values !== null) {
              for (let index = 1; index <= found; index++) {
                values[dest + index] = scratchValues[cursorB + index]!;
              }
            }
            countB -= found;
            if (countB === 1) {
              copyA = true;
              return;
            }
            // Impossible for a consistent comparison, but a Python __lt__ need not be one.
            if (countB === 0) return;
          }
          keys[dest] = keys[cursorA]!;
          if (values !== null) values[dest] = values[cursorA]!;
          dest--;
          cursorA--;
          countA--;
          if (countA === 0) return;
        } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      if (copyA) {
        // The rest of A moves right (from the top down), then B's first item goes in front.
        for (let index = 0; index < countA; index++) {
          keys[dest - index] = keys[cursorA - index]!;
        }
        if (values !== null) {
          for (let index = 0; index < countA; index++) {
            values[dest - index] = values[cursorA - index]!;
          }
        }
        keys[dest - countA] = scratchKeys[cursorB]!;
        if (values !== null) values[dest - countA] = scratchValues[cursorB]!;
      } else if (countB > 0) {
        // B's unmerged items are scratch[0, countB); they end at dest.
        const first = dest - (countB - 1);
        for (let index = 0; index < countB; index++) keys[first + index] = scratchKeys[index]!;
        if (values !== null) {
          for (let index = 0; index < countB; index++) {
            values[first + index] = scratchValues[index]!;
          }
        }
      }
    }
  }

  /** Merges pending runs `at` and `at + 1` (`at` is the second or third from the top). */
  mergeAt(at: number): void {
    let startA = this.runStart[at]!;
    let lengthA = this.runLength[at]!;
    const startB = this.runStart[at + 1]!;
    let lengthB = this.runLength[at + 1]!;
    this.runLength[at] = lengthA + lengthB;
    if (at === this.runCount - 3) {
      this.runStart[at + 1] = this.runStart[at + 2]!;
      this.runLength[at + 1] = this.runLength[at + 2]!;
      this.runPower[at + 1] = this.runPower[at + 2]!;
    }
    this.runCount--;
    rt().chargeBudget(lengthA + lengthB);
    const keys = this.keys;
    // Items of A before where B's first item goes are already in place.
    const skip = this.gallopRight(keys[startB]!, keys, startA, lengthA, 0);
    startA += skip;
    lengthA -= skip;
    if (lengthA === 0) return;
    // Items of B after where A's last item goes are already in place.
    lengthB = this.gallopLeft(keys[startA + lengthA - 1]!, keys, startB, lengthB, lengthB - 1);
    if (lengthB <= 0) return;
    if (lengthA <= lengthB) this.mergeLow(startA, lengthA, startB, lengthB);
    else this.mergeHigh(startA, lengthA, startB, lengthB);
  }

  /**
   * Powersort's merge policy for a new run of `length` items (after the top run): merges the runs on the
   * stack whose power (depth in the conceptual merge tree) exceeds the top run's.
   */
  foundNewRun(length: number, total: number): void {
    if (this.runCount === 0) return;
    const top = this.runCount - 1;
    const power = nodePower(this.runStart[top]!, this.runLength[top]!, length, total);
    while (this.runCount > 1 && this.runPower[this.runCount - 2]! > power) {
      this.mergeAt(this.runCount - 2);
    }
    this.runPower[this.runCount - 1] = power;
  }

  /** Merges every pending run into one (the end of the sort). */
  forceCollapse(): void {
    while (this.runCount > 1) {
      let at = this.runCount - 2;
      if (at > 0 && this.runLength[at - 1]! < this.runLength[at + 1]!) at--;
      this.mergeAt(at);
    }
  }
}

/** Reverses `array[low, high)` in place. */
export function reverseSlice(array: PyValue[], low: number, high: number): void {
  let left = low;
  let right = high - 1;
  while (left < right) {
    const item = array[left]!;
    array[left] = array[right]!;
    array[right] = item;
    left++;
    right--;
  }
}

/**
 * The minimum run length for `count` items: `count` itself below MAX_MINRUN, else a value in
 * [MAX_MINRUN / 2, MAX_MINRUN] such that count / minrun is just below a power of two.
 */
function computeMinRun(count: number): number {
  let rest = count;
  let roundUp = 0;
  while (rest >= MAX_MINRUN) {
    roundUp |= rest & 1;
    rest = Math.floor(rest / 2);
  }
  return rest + roundUp;
}

/**
 * The powersort power of the boundary between the runs `[start1, start1 + length1)` and the
 * following run of `length2`, in a list of `total` items: the first bit where the binary
 * expansions of their midpoints (as fractions of `total`) differ.
 */
function nodePower(start1: number, length1: number, length2: number, total: number): number {
  // Doubled midpoints, so they are integers.
  let first = 2 * start1 + length1;
  let second = first + length1 + length2;
  let power = 0;
  for (;;) {
    power++;
    if (first >= total) {
      first -= total;
      second -= total;
    } else if (second >= total) {
      break;
    }
    first *= 2;
    second *= 2;
  }
  return power;
}
