// `__iter__`, `__next__` and `__length_hint__` for every native iterator type (PyIterator.next()
// returns undefined at the end; Python code sees StopIteration).

import { stopIteration, typeError } from './errors.js';
import { ITERATOR_TYPES, PyIterator } from './iterators.js';
import { defineMethod } from './native-function.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';
import { typeName } from './type-of.js';

function iterator(args: readonly PyValue[]): PyIterator {
  const value = args[0];
  if (!(value instanceof PyIterator)) {
    throw typeError(
      `descriptor '__next__' requires an iterator, not '${value === undefined ? 'nothing' : typeName(value)}'`,
    );
  }
  return value;
}

/** Gives a native iterator type its Python-visible iterator protocol. */
export function installIteratorMethods(type: PyType): void {
  if (type.attrs.has('__next__')) return;
  defineMethod(type, '__iter__', (args) => iterator(args));
  defineMethod(type, '__next__', (args) => {
    const value = iterator(args).next();
    if (value === undefined) throw stopIteration();
    return value;
  });
  defineMethod(type, '__length_hint__', (args) => Math.max(0, iterator(args).lengthHint()));
}

/** Installs the methods on every iterator type registered so far. */
export function installAllIteratorMethods(): void {
  for (const type of ITERATOR_TYPES) installIteratorMethods(type);
}
