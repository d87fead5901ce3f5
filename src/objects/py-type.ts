// Type objects: name, bases, C3 MRO, the attribute map, and cached MRO lookup (invalidated on change).
// Creating the built-in types is builtin-types.ts's job; the descriptor protocol is protocol-attr.ts's.

import { PyObject, type PyValue } from './py-object.js';
import { PythonError } from './python-error.js';
import { hasRuntime, rt } from './runtime.js';

let typeVersionCounter = 0;

/**
 * Subclasses of the process-wide built-in types that were made while a program ran: held weakly (a
 * finished run's classes must not stay alive), each with the runtime that made it, so one program
 * never sees another's classes through `object.__subclasses__()`. Side tables, not fields, so they
 * stay out of snapshots.
 */
const runtimeSubclasses = new WeakMap<PyType, WeakRef<PyType>[]>();
const ownerOfType = new WeakMap<PyType, object>();

/**
 * Records `sub` as a subclass of `base`. Classes made while a program runs are linked weakly and
 * tagged with its runtime when `base` is a built-in (static) type; everything else strongly.
 */
export function linkSubclass(base: PyType, sub: PyType): void {
  if (base.isHeapType || !hasRuntime()) {
    base.subclasses.push(sub);
    return;
  }
  ownerOfType.set(sub, rt());
  let list = runtimeSubclasses.get(base);
  if (list === undefined) {
    list = [];
    runtimeSubclasses.set(base, list);
  }
  // Drop collected entries now and then (amortized: at each power of two from 64 on).
  if (list.length >= 64 && (list.length & (list.length - 1)) === 0) {
    let kept = 0;
    for (const ref of list) if (ref.deref() !== undefined) list[kept++] = ref;
    list.length = kept;
  }
  list.push(new WeakRef(sub));
}

/** Forgets `sub` as a subclass of `base` (both kinds of link). */
function unlinkSubclass(base: PyType, sub: PyType): void {
  const at = base.subclasses.indexOf(sub);
  if (at >= 0) base.subclasses.splice(at, 1);
  const list = runtimeSubclasses.get(base);
  if (list === undefined) return;
  const weakAt = list.findIndex((ref) => ref.deref() === sub);
  if (weakAt >= 0) list.splice(weakAt, 1);
}

/**
 * `type.__subclasses__()`: the direct subclasses the running program may see — its own classes and
 * the built-in ones, never those of another program in the same process.
 */
export function visibleSubclasses(type: PyType): PyType[] {
  const owner = hasRuntime() ? rt() : null;
  const result: PyType[] = [];
  for (const sub of type.subclasses) {
    const subOwner = ownerOfType.get(sub);
    if (subOwner === undefined || subOwner === owner) result.push(sub);
  }
  const list = runtimeSubclasses.get(type);
  if (list !== undefined) {
    for (const ref of list) {
      const sub = ref.deref();
      if (sub !== undefined && ownerOfType.get(sub) === owner) result.push(sub);
    }
  }
  return result;
}

/** Makes an instance of a type whose layout this type provides (`object.__new__` picks the solid base's). */
export type InstanceAllocator = (cls: PyType) => PyObject;

/**
 * A Python type (`type` instance). Attributes live in `attrs` (a Map, so Python-controlled names
 * never become JS property keys). `lookup` walks the MRO with a per-type cache; every change to a
 * type's attributes must go through `setAttr`/`deleteAttr` so the caches of it and of its subclasses
 * are invalidated.
 */
export class PyType extends PyObject {
  /** `__name__`. */
  declare name: string;
  /** `__qualname__`. */
  declare qualname: string;
  /** Direct bases (`__bases__`), in order. */
  declare bases: PyType[];
  /** `__mro__`: this type first, then C3 linearisation of the bases. */
  declare mro: PyType[];
  /** The type's own namespace (`__dict__`). */
  declare readonly attrs: Map<string, PyValue>;
  /**
   * Types that list this one among their bases (for cache invalidation and `__subclasses__`), except
   * the classes programs make below built-in types: those are linked weakly (see linkSubclass).
   */
  declare readonly subclasses: PyType[];
  /** True for classes made by `class` statements / `type(name, bases, ns)`; they accept setattr. */
  declare isHeapType: boolean;
  /** False for built-in types that cannot be subclassed (`bool`, `NoneType`, `range`…). */
  declare isBaseType: boolean;
  /** The nearest built-in type in the MRO whose TS class lays out instances (`object` for plain classes). */
  declare layout: PyType;
  /** How to allocate an instance with this type's layout (only on built-in layout types). */
  declare allocator: InstanceAllocator | null;
  /** Whether instances carry a `__dict__`. */
  declare instancesHaveDict: boolean;
  /** Number of `__slots__` member slots instances of this type need (own and inherited). */
  declare slotCount: number;
  /** True for types deriving from BaseException (fast exception checks). */
  declare isExceptionType: boolean;
  declare private readonly cache: Map<string, PyValue | null>;
  /**
   * A tag that changes whenever this type's lookups may change (any attribute of it or of a base
   * changes, or its bases do): inline caches in the VM compare it. Unique across all types.
   */
  declare version: number;
  /** Whether `__getattribute__` is object's (cached; reset with `version`). 0 unknown, 1 yes, 2 no. */
  declare defaultGetattribute: number;
  /** Whether `__setattr__` is object's (cached; reset with `version`). 0 unknown, 1 yes, 2 no. */
  declare defaultSetattr: number;

