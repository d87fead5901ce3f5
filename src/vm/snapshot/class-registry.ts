// The snapshot class registry: every TS class whose instances may be reachable from a VM state, under a
// stable name (part of the format), plus well-known values (functions, symbols, shared objects) that are
// not in the object registry (src/objects/registry.ts). Library classes register in library-classes.ts.

import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from '../../compiler/code-object.js';
import { objectType, typeType } from '../../objects/builtin-types.js';
import { PyByteArray, PyBytes } from '../../objects/bytes.js';
import { PyCell } from '../../objects/cell.js';
import { PyClassMethod } from '../../objects/classmethod.js';
import { PyCode } from '../../objects/code.js';
import { PyComplex } from '../../objects/complex.js';
import { PyDict } from '../../objects/dict.js';
import { DictIterator, PyDictView } from '../../objects/dict-methods.js';
import { PyBaseException, PyExceptionGroup } from '../../objects/exceptions.js';
import { PyFloat } from '../../objects/float-type.js';
import { PyFunction } from '../../objects/function.js';
import { ExcStateSlot, PyGenerator } from '../../objects/generator.js';
import { PyGenericAlias } from '../../objects/generic-alias.js';
import { PyInstance } from '../../objects/instance.js';
import { PyIntInstance } from '../../objects/int-type.js';
import {
  CallableIterator,
  ListIterator,
  ListReverseIterator,
  RangeIterator,
  SeqIterator,
  StrIterator,
  TupleIterator,
} from '../../objects/iterators.js';
import { primitiveKeyOf } from '../../objects/key-table.js';
import { PyList } from '../../objects/list.js';
import { PyMemberDescriptor } from '../../objects/member-descriptor.js';
import { isMemoryViewFormat, PyMemoryView } from '../../objects/memoryview.js';
import { PyMethod } from '../../objects/method.js';
import { PyModule } from '../../objects/module.js';
import {
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyMethodDescriptor,
  PyNativeFunction,
} from '../../objects/native-function.js';
import { PyProperty } from '../../objects/property.js';
import { PyObject, type PyValue, setStableIdentityNamer } from '../../objects/py-object.js';
import { linkSubclass, PyType } from '../../objects/py-type.js';
import { PyRange } from '../../objects/range.js';
import { staticNameOf } from '../../objects/registry.js';
import { newSetTable, PyFrozenSet, PySet } from '../../objects/set.js';
import { SetIterator } from '../../objects/set-methods.js';
import { SetTable } from '../../objects/set-table.js';
import { None } from '../../objects/singletons.js';
import { PySlice } from '../../objects/slice.js';
import { PyStaticMethod } from '../../objects/staticmethod.js';
import { PyStrInstance } from '../../objects/str-type.js';
import { PySuper } from '../../objects/super.js';
import { PyTraceback } from '../../objects/traceback.js';
import { PyTuple } from '../../objects/tuple.js';
import { createClass, PyMappingProxy } from '../../objects/type-methods.js';
import { PyUnion } from '../../objects/union-type.js';
import { Frame } from '../frame.js';
import { PyFrameObject } from '../frame-object.js';
import { AsyncGenASend, AsyncGenAThrow, AsyncGenWrapped, CoroutineWrapper } from '../generators.js';
import { PyHostFunction, relinkHostFunction } from '../host-call.js';
import { ImportSystem } from '../import-system.js';
import { Interpreter } from '../interpreter.js';
import { SnapshotFormatError } from './snapshot-format.js';

/** What the writer and reader need to know about one registered class. */
export interface SnapshotClass {
  /** The stable name written in snapshots. */
  readonly name: string;
  /** The prototype restored objects are made from (`Object.create(prototype)`). */
  readonly prototype: object;
  /** Own fields that are not written (caches); `restore` must rebuild them. */
  readonly skip: ReadonlySet<string>;
  /** Runs on each restored instance once every object of the snapshot has its fields. */
  readonly restore: ((instance: object) => void) | null;
  /** Runs on each restored instance after every `restore` fix-up (may touch other objects). */
  readonly finish: ((instance: object) => void) | null;
}

