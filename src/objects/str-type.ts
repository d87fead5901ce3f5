// Instances of str subclasses (plain strs are JS strings) and helpers every str path shares.
// str methods live in str-methods.ts; pure algorithms in code-points.ts and str-*.ts.

import { strType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** An instance of a subclass of `str`. */
export class PyStrInstance extends PyObject {
  readonly value: string;

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
