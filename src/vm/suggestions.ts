// "Did you mean: 'x'?" for NameError and AttributeError, following CPython 3.11's suggestions.c:
// a Levenshtein distance with case-change cost 1 and move cost 2, candidates from the object's dir()
// (AttributeError) or the frame's locals, globals and builtins (NameError).

import { PyDict } from '../objects/dict.js';
import { exceptionTypeNamed, type PyBaseException } from '../objects/exceptions.js';
import { callUnbound } from '../objects/protocol-call.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import type { PyValue } from '../objects/py-object.js';
import { strValueOf } from '../objects/str-type.js';
import { typeOf } from '../objects/type-of.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/**
 * CPython's levenshtein_distance: edit distance with costs, giving up (returning max + 1) once the
 * distance exceeds `maxCost`.
 */
export function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  let aEnd = a.length;
  let bEnd = b.length;
  while (start < aEnd && start < bEnd && a[start] === b[start]) start++;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let left = a.slice(start, aEnd);
  let right = b.slice(start, bEnd);
  if (left.length === 0 || right.length === 0) return (left.length + right.length) * MOVE_COST;
  if (left.length > MAX_STRING_SIZE || right.length > MAX_STRING_SIZE) return maxCost + 1;
  if (right.length < left.length) [left, right] = [right, left];
  if ((right.length - left.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let index = 0; index < left.length; index++) buffer[index] = (index + 1) * MOVE_COST;
  let result = 0;
  for (let bIndex = 0; bIndex < right.length; bIndex++) {
    const bCode = right[bIndex]!;
    let distance = bIndex * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < left.length; index++) {
      const substitute = distance + substitutionCost(bCode, left[index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest candidate to `name` under CPython's rules, or null. */
export function closestName(name: string, candidates: readonly string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const maxDistance = Math.floor(((name.length + candidate.length + 3) * MOVE_COST) / 6);
    const limit = Math.min(maxDistance, bestDistance - 1);
    const distance = levenshtein(name, candidate, limit);
    if (distance > limit) continue;
    if (best === null || distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function dirNames(obj: PyValue): string[] {
  try {
    const method = typeOf(obj).lookup('__dir__');
    if (method === undefined) return [];
    return iterableToArray(callUnbound(method, obj, []))
      .map((item) => strValueOf(item))
      .filter((item): item is string => item !== undefined)
      .sort();
  } catch {
    return [];
  }
}

function dictNames(dict: PyValue | null | undefined): string[] {
  if (!(dict instanceof PyDict)) return [];
  return dict.liveKeys().filter((key): key is string => typeof key === 'string');
}

function frameOfTraceback(exc: PyBaseException): Frame | null {
  let entry = exc.traceback;
  if (entry === null) return null;
  while (entry.next !== null) entry = entry.next;
  return entry.frame as Frame;
}

/** The suggestion CPython would append to a NameError/AttributeError message, or null. */
export function suggestionFor(_interp: Interpreter, exc: PyBaseException): string | null {
  const name = exc.getMember('name');
  if (typeof name !== 'string') return null;
  if (exc.cls.isSubtypeOf(exceptionTypeNamed('AttributeError'))) {
    const obj = exc.getMember('obj');
    if (obj === undefined) return null;
    return closestName(name, dirNames(obj));
  }
  if (exc.cls.isSubtypeOf(exceptionTypeNamed('NameError'))) {
    const frame = frameOfTraceback(exc);
    if (frame === null) return null;
    const locals: string[] =
      frame.locals !== null ? dictNames(frame.locals) : [...frame.code.code.varnames];
    const fromLocals = closestName(name, locals);
    if (fromLocals !== null) return fromLocals;
    const fromGlobals = closestName(name, dictNames(frame.globals));
    if (fromGlobals !== null) return fromGlobals;
    return closestName(name, dictNames(frame.builtins));
  }
  return null;
}