/** Options of `registerSnapshotClass`. */
export interface SnapshotClassOptions {
  /** Own fields left out of snapshots (caches that `restore` rebuilds). */
  readonly skip?: readonly string[];
  /** Fix-up run on every restored instance after all objects are filled in. */
  readonly restore?: (instance: object) => void;
  /** Second fix-up, run after every instance's `restore` (for fix-ups that reach other objects). */
  readonly finish?: (instance: object) => void;
}

/**
 * A field kept outside the object (an accessor over a side table, e.g. `PyObject.objectId`), written
 * through its getter when it is not `isDefault`, restored through its setter.
 */
export interface VirtualField {
  readonly name: string;
  readonly isDefault: (value: unknown) => boolean;
  /** Checks a value read from a snapshot before the setter sees it (setters may touch globals). */
  readonly isValid: (value: unknown) => boolean;
}

/** Any class, abstract or not, by its constructor. */
// biome-ignore lint/suspicious/noExplicitAny: constructors of any parameter list are accepted.
type AnyClass = abstract new (...args: any[]) => object;

const classesByName = new Map<string, SnapshotClass>();
const classesByPrototype = new Map<object, SnapshotClass>();
const knownByName = new Map<string, unknown>();
const knownNames = new Map<unknown, string>();

/**
 * Registers `ctor` under `name` so its instances can be written and restored. Names are part of
 * the snapshot format: renaming one needs a SNAPSHOT_FORMAT_VERSION bump. Registering a name or a
 * class twice is an internal error.
 */
export function registerSnapshotClass(
  name: string,
  ctor: AnyClass,
  options: SnapshotClassOptions = {},
): void {
  registerSnapshotPrototype(name, ctor.prototype as object, options);
}

/** Registers a class by its prototype (for classes a module does not export: found by probing). */
export function registerSnapshotPrototype(
  name: string,
  prototype: object,
  options: SnapshotClassOptions = {},
): void {
  if (classesByName.has(name))
    throw new Error(`internal: snapshot class registered twice: ${name}`);
  if (classesByPrototype.has(prototype))
    throw new Error(`internal: snapshot class ${name} is already registered under another name`);
  const entry: SnapshotClass = {
    name,
    prototype,
    skip: new Set(options.skip ?? []),
    restore: options.restore ?? null,
    finish: options.finish ?? null,
  };
  classesByName.set(name, entry);
  classesByPrototype.set(prototype, entry);
}

/** The registered class of an object's exact prototype, or undefined. */
export function snapshotClassOf(prototype: object): SnapshotClass | undefined {
  return classesByPrototype.get(prototype);
}

/** The registered class with this name, or undefined. */
export function snapshotClassNamed(name: string): SnapshotClass | undefined {
  return classesByName.get(name);
}

/**
 * Registers a well-known value under a stable name: a shared object that must keep its identity
 * (`PyTuple.EMPTY`), a module-level JS function stored in objects (a set table's `==`), a symbol.
 * Snapshots store the name; restore puts back this very value.
 */
export function registerKnownValue(name: string, value: unknown): void {
  if (knownByName.has(name)) throw new Error(`internal: known snapshot value twice: ${name}`);
  if (knownNames.has(value)) return;
  knownByName.set(name, value);
  knownNames.set(value, name);
}

/** The name of a well-known value, or undefined. */
export function knownValueName(value: unknown): string | undefined {
  return knownNames.get(value);
}

/** The well-known value with this name (undefined when there is none; check with `hasKnownValue`). */
export function knownValue(name: string): unknown {
  return knownByName.get(name);
}

/** Whether a well-known value has this name. */
export function hasKnownValue(name: string): boolean {
  return knownByName.has(name);
}

const virtualFieldsByPrototype = new Map<object, VirtualField[]>();
const virtualFieldCache = new Map<object, readonly VirtualField[]>();

/** Declares accessor-backed fields of a class and its subclasses (see VirtualField). */
export function registerVirtualFields(ctor: AnyClass, fields: readonly VirtualField[]): void {
  virtualFieldsByPrototype.set(ctor.prototype as object, [...fields]);
  virtualFieldCache.clear();
}