  constructor(metatype: PyType | null, name: string, bases: PyType[]) {
    // The metatype of `type` itself is patched in by the bootstrap.
    super(metatype ?? (null as unknown as PyType));
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.mro = [this];
    this.attrs = new Map();
    this.subclasses = [];
    this.isHeapType = false;
    this.isBaseType = true;
    this.layout = this;
    this.allocator = null;
    this.instancesHaveDict = false;
    this.slotCount = 0;
    this.isExceptionType = false;
    this.cache = new Map();
    this.version = ++typeVersionCounter;
    this.defaultGetattribute = 0;
    this.defaultSetattr = 0;
    for (const base of bases) linkSubclass(base, this);
    if (bases.length > 0) {
      this.mro = computeMro(this, bases);
      // The layout comes from the base with the most derived built-in layout (its "solid base").
      let layout = bases[0]!.layout;
      for (const base of bases)
        if (base.layout.mro.length > layout.mro.length) layout = base.layout;
      this.layout = layout;
      this.instancesHaveDict = bases.some((base) => base.instancesHaveDict);
      this.slotCount = Math.max(...bases.map((base) => base.slotCount));
      this.isExceptionType = bases.some((base) => base.isExceptionType);
    }
  }

  /** `__base__`: the first base, or null for `object`. */
  get base(): PyType | null {
    return this.bases[0] ?? null;
  }

  /** Finds `name` along the MRO (no descriptor binding); undefined when absent. Cached. */
  lookup(name: string): PyValue | undefined {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached === null ? undefined : cached;
    let found: PyValue | null = null;
    const mro = this.mro;
    for (let index = 0; index < mro.length; index++) {
      const value = mro[index]!.attrs.get(name);
      if (value !== undefined) {
        found = value;
        break;
      }
    }
    this.cache.set(name, found);
    return found === null ? undefined : found;
  }

  /** The type in the MRO that defines `name` (for `super()` and error messages), or null. */
  definingType(name: string): PyType | null {
    for (const type of this.mro) if (type.attrs.has(name)) return type;
    return null;
  }

  /** Sets an attribute of the type and invalidates lookup caches below it. */
  setAttr(name: string, value: PyValue): void {
    this.attrs.set(name, value);
    this.invalidate();
  }

  /** Deletes an attribute; returns false when it was absent. */
  deleteAttr(name: string): boolean {
    const had = this.attrs.delete(name);
    if (had) this.invalidate();
    return had;
  }

  /** Clears the lookup cache of this type and every subclass. */
  invalidate(): void {
    this.cache.clear();
    this.version = ++typeVersionCounter;
    this.defaultGetattribute = 0;
    this.defaultSetattr = 0;
    for (const sub of this.subclasses) sub.invalidate();
    const list = runtimeSubclasses.get(this);
    if (list !== undefined) {
      for (const ref of list) ref.deref()?.invalidate();
    }
  }

  /** Whether this type is `other` or derives from it. */
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let index = 1; index < mro.length; index++) if (mro[index] === other) return true;
    return false;
  }

  /** Replaces the bases (`__bases__` assignment) and recomputes the MRO. */
  setBases(bases: PyType[]): void {
    for (const old of this.bases) unlinkSubclass(old, this);
    this.bases = bases;
    for (const base of bases) linkSubclass(base, this);
    this.mro = computeMro(this, bases);
    this.invalidate();
  }
}

/**
 * C3 linearisation of `type` with `bases`, as CPython's `mro_internal`.
 * @see https://docs.python.org/3/howto/mro.html
 */
export function computeMro(type: PyType, bases: readonly PyType[]): PyType[] {
  const sequences: PyType[][] = bases.map((base) => base.mro.slice());
  sequences.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = sequences.filter((seq) => seq.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const seq of nonEmpty) {
      const head = seq[0]!;
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      const names = [];
      const seen = new Set<PyType>();
      for (const seq of nonEmpty) {
        const head = seq[0]!;
        if (!seen.has(head)) {
          seen.add(head);
          names.push(head.name);
        }
      }
      throw new PythonError(
        'TypeError',
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`,
      );
    }
    result.push(candidate);
    for (const seq of nonEmpty) if (seq[0] === candidate) seq.shift();
  }
}
