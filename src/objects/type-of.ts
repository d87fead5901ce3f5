// `type(x)` for every PyValue: primitives map to their built-in types, objects carry their class.
// Kept tiny and free of other imports so every protocol can use it.

import { boolType, intType, strType } from './builtin-types.js';
import type { PyValue } from './py-object.js';
import type { PyType } from './py-type.js';

/** `type(value)`. */
export function typeOf(value: PyValue): PyType {
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return intType;
    case 'boolean':
      return boolType;
    case 'string':
      return strType;
    default:
      return value.cls;
  }
}

/**
 * Types CPython writes in C outside `builtins` whose tp_name (what its error messages quote) is
 * `module.name`, while `__name__` is the last part; Pyex's versions carry the same `__module__`.
 */
const DOTTED_TYPE_NAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['collections', new Set(['deque', 'defaultdict', 'OrderedDict'])],
  [
    'itertools',
    new Set([
      'accumulate',
      'chain',
      'combinations',
      'combinations_with_replacement',
      'compress',
      'count',
      'cycle',
      'dropwhile',
      'filterfalse',
      'groupby',
      'islice',
      'pairwise',
      'permutations',
      'product',
      'repeat',
      'starmap',
      'takewhile',
      'zip_longest',
      '_grouper',
      '_tee',
    ]),
  ],
  ['functools', new Set(['partial'])],
  ['operator', new Set(['attrgetter', 'itemgetter', 'methodcaller'])],
  ['array', new Set(['array'])],
  ['datetime', new Set(['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo'])],
  ['decimal', new Set(['Context', 'Decimal'])],
  ['re', new Set(['Match', 'Pattern'])],
  ['types', new Set(['GenericAlias', 'SimpleNamespace', 'UnionType'])],
  ['weakref', new Set(['CallableProxyType', 'ProxyType', 'ReferenceType'])],
]);

/** Every name in DOTTED_TYPE_NAMES (a cheap first test before the type's `__module__` is read). */
const DOTTED_CANDIDATES: ReadonlySet<string> = new Set(
  [...DOTTED_TYPE_NAMES.values()].flatMap((names) => [...names]),
);

/**
 * CPython's tp_name of `type`: `collections.deque`, `itertools.count`… for the C types of stdlib
 * modules (DOTTED_TYPE_NAMES), `__name__` for every other type. Most of CPython's error messages
 * quote this name.
 */
export function typeDisplayName(type: PyType): string {
  const name = type.name;
  if (!DOTTED_CANDIDATES.has(name)) return name;
  const module = type.attrs.get('__module__');
  if (typeof module !== 'string' || DOTTED_TYPE_NAMES.get(module)?.has(name) !== true) return name;
  return `${module}.${name}`;
}

/** `type(value)`'s tp_name, as CPython's error messages quote it (see typeDisplayName). */
export function typeName(value: PyValue): string {
  return typeDisplayName(typeOf(value));
}

/** `isinstance(value, type)` without `__instancecheck__` hooks. */
export function isInstanceOf(value: PyValue, type: PyType): boolean {
  return typeOf(value).isSubtypeOf(type);
}
