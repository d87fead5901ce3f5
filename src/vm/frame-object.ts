// Python-visible frame objects (`tb.tb_frame`, `sys._getframe()`, `gen.gi_frame`): a wrapper per VM
// frame exposing f_code, f_lineno, f_locals, f_globals, f_back; plus the traceback and generator
// attributes that hand them out.

import {
  asyncGeneratorType,
  coroutineType,
  frameType,
  generatorType,
  tracebackType,
} from '../objects/builtin-types.js';
import type { PyCell } from '../objects/cell.js';
import { PyDict } from '../objects/dict.js';
import type { PyGenerator } from '../objects/generator.js';
import { defineGetSet, defineMethod } from '../objects/native-function.js';
import { addressOf } from '../objects/protocol-repr.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import type { PyTraceback } from '../objects/traceback.js';
import type { Frame } from './frame.js';

/** A `frame` object: a view of one VM frame. */
export class PyFrameObject extends PyObject {
  declare readonly frame: Frame;

  constructor(frame: Frame) {
    super(frameType);
    this.frame = frame;
  }
}

const wrappers = new WeakMap<Frame, PyFrameObject>();

/** The frame object of a VM frame (one per frame, so `is` works). */
export function frameObjectFor(frame: Frame): PyFrameObject {
  let wrapper = wrappers.get(frame);
  if (wrapper === undefined) {
    wrapper = new PyFrameObject(frame);
    wrappers.set(frame, wrapper);
  }
  return wrapper;
}

/** The locals of a frame as a dict (a snapshot for function frames, the mapping for others). */
export function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  const dict = new PyDict();
  const code = frame.code.code;
  code.varnames.forEach((name, index) => {
    const value = frame.fast[index];
    if (value !== undefined) dict.setStr(name, value);
  });
  const cellNames = [...code.cellvars, ...code.freevars];
  cellNames.forEach((name, index) => {
    const cell = frame.fast[code.varnames.length + index] as PyCell | undefined;
    if (cell?.value !== undefined) dict.setStr(name, cell.value);
  });
  return dict;
}

function view(obj: PyValue): Frame {
  return (obj as PyFrameObject).frame;
}

defineGetSet(frameType, 'f_code', (obj) => view(obj).code);
defineGetSet(frameType, 'f_lineno', (obj) => view(obj).lineno);
defineGetSet(frameType, 'f_lasti', (obj) => view(obj).lastInstruction * 2);
defineGetSet(frameType, 'f_globals', (obj) => view(obj).globals);
defineGetSet(frameType, 'f_builtins', (obj) => view(obj).builtins);
defineGetSet(frameType, 'f_locals', (obj) => frameLocals(view(obj)));
defineGetSet(frameType, 'f_back', (obj) => {
  const parent = view(obj).parent;
  return parent === null ? None : frameObjectFor(parent);
});
defineMethod(frameType, '__repr__', (args) => {
  const frame = view(args[0]!);
  const code = frame.code.code;
  return `<frame at ${addressOf(args[0]!)}, file '${code.filename}', line ${frame.lineno}, code ${code.name}>`;
});

defineGetSet(tracebackType, 'tb_frame', (obj) =>
  frameObjectFor((obj as PyTraceback).frame as Frame),
);
defineGetSet(tracebackType, 'tb_lineno', (obj) => (obj as PyTraceback).lineno);
defineGetSet(tracebackType, 'tb_lasti', (obj) => (obj as PyTraceback).instruction * 2);
defineGetSet(tracebackType, 'tb_next', (obj) => (obj as PyTraceback).next ?? None);

for (const [type, prefix] of [
  [generatorType, 'gi'],
  [coroutineType, 'cr'],
  [asyncGeneratorType, 'ag'],
] as const) {
  defineGetSet(type, `${prefix}_frame`, (obj) => {
    const frame = (obj as PyGenerator).frame as Frame | null;
    return frame === null ? None : frameObjectFor(frame);
  });
  defineGetSet(type, `${prefix}_code`, (obj) => {
    const frame = (obj as PyGenerator).frame as Frame | null;
    return frame === null ? generatorCode(obj as PyGenerator) : frame.code;
  });
}

const finishedCode = new WeakMap<PyGenerator, PyValue>();

/** Remembers a generator's code so `gi_code` still works once its frame is gone. */
export function rememberGeneratorCode(gen: PyGenerator, code: PyValue): void {
  finishedCode.set(gen, code);
}

function generatorCode(gen: PyGenerator): PyValue {
  return finishedCode.get(gen) ?? None;
}
