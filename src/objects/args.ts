// Argument checking for natives, with CPython's messages: fixed arity, optional arguments, and
// keyword binding by parameter name (the vectorcall `(args, kwnames)` convention).

import { overflowError, typeError } from './errors.js';
import { indexValue } from './protocol-number.js';
import type { PyValue } from './py-object.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Rejects keyword arguments: "name() takes no keyword arguments". */
export function noKwargs(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    throw typeError(`${name}() takes no keyword arguments`);
}

/**
 * Checks a positional-only arity as PyArg_UnpackTuple words it: "name expected at least 1 argument,
 * got 0" / "name expected at most 2 arguments, got 3". No keywords allowed.
 */
export function checkArity(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKwargs(name, kwnames);
  const count = args.length;
  if (count < min) {
    if (min === max) throw typeError(`${name} expected ${plural(min, 'argument')}, got ${count}`);
    throw typeError(`${name} expected at least ${plural(min, 'argument')}, got ${count}`);
  }
  if (count > max) {
    if (min === max) throw typeError(`${name} expected ${plural(max, 'argument')}, got ${count}`);
    throw typeError(`${name} expected at most ${plural(max, 'argument')}, got ${count}`);
  }
}

/** "name() takes exactly one argument (N given)" for METH_O functions. */
export function checkOneArg(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  noKwargs(name, kwnames);
  if (args.length !== 1)
    throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** "name() takes no arguments (N given)" for METH_NOARGS functions. */
export function checkNoArgs(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  noKwargs(name, kwnames);
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** For methods (`args[0]` is self): the METH_O check on the rest. */
export function methodOneArg(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  noKwargs(name, kwnames);
  if (args.length !== 2)
    throw typeError(`${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1]!;
}

/** For methods: the METH_NOARGS check on the rest. */
export function methodNoArgs(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): void {
  noKwargs(name, kwnames);
  if (args.length !== 1) throw typeError(`${name}() takes no arguments (${args.length - 1} given)`);
}

/**
 * Binds arguments to parameter names as Argument Clinic does: `names` in order, the first
 * `positionalOnly` of them positional-only, `required` of them required, and any after
 * `keywordOnlyFrom` keyword-only. Returns one slot per name (undefined when not given).
 * Messages: "name() takes at most 2 arguments (3 given)", "name() missing required argument 'x' (pos 1)",
 * "'x' is an invalid keyword argument for name()", "argument for name() given by name ('x') and position (1)".
 */
export function bindArgs(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  names: readonly string[],
  required: number,
  positionalOnly = 0,
  keywordOnlyFrom = names.length,
): (PyValue | undefined)[] {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positionalCount = args.length - kwCount;
  const result: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  if (kwCount > 0 && positionalCount + kwCount > names.length) {
    // _PyArg_UnpackKeywords counts every argument first ("keyword" when all are keywords).
    throw typeError(
      `${name}() takes at most ${plural(names.length, positionalCount === 0 ? 'keyword argument' : 'argument')} (${positionalCount + kwCount} given)`,
    );
  }
  if (positionalCount > keywordOnlyFrom) {
    if (keywordOnlyFrom === 0) throw typeError(`${name}() takes no positional arguments`);
    // Argument Clinic says "positional arguments" when the function has keyword-only ones.
    if (keywordOnlyFrom === names.length) {
      const max = keywordOnlyFrom;
      throw typeError(
        `${name}() takes ${required === max ? 'exactly' : 'at most'} ${plural(max, 'argument')} (${positionalCount} given)`,
      );
    }
    throw typeError(
      `${name}() takes at most ${plural(keywordOnlyFrom, 'positional argument')} (${positionalCount} given)`,
    );
  }
  for (let index = 0; index < positionalCount; index++) result[index] = args[index];
  // The checks in _PyArg_UnpackKeywords' order: missing positional-only arguments, then the
  // parameters in order (the first missing required one), then leftover keywords (given by name
  // and position, else not a parameter's name).
  if (positionalCount < Math.min(positionalOnly, required)) {
    // Clinic functions with keyword parameters count the positional-only ones as "positional".
    const word = positionalOnly < names.length ? 'positional argument' : 'argument';
    throw typeError(
      `${name}() takes ${required === names.length ? 'exactly' : 'at least'} ${plural(required, word)} (${positionalCount} given)`,
    );
  }
  let unusedKeywords = kwCount;
  for (let index = Math.max(positionalCount, positionalOnly); index < names.length; index++) {
    let value: PyValue | undefined;
    if (unusedKeywords > 0) {
      const k = kwnames!.indexOf(names[index]!);
      if (k >= 0) value = args[positionalCount + k];
    } else if (index >= required) {
      break;
    }
    if (value !== undefined) {
      result[index] = value;
      unusedKeywords--;
    } else if (index < required) {
      throw typeError(`${name}() missing required argument '${names[index]}' (pos ${index + 1})`);
    }
  }
  if (unusedKeywords > 0) {
    for (let index = positionalOnly; index < positionalCount; index++) {
      if (kwnames!.includes(names[index]!)) {
        throw typeError(
          `argument for ${name}() given by name ('${names[index]}') and position (${index + 1})`,
        );
      }
    }
    for (const keyword of kwnames!) {
      const slot = names.indexOf(keyword);
      if (slot < positionalOnly) {
        throw typeError(`'${keyword}' is an invalid keyword argument for ${name}()`);
      }
    }
  }
  return result;
}

/** An index argument converted as CPython's Py_ssize_t (OverflowError beyond 64 bits). */
export function ssizeArg(value: PyValue): number {
  const index = indexValue(value);
  if (typeof index === 'bigint') {
    if (index > 0x7fffffffffffffffn || index < -0x8000000000000000n) {
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    return Number(index);
  }
  return index;
}

/** An index argument converted as a C int (OverflowError beyond 32 bits). */
export function cIntArg(value: PyValue): number {
  const index = indexValue(value);
  if (typeof index === 'bigint' || index > 0x7fffffff || index < -0x80000000) {
    throw overflowError('Python int too large to convert to C int');
  }
  return index;
}
