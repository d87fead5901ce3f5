// Python function objects (made by MAKE_FUNCTION): code, globals, defaults, closure and attributes.
// Calling one is the VM's job (src/vm/call.ts binds arguments and pushes the frame).

import { functionType } from './builtin-types.js';
import type { PyCell } from './cell.js';
import type { PyCode } from './code.js';
import { PyDict } from './dict.js';
import { PyObject, type PyValue } from './py-object.js';
import type { PyTuple } from './tuple.js';

/** A Python `function`. Its `dict` holds function attributes (`f.x = 1`). */
export class PyFunction extends PyObject {
  declare code: PyCode;
  declare readonly globals: PyDict;
  /** `__name__`. */
  declare name: string;
  /** `__qualname__`. */
  declare qualname: string;
  /** `__defaults__` values (for the last parameters), or null. */
  declare defaults: PyValue[] | null;
  /** `__kwdefaults__`, or null. */
  declare kwdefaults: PyDict | null;
  /** `__closure__` cells in `co_freevars` order, or null. */
  declare closure: PyCell[] | null;
  /** `__doc__`. */
  declare doc: PyValue;
  /** `__annotations__` (a dict made on demand), or null. */
  declare annotations: PyDict | null;
  /** `__module__`. */
  declare module: PyValue;

  constructor(code: PyCode, globals: PyDict, qualname: string, doc: PyValue, module: PyValue) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.name = code.code.name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = doc;
    this.annotations = null;
    this.module = module;
  }
}

/** Builds the annotations dict from MAKE_FUNCTION's alternating (name, value) tuple. */
export function annotationsFromTuple(tuple: PyTuple): PyDict {
  const dict = new PyDict();
  const items = tuple.items;
  for (let index = 0; index + 1 < items.length; index += 2)
    dict.set(items[index]!, items[index + 1]!);
  return dict;
}
