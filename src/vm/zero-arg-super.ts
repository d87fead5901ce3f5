// Zero-argument super(): finds `__class__` in the calling frame's free variables and its first
// argument (from its local slot, or its cell when the argument is captured), as CPython's super_init.

import { PyCell } from '../objects/cell.js';
import { runtimeError } from '../objects/errors.js';
import { superHooks } from '../objects/function-methods.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { currentInterpreter } from './interpreter.js';

superHooks.zeroArgs = (): [PyValue, PyValue] => {
  const frame = currentInterpreter().frame;
  if (frame === null) throw runtimeError('super(): no current frame');
  const code = frame.code.code;
  if (code.argcount === 0 && (code.flags & 0x0004) === 0)
    throw runtimeError('super(): no arguments');
  const nlocals = code.varnames.length;
  let first = frame.fast[0];
  const cellIndex = code.cell2arg.indexOf(0);
  if (cellIndex >= 0) first = (frame.fast[nlocals + cellIndex] as PyCell).value;
  if (first === undefined) throw runtimeError('super(): arg[0] deleted');
  const classIndex = code.freevars.indexOf('__class__');
  if (classIndex < 0) throw runtimeError('super(): __class__ cell not found');
  const cell = frame.fast[nlocals + code.cellvars.length + classIndex];
  if (!(cell instanceof PyCell)) throw runtimeError('super(): bad __class__ cell');
  const cls = cell.value;
  if (cls === undefined) throw runtimeError('super(): empty __class__ cell');
  if (!(cls instanceof PyType)) throw runtimeError('super(): __class__ is not a type');
  return [cls, first];
};

/** Marker export: importing this file installs zero-argument super(). */
export const ZERO_ARG_SUPER = true;
