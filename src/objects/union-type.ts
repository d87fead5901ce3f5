// `types.UnionType`: what `int | str` evaluates to (PEP 604), usable in isinstance/issubclass and
// annotations. `type.__or__` and `__ror__` are defined here.

import { makeBuiltinType, noneType, typeType } from './builtin-types.js';
import { PyGenericAlias, typeArgRepr } from './generic-alias.js';
import { defineGetSet, defineMethod } from './native-function.js';
import { PyObject, type PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { None, NotImplemented } from './singletons.js';
import { PyTuple } from './tuple.js';

/** `types.UnionType`. */
export const unionType = makeBuiltinType('UnionType', undefined, {
  module: 'types',
  subclassable: false,
});

/** A union of types. */
export class PyUnion extends PyObject {
  declare readonly args: readonly PyValue[];

  constructor(args: readonly PyValue[]) {
    super(unionType);
    this.args = args;
  }
}

function isUnionable(value: PyValue): boolean {
  return (
    value === None ||
    value instanceof PyType ||
    value instanceof PyUnion ||
    value instanceof PyGenericAlias
  );
}

/** `a | b` for types: a union with duplicates removed (None stands for NoneType). */
export function makeUnion(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const items: PyValue[] = [];
  for (const value of [a, b]) {
    const parts = value instanceof PyUnion ? value.args : [value === None ? noneType : value];
    for (const part of parts) if (!items.includes(part)) items.push(part);
  }
  if (items.length === 1) return items[0]!;
  return new PyUnion(items);
}

defineMethod(typeType, '__or__', (args) => makeUnion(args[0]!, args[1]!));
defineMethod(typeType, '__ror__', (args) => makeUnion(args[1]!, args[0]!));
defineMethod(unionType, '__or__', (args) => makeUnion(args[0]!, args[1]!));
defineMethod(unionType, '__ror__', (args) => makeUnion(args[1]!, args[0]!));
defineMethod(unionType, '__repr__', (args) =>
  (args[0] as PyUnion).args
    .map((arg) => (arg === noneType ? 'None' : typeArgRepr(arg)))
    .join(' | '),
);
defineMethod(unionType, '__eq__', (args) => {
  const other = args[1];
  if (!(other instanceof PyUnion)) return NotImplemented;
  const mine = (args[0] as PyUnion).args;
  return mine.length === other.args.length && mine.every((item) => other.args.includes(item));
});
defineMethod(unionType, '__hash__', (args) => (args[0] as PyUnion).args.length);
defineGetSet(unionType, '__args__', (obj) => new PyTuple((obj as PyUnion).args.slice()));
defineMethod(PyGenericAliasType(), '__or__', (args) => makeUnion(args[0]!, args[1]!));
defineMethod(PyGenericAliasType(), '__ror__', (args) => makeUnion(args[1]!, args[0]!));

import { genericAliasType } from './generic-alias.js';

function PyGenericAliasType() {
  return genericAliasType;
}
