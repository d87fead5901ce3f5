// Instances of str subclasses (plain strs are JS strings) and helpers every str path shares.
// str methods live in str-methods.ts; pure algorithms in code-points.ts and str-*.ts.

import { strType } from './builtin-types.js';
import { codePointLength, isAstralFree, isAstralFreeCached } from './code-points.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** An instance of a subclass of `str`. */
export class PyStrInstance extends PyObject {
  declare readonly value: string;

  constructor(value: string, cls: PyType = strType) {
    super(cls);
    this.value = value;
  }
}

/** The str value of a str or str-subclass instance, or undefined. */
export function strValueOf(value: PyValue): string | undefined {
  if (typeof value === 'string') return value;
  return value instanceof PyStrInstance ? value.value : undefined;
}

let lastText = '';
let lastAstralFree = true;

/**
 * Whether a str has no surrogates (so UTF-16 offsets are code-point indexes), cached for the last
 * string asked about so index loops over one string stay linear.
 */
export function astralFree(text: string): boolean {
  if (text.length < 32) return isAstralFree(text);
  if (text === lastText) return lastAstralFree;
  lastText = text;
  lastAstralFree = isAstralFreeCached(text);
  return lastAstralFree;
}

/** `len(text)` in code points. */
export function strLength(text: string): number {
  return astralFree(text) ? text.length : codePointLength(text);
}
