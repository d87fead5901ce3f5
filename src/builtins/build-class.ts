// __build_class__ (what a `class` statement calls): resolves __mro_entries__ and the metaclass, runs
// the class body with the namespace from __prepare__ as its locals, then calls the metaclass.

import { typeType } from '../objects/builtin-types.js';
import { PyCell } from '../objects/cell.js';
import { PyDict } from '../objects/dict.js';
import { typeError } from '../objects/errors.js';
import { PyFunction } from '../objects/function.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { getAttrOrUndefined } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import type { PyValue } from '../objects/py-object.js';
import { PyType } from '../objects/py-type.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { calculateMetaclass } from '../objects/type-methods.js';
import { typeName, typeOf } from '../objects/type-of.js';
import { initCells } from '../vm/call.js';
import { Frame } from '../vm/frame.js';
import { currentInterpreter } from '../vm/interpreter.js';

/** PEP 560: replaces bases that define `__mro_entries__` by what it returns. */
function resolveBases(bases: readonly PyValue[]): PyValue[] {
  const result: PyValue[] = [];
  for (const base of bases) {
    if (base instanceof PyType) {
      result.push(base);
      continue;
    }
    const entries = getAttrOrUndefined(base, '__mro_entries__');
    if (entries === undefined) {
      result.push(base);
      continue;
    }
    const replacement = callObject(entries, [new PyTuple(bases.slice())]);
    if (!(replacement instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    result.push(...replacement.items);
  }
  return result;
}

/** `__build_class__(func, name, *bases, metaclass=None, **kwds)`. */
export const buildClassFunction = makeNativeFunction(
  'builtins',
  '__build_class__',
  (args, kwnames) => {
    const kwCount = kwnames === null ? 0 : kwnames.length;
    const positional = args.slice(0, args.length - kwCount);
    if (positional.length < 2) throw typeError('__build_class__: not enough arguments');
    const func = positional[0]!;
    if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
    const name = strValueOf(positional[1]!);
    if (name === undefined) throw typeError('__build_class__: name is not a string');
    const originalBases = positional.slice(2);
    const bases = resolveBases(originalBases);
    let meta: PyValue | null = null;
    const kwargNames: string[] = [];
    const kwargValues: PyValue[] = [];
    for (let index = 0; index < kwCount; index++) {
      const keyword = kwnames![index]!;
      const value = args[positional.length + index]!;
      if (keyword === 'metaclass') meta = value;
      else {
        kwargNames.push(keyword);
        kwargValues.push(value);
      }
    }
    if (meta === null) meta = bases.length === 0 ? typeType : typeOf(bases[0]!);
    if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
    const basesTuple = new PyTuple(bases);
    const prepare = getAttrOrUndefined(meta, '__prepare__');
    const namespace =
      prepare === undefined
        ? new PyDict()
        : callObject(
            prepare,
            [name, basesTuple, ...kwargValues],
            kwargNames.length > 0 ? kwargNames : null,
          );
    if (typeOf(namespace).lookup('__getitem__') === undefined) {
      throw typeError(
        `${meta instanceof PyType ? meta.name : typeName(meta)}.__prepare__() must return a mapping, not ${typeName(namespace)}`,
      );
    }
    if (
      bases.length !== originalBases.length ||
      bases.some((base, index) => base !== originalBases[index])
    ) {
      if (namespace instanceof PyDict)
        namespace.setStr('__orig_bases__', new PyTuple(originalBases));
    }
    const interp = currentInterpreter();
    const frame = new Frame(
      func.code,
      func,
      func.globals,
      interp.builtinsFor(func.globals),
      namespace,
    );
    initCells(func, frame.fast);
    frame.isEntry = true;
    frame.parent = interp.frame;
    const cell = interp.runEntry(frame);
    const cls = callObject(
      meta,
      [name, basesTuple, namespace, ...kwargValues],
      kwargNames.length > 0 ? kwargNames : null,
    );
    if (cell instanceof PyCell && cls instanceof PyType && cell.value !== cls) {
      if (cell.value === undefined) cell.value = cls;
    }
    return cls;
  },
);

/** Lists a class body's bases for error messages (unused helper kept small). */
export function basesOf(value: PyValue): PyValue[] {
  return value === None ? [] : iterableToArray(value);
}