/** The virtual fields objects with this prototype have (own and inherited), cached. */
export function virtualFieldsOf(prototype: object): readonly VirtualField[] {
  let fields = virtualFieldCache.get(prototype);
  if (fields === undefined) {
    const found: VirtualField[] = [];
    for (let at: object | null = prototype; at !== null; at = Object.getPrototypeOf(at)) {
      const own = virtualFieldsByPrototype.get(at);
      if (own !== undefined) found.push(...own);
    }
    fields = found;
    virtualFieldCache.set(prototype, fields);
  }
  return fields;
}

/** Every registered class name (for diagnostics and tests). */
export function registeredSnapshotClassNames(): string[] {
  return [...classesByName.keys()];
}

// Fix-ups -------------------------------------------------------------------------------------------

function restoreType(instance: object): void {
  const type = instance as PyType;
  // The lookup cache is not written; a restored heap type also rejoins the subclass lists of its
  // built-in bases (those are not part of the snapshot).
  (type as unknown as { cache: Map<string, PyValueOrNull> }).cache = new Map();
  type.defaultGetattribute = 0;
  type.defaultSetattr = 0;
  for (const base of type.bases) {
    if (staticNameOf(base) !== undefined) pendingSubclassLinks.push([base, type]);
  }
}

/**
 * Heap types restored by the snapshot being read, with each built-in base they must rejoin. They are
 * linked once the restored interpreter exists (`linkRestoredSubclasses`), so the links are the weak,
 * per-run kind `linkSubclass` makes and never leak into other runs of the process.
 */
const pendingSubclassLinks: [PyType, PyType][] = [];

/** Forgets the links of an earlier, failed restore (call before reading a snapshot). */
export function clearRestoredSubclassLinks(): void {
  pendingSubclassLinks.length = 0;
}

/** Links the restored heap types to their built-in bases; call with the restored runtime active. */
export function linkRestoredSubclasses(): void {
  for (const [base, type] of pendingSubclassLinks) linkSubclass(base, type);
  pendingSubclassLinks.length = 0;
}

type PyValueOrNull = unknown;

/** Gives a restored heap type a version tag of this process (inline caches compare them). */
function finishType(instance: object): void {
  (instance as PyType).invalidate();
}

/** Code flags that make a call bind more than plain positional arguments (objects/code.ts). */
const NOT_PLAIN_CALL =
  CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/**
 * Inline caches are not written (they hold version tags of the writing process), nor the fused
 * instructions (made again from the code on first use); the call fast path's facts are derived
 * again from the code object, so bytes cannot make CALL bind wrongly.
 */
function restoreCode(instance: object): void {
  const pyCode = instance as PyCode;
  const code = pyCode.code;
  const derived = pyCode as unknown as {
    caches: null;
    quickened: null;
    plainArgcount: number;
    hasCells: boolean;
  };
  derived.caches = null;
  derived.quickened = null;
  derived.plainArgcount =
    (code.flags & NOT_PLAIN_CALL) === 0 && code.kwonlyargcount === 0 ? code.argcount : -1;
  derived.hasCells = code.cellvars.length > 0 || code.freevars.length > 0;
}

/**
 * A dict's index of str/int/float keys is not written (it is a third of a dict's content): rebuilt
 * here from the entry list, exactly as `appendEntry` builds it. Hash-keyed entries (`objectIndex`)
 * are written, since rebuilding them would call `__hash__`.
 */
function restoreKeyIndex(instance: object): void {
  const table = instance as unknown as {
    keyList: unknown[];
    size: number;
    primitiveIndex: Map<unknown, number>;
    indexShared: boolean;
  };
  const index = new Map<unknown, number>();
  const keys = table.keyList;
  let live = 0;
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at];
    if (key === undefined) continue;
    live++;
    const primitive = primitiveKeyOf(key as PyValue);
    if (primitive === undefined) continue;
    if (index.has(primitive)) throw new SnapshotFormatError('invalid snapshot: duplicate dict key');
    index.set(primitive, at);
  }
  if (live !== table.size) throw new SnapshotFormatError('invalid snapshot: malformed dict size');
  table.primitiveIndex = index;
  table.indexShared = false;
}

// Core classes ---------------------------------------------------------------------------------------

