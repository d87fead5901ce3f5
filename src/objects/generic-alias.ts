// `types.GenericAlias` (`list[int]`, `dict[str, int]`): what subscripting a built-in class returns,
// so annotations like `def f(x: list[int])` evaluate. Calling it calls the origin class.

import { makeBuiltinType } from './builtin-types.js';
import { typeError } from './errors.js';
import { defineGetSet, defineMethod, makeNativeFunction } from './native-function.js';
import { getAttr } from './protocol-attr.js';
import { callObject } from './protocol-call.js';
import { pyRepr } from './protocol-repr.js';
import { PyObject, type PyValue } from './py-object.js';
import { PyType } from './py-type.js';
import { Ellipsis } from './singletons.js';
import { PyTuple } from './tuple.js';

/** `types.GenericAlias`. */
export const genericAliasType = makeBuiltinType('GenericAlias', undefined, { module: 'types' });

/** A parameterised generic (`origin[args]`). */
export class PyGenericAlias extends PyObject {
  declare readonly origin: PyValue;
  declare readonly args: PyTuple;

  constructor(origin: PyValue, args: PyTuple) {
    super(genericAliasType);
    this.origin = origin;
    this.args = args;
  }
}

/** `origin[item]` for a class supporting `__class_getitem__`. */
export function makeGenericAlias(origin: PyValue, item: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, item instanceof PyTuple ? item : new PyTuple([item]));
}

/** How a type argument prints inside `list[...]`. */
export function typeArgRepr(value: PyValue): string {
  if (value === Ellipsis) return '...';
  if (value instanceof PyType) {
    const module = value.attrs.get('__module__');
    return typeof module === 'string' && module !== 'builtins'
      ? `${module}.${value.qualname}`
      : value.qualname;
  }
  return pyRepr(value);
}

genericAliasType.setAttr(
  '__new__',
  makeNativeFunction('GenericAlias', '__new__', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw typeError('GenericAlias() takes no keyword arguments');
    }
    const given = args.length - 1;
    if (given !== 2) {
      throw typeError(`GenericAlias expected 2 arguments, got ${given}`);
    }
    return makeGenericAlias(args[1]!, args[2]!);
  }),
);
defineMethod(genericAliasType, '__repr__', (args) => {
  const alias = args[0] as PyGenericAlias;
  const inner = alias.args.items.length === 0 ? '()' : alias.args.items.map(typeArgRepr).join(', ');
  return `${typeArgRepr(alias.origin)}[${inner}]`;
});
defineMethod(genericAliasType, '__call__', (args, kwnames) =>
  callObject((args[0] as PyGenericAlias).origin, args.slice(1), kwnames),
);
defineMethod(genericAliasType, '__getattr__', (args) =>
  getAttr((args[0] as PyGenericAlias).origin, args[1] as string),
);
defineMethod(genericAliasType, '__eq__', (args) => {
  const other = args[1];
  const alias = args[0] as PyGenericAlias;
  return (
    other instanceof PyGenericAlias &&
    other.origin === alias.origin &&
    pyRepr(other.args) === pyRepr(alias.args)
  );
});
defineMethod(genericAliasType, '__hash__', (args) => pyRepr(args[0]!).length);
defineMethod(genericAliasType, '__getitem__', (args) =>
  makeGenericAlias((args[0] as PyGenericAlias).origin, args[1]!),
);
defineGetSet(genericAliasType, '__origin__', (obj) => (obj as PyGenericAlias).origin);
defineGetSet(genericAliasType, '__args__', (obj) => (obj as PyGenericAlias).args);
