// The Python `code` object: a compiler CodeObject plus what the VM derives from it once (constants
// converted to Python values, keyword-name tuples as string arrays). Code objects are immutable.

import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeConstant,
  type CodeObject,
} from '../compiler/code-object.js';
import { codeType } from './builtin-types.js';
import { PyBytes } from './bytes.js';
import { PyComplex } from './complex.js';
import { newFloat } from './float-type.js';
import { normalizeBigInt } from './int-type.js';
import { PyObject, type PyValue } from './py-object.js';
import { PyFrozenSet } from './set.js';
import { Ellipsis, None } from './singletons.js';
import { PyTuple } from './tuple.js';

/** A `code` object. Made once per CodeObject (`codeFor`), so frames share the converted constants. */
export class PyCode extends PyObject {
  declare readonly code: CodeObject;
  /** `co_consts` as Python values (nested code objects as PyCode). */
  declare readonly consts: PyValue[];
  /** For each constant that is a tuple of strings, that tuple as a string array (KW_NAMES operands). */
  declare readonly kwnames: (readonly string[] | null)[];
  /** Number of slots before the value stack: locals, then cells and free variables. */
  declare readonly localsplusSize: number;
  /**
   * The positional parameter count when a call passing exactly that many positional arguments
   * binds them in order and nothing else (no `*args`, `**kwargs`, keyword-only parameters, and not
   * generator code), else -1: the VM's CALL then makes the frame inline.
   */
  declare readonly plainArgcount: number;
  /** Whether frames of this code have cells or free variables to set up (vm/call.ts initCells). */
  declare readonly hasCells: boolean;
  /** One inline-cache slot per instruction (src/vm/inline-cache.ts), made on first use. */
  declare caches: unknown[] | null;
  /** The instructions with fused pairs that the dispatch loop runs (src/vm/quicken.ts), made on first use. */
  declare quickened: Int32Array | null;

  constructor(code: CodeObject) {
    super(codeType);
    this.code = code;
    // Built into an array of generic elements kind whatever the constants are (small ints alone
    // would make a Smi array, large ones a double array): LOAD_CONST then sees one array map.
    const consts: PyValue[] = [None];
    consts.length = 0;
    for (const constant of code.consts) consts.push(convertConstant(constant));
    this.consts = consts;
    this.kwnames = code.consts.map((constant) =>
      typeof constant === 'object' &&
      constant !== null &&
      'type' in constant &&
      constant.type === 'tuple' &&
      constant.items.every((item) => typeof item === 'string')
        ? (constant.items as string[])
        : null,
    );
    this.localsplusSize = code.varnames.length + code.cellvars.length + code.freevars.length;
    const notPlain = CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;
    this.plainArgcount =
      (code.flags & notPlain) === 0 && code.kwonlyargcount === 0 ? code.argcount : -1;
    this.hasCells = code.cellvars.length > 0 || code.freevars.length > 0;
    this.caches = null;
    this.quickened = null;
  }
}

const codeObjects = new WeakMap<CodeObject, PyCode>();

/** The PyCode for a compiler CodeObject (made once and shared). */
export function codeFor(code: CodeObject): PyCode {
  let pyCode = codeObjects.get(code);
  if (pyCode === undefined) {
    pyCode = new PyCode(code);
    codeObjects.set(code, pyCode);
  }
  return pyCode;
}

/** Converts a compile-time constant to the Python value LOAD_CONST pushes. */
export function convertConstant(constant: CodeConstant): PyValue {
  if (constant === null) return None;
  switch (typeof constant) {
    case 'boolean':
    case 'string':
      return constant;
    case 'number':
      return constant === 0 ? 0 : constant;
    case 'bigint':
      return normalizeBigInt(constant);
    default:
      break;
  }
  switch (constant.type) {
    case 'float':
      return newFloat(constant.value);
    case 'complex':
      return new PyComplex(constant.real, constant.imag);
    case 'bytes':
      return new PyBytes(constant.value);
    case 'ellipsis':
      return Ellipsis;
    case 'tuple':
      return new PyTuple(constant.items.map(convertConstant));
    case 'frozenset': {
      // CPython builds the constant twice (the second time from the first one's order), and a
      // third time when making the code object interns one of its direct str items (a non-empty
      // name-like ASCII str): each rebuild can reorder colliding items.
      const items = constant.items.map(convertConstant);
      const twice = PyFrozenSet.fromArray(PyFrozenSet.fromArray(items).liveKeys());
      return items.some(isInternedByCodeObjects) ? PyFrozenSet.fromArray(twice.liveKeys()) : twice;
    }
    case 'code':
      // Owned by the enclosing PyCode (made once with it), not entered in the shared map: V8's
      // young-generation GC treats WeakMap values as strong, so an entry would keep each run's
      // inline caches, and the objects they reach, alive through scavenges.
      return new PyCode(constant);
  }
}

/** Whether CPython's code-object creation interns this constant str: non-empty, all [A-Za-z0-9_]. */
function isInternedByCodeObjects(value: PyValue): boolean {
  return typeof value === 'string' && /^[A-Za-z0-9_]+$/.test(value);
}
