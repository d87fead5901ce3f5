// The base class of every heap-allocated Python object, the PyValue union of all Python values, and
// identity numbers (per run). Types, attribute lookup and protocols live elsewhere (py-type.ts, …).

import type { PyDict } from './dict.js';
import type { PyType } from './py-type.js';
import { staticNameOf } from './registry.js';
import { hasRuntime, rt } from './runtime.js';

/**
 * Any Python value. `int` is a JS number while it is a safe integer and a bigint beyond (never
 * `-0`, never a bigint that fits in a safe number); `bool` is a JS boolean; `str` is a JS string;
 * everything else (None, float, containers, instances, types…) is a `PyObject`.
 * @see /work/shared/ARCHITECTURE.md §3
 */
export type PyValue = number | bigint | boolean | string | PyObject;

/**
 * The identity numbers of one run: which object has which number, and the next number to give.
 * Each runtime (interpreter) has its own, so two runs in one process hand out the same ids in the
 * same order (seed + virtual clock ⇒ the same `id()`s and the same set order of instances), and
 * objects shared by runs (built-ins) get an id per run.
 */
export class IdentityTable {
  /** Identity numbers, assigned on first use (most objects never need one). */
  readonly ids = new WeakMap<object, number>();
  /** The next number to give (ids start at 1; 0 means "none yet"). */
  next = 1;
}

/** Ids given while no runtime is active (module set-up, tests of plain object code). */
const unownedIdentities = new IdentityTable();
/** The table of each runtime, made on first use. */
const identityTables = new WeakMap<object, IdentityTable>();
/** A table installed by `withIdentityTable` (snapshot restore), overriding the runtime's. */
let installedTable: IdentityTable | null = null;
/** One-entry cache of `identityTables` (weak: a finished run's interpreter is not kept alive). */
let cachedRuntime: WeakRef<object> | null = null;
let cachedTable: IdentityTable = unownedIdentities;

/** The identity table of `owner` (a runtime), made empty on first use. */
export function identityTableOf(owner: object): IdentityTable {
  let table = identityTables.get(owner);
  if (table === undefined) {
    table = new IdentityTable();
    identityTables.set(owner, table);
  }
  return table;
}

/** Gives `owner` (a restored runtime) `table` as its identity table. */
export function adoptIdentityTable(owner: object, table: IdentityTable): void {
  identityTables.set(owner, table);
  if (cachedRuntime?.deref() === owner) cachedTable = table;
}

/**
 * Runs `fn` with `table` as the identity table whatever runtime is active (snapshot restore: the
 * restored objects' ids go to the table of an interpreter that does not exist yet).
 */
export function withIdentityTable<T>(table: IdentityTable, fn: () => T): T {
  const previous = installedTable;
  installedTable = table;
  try {
    return fn();
  } finally {
    installedTable = previous;
  }
}

/**
 * Names objects shared by every run of the process besides the registry's built-ins (well-known
 * values), installed by the snapshot class registry. Such an object's id is derived from its name instead of a run's counter,
 * so it is the same in every run and process, and a snapshot (which names these objects rather than
 * writing them) needs no record of it.
 */
let stableNamer: ((obj: object) => string | undefined) | null = null;

/** Installs the namer of shared objects (see `stableNamer`); call once at load time. */
export function setStableIdentityNamer(namer: (obj: object) => string | undefined): void {
  stableNamer = namer;
}

/** Ids of shared objects: 2**47 plus 46 bits of two FNV-1a hashes of the name (apart from counters). */
const STABLE_ID_BASE = 2 ** 47;

/**
 * Ids (and so hashes) of the three static singletons, with the low bits CPython 3.11 on x86-64 Linux
 * gives them: its hash of an object is the object's address shifted right by 4, and these objects sit
 * in the interpreter binary, whose load address moves by whole pages (only high bits vary from run to
 * run). The low bits decide where a small set or dict puts them, so `{None, 1, 2}` prints in CPython's
 * order. (Above STABLE_ID_BASE, like every stable id, so restoring ids never moves the counter.)
 */
const NONE_IDENTITY = STABLE_ID_BASE + 0x7fa893a5bbe;
const SINGLETON_IDENTITIES: ReadonlyMap<string, number> = new Map([
  ['None', NONE_IDENTITY],
  ['Ellipsis', NONE_IDENTITY + 552],
  ['NotImplemented', NONE_IDENTITY - 27],
]);

function stableIdentity(obj: object): number | undefined {
  // Built-ins are named here whether or not snapshots are loaded: code compiled with no runtime
  // active (a frozenset constant holding Ellipsis) must hash them as the run will.
  const name = staticNameOf(obj as PyObject) ?? stableNamer?.(obj);
  if (name === undefined) return undefined;
  const singleton = SINGLETON_IDENTITIES.get(name);
  if (singleton !== undefined) return singleton;
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let index = 0; index < name.length; index++) {
    const unit = name.charCodeAt(index);
    high = Math.imul(high ^ unit, 0x01000193);
    low = Math.imul(low ^ unit, 0x01000193);
  }
  return STABLE_ID_BASE + (high >>> 0) * 2 ** 14 + (low & 0x3fff);
}

function activeIdentities(): IdentityTable {
  if (installedTable !== null) return installedTable;
  if (!hasRuntime()) return unownedIdentities;
  const runtime = rt();
  if (cachedRuntime !== null && cachedRuntime.deref() === runtime) return cachedTable;
  cachedRuntime = new WeakRef(runtime);
  cachedTable = identityTableOf(runtime);
  return cachedTable;
}

/** `__slots__` storage (rare, so kept off the object to keep every object two fields). */
const slotStorage = new WeakMap<object, (PyValue | undefined)[]>();

/**
 * The base of every heap Python object. `cls` is the Python type (`type(x)`); `dict` is the
 * instance `__dict__` for objects that have one (user class instances, functions, modules), else
 * null. Only these two are fields: every Python object is constructed through this constructor,
 * and V8 makes its stores megamorphic, so each extra field costs every allocation. `slots` and
 * `objectId` are accessors over side tables. All state is plain data.
 */
export abstract class PyObject {
  /** `type(self)`; may change through `__class__` assignment on compatible layouts. */
  declare cls: PyType;
  /** The instance `__dict__`, or null when the object has none. */
  declare dict: PyDict | null;

  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }

  /** Values of `__slots__` members, indexed by the member descriptor's index; null when none. */
  get slots(): (PyValue | undefined)[] | null {
    return slotStorage.get(this) ?? null;
  }

  set slots(values: (PyValue | undefined)[] | null) {
    if (values === null) slotStorage.delete(this);
    else slotStorage.set(this, values);
  }

  /** Identity number in the active run for `id()` and identity hashing (0 = not yet assigned). */
  get objectId(): number {
    return activeIdentities().ids.get(this) ?? 0;
  }

  /** Sets the identity number in the active run (snapshot restore); later ids come after it. */
  set objectId(id: number) {
    const table = activeIdentities();
    table.ids.set(this, id);
    if (id >= table.next && id < STABLE_ID_BASE) table.next = id + 1;
  }
}

/** The identity number of an object in the active run (`id(x)` and the default `__hash__`). */
export function objectIdentity(obj: PyObject): number {
  const table = activeIdentities();
  let id = table.ids.get(obj);
  if (id === undefined) {
    id = stableIdentity(obj) ?? table.next++;
    table.ids.set(obj, id);
  }
  return id;
}
