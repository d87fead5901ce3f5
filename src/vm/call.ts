// Calling Python functions: binds positional and keyword arguments to a new frame's locals exactly
// as CPython's initialize_locals (defaults, *args, **kwargs, keyword-only, positional-only, errors),
// then creates the cells and copies the closure.

import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from '../compiler/code-object.js';
import { PyCell } from '../objects/cell.js';
import { PyDict } from '../objects/dict.js';
import { typeError } from '../objects/errors.js';
import type { PyFunction } from '../objects/function.js';
import { type GeneratorKind, PyGenerator } from '../objects/generator.js';
import type { PyValue } from '../objects/py-object.js';
import { PyTuple } from '../objects/tuple.js';
import { Frame } from './frame.js';
import { rememberGeneratorCode } from './frame-object.js';

/** Flags marking code whose call returns a generator, coroutine or async generator. */
export const GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "'a', 'b', and 'c'" as CPython lists missing argument names. */
function listNames(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

/**
 * Makes the frame for calling `func` with `count` argument values taken from `source` starting at
 * `start` (positional values, then the keyword values named by `kwnames`), binding them to the
 * parameters. Raises TypeError with CPython's messages for every binding error.
 */
export function makeFunctionFrame(
  func: PyFunction,
  builtins: PyDict,
  source: ArrayLike<PyValue | undefined>,
  start: number,
  count: number,
  kwnames: readonly string[] | null,
  prefix: PyValue | undefined = undefined,
): Frame {
  const pyCode = func.code;
  const code = pyCode.code;
  const frame = new Frame(pyCode, func, func.globals, builtins, null);
  const fast = frame.fast;
  const argcount = code.argcount;
  const flags = code.flags;
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const prefixCount = prefix === undefined ? 0 : 1;
  const positional = count - kwCount + prefixCount;

  if (
    kwCount === 0 &&
    positional === argcount &&
    (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
    code.kwonlyargcount === 0
  ) {
    // Fast path: exactly the positional parameters.
    let slot = 0;
    if (prefix !== undefined) fast[slot++] = prefix;
    for (let index = start; slot < argcount; index++) fast[slot++] = source[index];
  } else {
    bindArguments(func, fast, source, start, count, kwnames, prefix);
  }
  initCells(func, fast);
  return frame;
}

/** Creates cells (from parameters per `cell2arg`) and copies the closure into the frame. */
export function initCells(func: PyFunction, fast: (PyValue | undefined)[]): void {
  const code = func.code.code;
  const cellCount = code.cellvars.length;
  const freeCount = code.freevars.length;
  if (cellCount === 0 && freeCount === 0) return;
  const base = code.varnames.length;
  for (let index = 0; index < cellCount; index++) {
    const argIndex = code.cell2arg[index]!;
    fast[base + index] = new PyCell(argIndex >= 0 ? fast[argIndex] : undefined);
  }
  const closure = func.closure;
  if (closure !== null) {
    for (let index = 0; index < freeCount; index++) fast[base + cellCount + index] = closure[index];
  }
}

function bindArguments(
  func: PyFunction,
  fast: (PyValue | undefined)[],
  source: ArrayLike<PyValue | undefined>,
  start: number,
  count: number,
  kwnames: readonly string[] | null,
  prefix: PyValue | undefined,
): void {
  const code = func.code.code;
  const name = func.qualname;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const totalArgs = argcount + kwonly;
  const flags = code.flags;
  const varnames = code.varnames;
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const prefixCount = prefix === undefined ? 0 : 1;
  const positional = count - kwCount + prefixCount;
  const argAt = (index: number): PyValue =>
    (prefixCount === 1
      ? index === 0
        ? prefix
        : source[start + index - 1]
      : source[start + index]) as PyValue;

  let kwdict: PyDict | null = null;
  if ((flags & CO_VARKEYWORDS) !== 0) {
    kwdict = new PyDict();
    fast[totalArgs + ((flags & CO_VARARGS) !== 0 ? 1 : 0)] = kwdict;
  }
  const copied = Math.min(positional, argcount);
  for (let index = 0; index < copied; index++) fast[index] = argAt(index);
  if ((flags & CO_VARARGS) !== 0) {
    const extra: PyValue[] = [];
    for (let index = argcount; index < positional; index++) extra.push(argAt(index));
    fast[totalArgs] = extra.length === 0 ? PyTuple.EMPTY : new PyTuple(extra);
  }

  for (let k = 0; k < kwCount; k++) {
    const keyword = kwnames![k]!;
    const value = source[start + count - kwCount + k] as PyValue;
    let slot = -1;
    for (let index = code.posonlyargcount; index < totalArgs; index++) {
      if (varnames[index] === keyword) {
        slot = index;
        break;
      }
    }
    if (slot < 0) {
      if (kwdict !== null) {
        kwdict.setStr(keyword, value);
        continue;
      }
      // As CPython: positional-only names passed as keywords (any of them) are reported first.
      const posonlyNames = varnames.slice(0, code.posonlyargcount);
      const passed = kwnames!.filter((each) => posonlyNames.includes(each));
      if (passed.length > 0) throw positionalOnlyPassedAsKeyword(name, passed);
      throw typeError(`${name}() got an unexpected keyword argument '${keyword}'`);
    }
    if (fast[slot] !== undefined) {
      throw typeError(`${name}() got multiple values for argument '${keyword}'`);
    }
    fast[slot] = value;
  }

  if (positional > argcount && (flags & CO_VARARGS) === 0) {
    throw tooManyPositional(func, positional, fast);
  }

  const defaults = func.defaults;
  const defaultCount = defaults === null ? 0 : defaults.length;
  if (positional < argcount) {
    const firstDefault = argcount - defaultCount;
    const missing: string[] = [];
    for (let index = positional; index < firstDefault; index++) {
      if (fast[index] === undefined) missing.push(varnames[index]!);
    }
    if (missing.length > 0) {
      throw typeError(
        `${name}() missing ${plural(missing.length, 'required positional argument')}: ${listNames(missing)}`,
      );
    }
    for (let index = Math.max(positional, firstDefault); index < argcount; index++) {
      if (fast[index] === undefined) fast[index] = defaults![index - firstDefault];
    }
  }

  if (kwonly > 0) {
    const missing: string[] = [];
    for (let index = argcount; index < totalArgs; index++) {
      if (fast[index] !== undefined) continue;
      const kwName = varnames[index]!;
      const fallback = func.kwdefaults?.getStr(kwName);
      if (fallback !== undefined) fast[index] = fallback;
      else missing.push(kwName);
    }
    if (missing.length > 0) {
      throw typeError(
        `${name}() missing ${plural(missing.length, 'required keyword-only argument')}: ${listNames(missing)}`,
      );
    }
  }
}

function positionalOnlyPassedAsKeyword(name: string, passed: readonly string[]): Error {
  return typeError(
    `${name}() got some positional-only arguments passed as keyword arguments: '${passed.join(', ')}'`,
  );
}

function tooManyPositional(func: PyFunction, given: number, fast: (PyValue | undefined)[]): Error {
  const code = func.code.code;
  const argcount = code.argcount;
  const defaultCount = func.defaults === null ? 0 : func.defaults.length;
  let kwonlyGiven = 0;
  for (let index = argcount; index < argcount + code.kwonlyargcount; index++) {
    if (fast[index] !== undefined) kwonlyGiven++;
  }
  const takes =
    defaultCount > 0
      ? `from ${argcount - defaultCount} to ${argcount} positional arguments`
      : plural(argcount, 'positional argument');
  const kwPart =
    kwonlyGiven > 0
      ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwonlyGiven, 'keyword-only argument')})`
      : '';
  const verb = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  return typeError(`${func.qualname}() takes ${takes} but ${given}${kwPart} ${verb} given`);
}

/** The generator kind of code with generator flags, or null for a plain function. */
export function generatorKindOf(flags: number): GeneratorKind | null {
  if ((flags & CO_GENERATOR) !== 0) return 'generator';
  if ((flags & CO_COROUTINE) !== 0) return 'coroutine';
  if ((flags & CO_ASYNC_GENERATOR) !== 0) return 'async_generator';
  return null;
}

/** Wraps a bound frame of generator code in its generator/coroutine object. */
export function makeGenerator(frame: Frame, kind: GeneratorKind): PyGenerator {
  const func = frame.func!;
  const generator = new PyGenerator(kind, frame, func.name, func.qualname);
  frame.generator = generator;
  rememberGeneratorCode(generator, func.code);
  return generator;
}
