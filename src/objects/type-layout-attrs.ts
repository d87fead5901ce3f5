// The C-layout attributes every CPython type object has (`__basicsize__`, `__itemsize__`,
// `__flags__`, `__dictoffset__`, `__weakrefoffset__`, `__text_signature__`), with CPython 3.11's
// values for the core built-ins. Pyex has no C layout; these exist so introspection code runs.

import { typeType } from './builtin-types.js';
import { defineGetSet } from './native-function.js';
import type { PyType } from './py-type.js';
import { None } from './singletons.js';

/** CPython's `Py_TPFLAGS_*` bits that Pyex reports. */
const FLAG = {
  managedDict: 1 << 4,
  immutable: 1 << 8,
  heapType: 1 << 9,
  baseType: 1 << 10,
  ready: 1 << 12,
  haveGc: 1 << 14,
} as const;

/** [basicsize, itemsize, dictoffset, weakrefoffset, flags, text signature] as CPython 3.11 x86-64. */
type Layout = readonly [number, number, number, number, number, string | null];

const BUILTIN_LAYOUTS: ReadonlyMap<string, Layout> = new Map<string, Layout>([
  ['object', [16, 0, 0, 0, 0x81500, '()']],
  ['int', [24, 4, 0, 0, 0x1481500, null]],
  ['bool', [32, 4, 0, 0, 0x1481100, null]],
  ['float', [24, 0, 0, 0, 0x401500, '(x=0, /)']],
  ['complex', [32, 0, 0, 0, 0x1500, '(real=0, imag=0)']],
  ['str', [80, 0, 0, 0, 0x10481500, null]],
  ['bytes', [33, 1, 0, 0, 0x8481500, null]],
  ['bytearray', [56, 0, 0, 0, 0x481500, null]],
  ['memoryview', [144, 8, 0, 136, 0x85120, '(object)']],
  ['list', [40, 0, 0, 0, 0x2485520, '(iterable=(), /)']],
  ['tuple', [24, 8, 0, 0, 0x4485520, '(iterable=(), /)']],
  ['dict', [48, 0, 0, 0, 0x20485540, null]],
  ['set', [200, 0, 0, 192, 0x485500, null]],
  ['frozenset', [200, 0, 0, 192, 0x485500, null]],
  ['range', [48, 0, 0, 0, 0x81120, null]],
  ['slice', [40, 0, 0, 0, 0x5100, null]],
  ['type', [904, 40, 264, 368, 0x80085d00, null]],
  ['BaseException', [72, 0, 16, 0, 0x40085500, null]],
]);

/** The flag bits a class inherits from its nearest built-in base (the `*_SUBCLASS` bits). */
const SUBCLASS_BITS = 0xff000000;

function builtinLayout(cls: PyType): Layout | undefined {
  for (const type of cls.mro) {
    if (!type.isHeapType) return BUILTIN_LAYOUTS.get(type.name);
  }
  return undefined;
}

function flagsOf(cls: PyType): number {
  if (!cls.isHeapType) {
    const known = BUILTIN_LAYOUTS.get(cls.name);
    if (known !== undefined && known[4] !== 0) return known[4];
    return FLAG.ready | FLAG.immutable | (cls.isBaseType ? FLAG.baseType : 0);
  }
  const inherited = (builtinLayout(cls)?.[4] ?? 0) & SUBCLASS_BITS;
  return (
    (inherited |
      FLAG.heapType |
      FLAG.baseType |
      FLAG.ready |
      FLAG.haveGc |
      (cls.instancesHaveDict ? FLAG.managedDict : 0)) >>>
    0
  );
}

defineGetSet(typeType, '__basicsize__', (cls) => builtinLayout(cls as PyType)?.[0] ?? 16);
defineGetSet(typeType, '__itemsize__', (cls) => builtinLayout(cls as PyType)?.[1] ?? 0);
defineGetSet(typeType, '__dictoffset__', (cls) => {
  const type = cls as PyType;
  if (type.isHeapType && type.instancesHaveDict) return -1;
  return builtinLayout(type)?.[2] ?? 0;
});
defineGetSet(typeType, '__weakrefoffset__', (cls) => builtinLayout(cls as PyType)?.[3] ?? 0);
defineGetSet(typeType, '__flags__', (cls) => flagsOf(cls as PyType));
defineGetSet(typeType, '__text_signature__', (cls) => {
  const type = cls as PyType;
  return type.isHeapType ? None : (BUILTIN_LAYOUTS.get(type.name)?.[5] ?? None);
});