registerSnapshotClass('Interpreter', Interpreter);
registerSnapshotClass('ImportSystem', ImportSystem);
registerSnapshotClass('Frame', Frame);
registerSnapshotClass('ExcStateSlot', ExcStateSlot);
registerVirtualFields(PyObject, [
  {
    name: 'objectId',
    isDefault: (value) => value === 0,
    // Restoring an id raises the process's id counter above it: keep it a small safe integer.
    isValid: (value) =>
      Number.isSafeInteger(value) && (value as number) > 0 && (value as number) < 2 ** 48,
  },
  { name: 'slots', isDefault: (value) => value === null, isValid: (value) => Array.isArray(value) },
]);
registerSnapshotClass('PyType', PyType, {
  skip: ['cache', 'version', 'defaultGetattribute', 'defaultSetattr'],
  restore: restoreType,
  finish: finishType,
});
registerSnapshotClass('PyInstance', PyInstance);
registerSnapshotClass('PyModule', PyModule);
registerSnapshotClass('PyDict', PyDict, {
  skip: ['primitiveIndex'],
  restore: restoreKeyIndex,
});
registerSnapshotClass('PyList', PyList);
registerSnapshotClass('PyTuple', PyTuple);
registerSnapshotClass('PySet', PySet);
registerSnapshotClass('PyFrozenSet', PyFrozenSet);
registerSnapshotClass('SetTable', SetTable);
registerSnapshotClass('PyFloat', PyFloat);
registerSnapshotClass('PyComplex', PyComplex);
registerSnapshotClass('PyIntInstance', PyIntInstance);
registerSnapshotClass('PyStrInstance', PyStrInstance);
registerSnapshotClass('PyBytes', PyBytes);
registerSnapshotClass('PyByteArray', PyByteArray);
registerSnapshotClass('PyRange', PyRange);
registerSnapshotClass('PySlice', PySlice);
registerSnapshotClass('PyCode', PyCode, {
  skip: ['caches', 'quickened', 'plainArgcount', 'hasCells'],
  restore: restoreCode,
});
registerSnapshotClass('PyFunction', PyFunction);
registerSnapshotClass('PyCell', PyCell);
registerSnapshotClass('PyMethod', PyMethod);
registerSnapshotClass('PyNativeFunction', PyNativeFunction);
registerSnapshotClass('PyMemoryView', PyMemoryView, {
  restore: (instance) => {
    const view = instance as PyMemoryView;
    const counts = [view.offset, view.itemCount, view.stride];
    if (
      !(view.source instanceof PyBytes || view.source instanceof PyByteArray) ||
      !counts.every((value) => Number.isSafeInteger(value)) ||
      view.offset < 0 ||
      view.itemCount < 0 ||
      typeof view.format !== 'string' ||
      !isMemoryViewFormat(view.format) ||
      typeof view.readonly !== 'boolean' ||
      typeof view.released !== 'boolean'
    ) {
      throw new SnapshotFormatError('invalid snapshot: malformed memoryview');
    }
  },
});
registerSnapshotClass('PyHostFunction', PyHostFunction, {
  skip: ['fn'],
  restore: (instance) => {
    if (!relinkHostFunction(instance as PyHostFunction)) {
      throw new SnapshotFormatError('invalid snapshot: malformed host function');
    }
  },
});
registerSnapshotClass('PyMethodDescriptor', PyMethodDescriptor);
registerSnapshotClass('PyClassMethodDescriptor', PyClassMethodDescriptor);
registerSnapshotClass('PyGetSetDescriptor', PyGetSetDescriptor);
registerSnapshotClass('PyMemberDescriptor', PyMemberDescriptor);
registerSnapshotClass('PyClassMethod', PyClassMethod);
registerSnapshotClass('PyStaticMethod', PyStaticMethod);
registerSnapshotClass('PyProperty', PyProperty);
registerSnapshotClass('PySuper', PySuper);
registerSnapshotClass('PyMappingProxy', PyMappingProxy);
registerSnapshotClass('PyGenericAlias', PyGenericAlias);
registerSnapshotClass('PyUnion', PyUnion);
registerSnapshotClass('PyBaseException', PyBaseException);
registerSnapshotClass('PyExceptionGroup', PyExceptionGroup);
registerSnapshotClass('PyTraceback', PyTraceback);
registerSnapshotClass('PyGenerator', PyGenerator);
registerSnapshotClass('AsyncGenWrapped', AsyncGenWrapped);
registerSnapshotClass('AsyncGenASend', AsyncGenASend);
registerSnapshotClass('AsyncGenAThrow', AsyncGenAThrow);
registerSnapshotClass('CoroutineWrapper', CoroutineWrapper);
registerSnapshotClass('PyFrameObject', PyFrameObject);
registerSnapshotClass('ListIterator', ListIterator);
registerSnapshotClass('ListReverseIterator', ListReverseIterator);
registerSnapshotClass('TupleIterator', TupleIterator);
registerSnapshotClass('StrIterator', StrIterator);
registerSnapshotClass('RangeIterator', RangeIterator);
registerSnapshotClass('SeqIterator', SeqIterator);
registerSnapshotClass('CallableIterator', CallableIterator);
registerSnapshotClass('DictIterator', DictIterator);
registerSnapshotClass('PyDictView', PyDictView);
registerSnapshotClass('SetIterator', SetIterator);

registerKnownValue('tuple.EMPTY', PyTuple.EMPTY);

// Objects a snapshot names instead of writing keep one id in every run (py-object.ts).
setStableIdentityNamer((obj) => knownNames.get(obj));
registerKnownValue('set.keyEquals', newSetTable().equals);

let probed = false;

/**
 * Registers what can only be found by probing live objects (classes a module does not export, private
 * symbols). Runs once, before the first snapshot is written or read (types must have their methods).
 */
export function ensureProbedValues(): void {
  if (probed) return;
  probed = true;
  // The set table's deleted-slot marker (a private symbol): add then discard one key.
  const table = newSetTable();
  table.add(1, 1);
  table.discard(1, 1);
  const slots = (table as unknown as { slots: unknown[] }).slots;
  const dummy = slots.find((slot) => typeof slot === 'symbol');
  if (dummy !== undefined) registerKnownValue('set.DUMMY', dummy);
  probeHeapTypeDescriptors();
  // bytes_iterator's class is private to bytes-type-methods.ts.
  const bytesIter = new PyBytes(new Uint8Array(0)).cls.lookup('__iter__');
  if (bytesIter instanceof PyMethodDescriptor) {
    const iterator = bytesIter.fn([new PyBytes(new Uint8Array(0))], null);
    if (iterator instanceof PyObject) {
      const prototype = Object.getPrototypeOf(iterator) as object;
      if (!classesByPrototype.has(prototype)) registerSnapshotPrototype('BytesIterator', prototype);
    }
  }
}

/**
 * The `__dict__` descriptor functions every heap class gets are private to type-methods.ts: make one
 * throwaway class to find them (and take it out of `object.__subclasses__()` again).
 */
function probeHeapTypeDescriptors(): void {
  const probe = createClass(typeType, '_pyex_snapshot_probe', [], new PyDict(), []);
  const at = objectType.subclasses.indexOf(probe);
  if (at >= 0) objectType.subclasses.splice(at, 1);
  const dictDescriptor = probe.attrs.get('__dict__');
  if (dictDescriptor instanceof PyGetSetDescriptor) {
    registerKnownValue('heap-type.__dict__#getter', dictDescriptor.getter);
    if (dictDescriptor.setter !== null)
      registerKnownValue('heap-type.__dict__#setter', dictDescriptor.setter);
  }
}

/** Stands for the `() => None` getter made afresh for each heap class's `__weakref__` descriptor. */
function weakrefGetter(): PyValue {
  return None;
}
registerKnownValue('heap-type.__weakref__#getter', weakrefGetter);

/**
 * Names a JS function that has no identity of its own to look up: one made afresh per object (the
 * getter of a heap class's `__weakref__`, which always returns None). Undefined when not recognized.
 */
export function recognizeFunction(owner: object | null, field: string): string | undefined {
  if (
    owner instanceof PyGetSetDescriptor &&
    owner.name === '__weakref__' &&
    field === 'getter' &&
    owner.setter === null &&
    staticNameOf(owner) === undefined
  ) {
    return 'heap-type.__weakref__#getter';
  }
  return undefined;
}
