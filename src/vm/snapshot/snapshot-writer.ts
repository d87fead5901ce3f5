// Writes a VM state to snapshot bytes: a reflective graph walk from a root (the Interpreter), giving each
// reachable object an index so shared references and cycles survive. Registered built-ins, host objects
// and well-known values are written by name; anything the class registry does not know is an error.

import type { PyObject } from '../../objects/py-object.js';
import { lookupStatic, staticNameOf } from '../../objects/registry.js';
import {
  ensureProbedValues,
  knownValueName,
  recognizeFunction,
  type SnapshotClass,
  snapshotClassOf,
  virtualFieldsOf,
} from './class-registry.js';
import {
  ByteWriter,
  HeaderTag,
  HOST_IS_LITTLE_ENDIAN,
  NULL_PROTO_CLASS,
  PLAIN_CLASS,
  SNAPSHOT_HEADER_SIZE,
  SnapshotWriteError,
  sealSnapshot,
  TYPED_ARRAY_KINDS,
  ValueTag,
} from './snapshot-format.js';

/** Options of `writeSnapshot`. */
export interface WriteSnapshotOptions {
  /**
   * Host-provided objects (output sinks, the file source…) by role name. They are written as that
   * name and supplied again at restore; their content is never walked.
   */
  readonly hostObjects?: ReadonlyMap<object, string>;
}

/** One record layout: a class and its written fields, in order. */
interface Shape {
  readonly id: number;
  readonly keys: readonly string[];
}

/** Shapes seen for one class (usually one). */
interface ClassShapes {
  readonly className: string;
  readonly skip: ReadonlySet<string> | null;
  readonly shapes: Shape[];
}

const OBJECT_KIND = {
  ARRAY: 0,
  RECORD: 1,
  MAP: 2,
  SET: 3,
  TYPED_ARRAY: 4,
  NAMED: 5,
} as const;
type ObjectKind = (typeof OBJECT_KIND)[keyof typeof OBJECT_KIND];

/**
 * The section buffers, reused by every snapshot (writing is synchronous and never re-entered), so
 * repeated snapshots neither regrow nor allocate them; one grown past SCRATCH_KEEP_BYTES is dropped
 * after use rather than kept for the life of the process.
 */
const scratch = {
  strings: new ByteWriter(4096),
  shapes: new ByteWriter(1024),
  headers: new ByteWriter(4096),
  content: new ByteWriter(16384),
};
const SCRATCH_KEEP_BYTES = 1 << 20;

/** An emptied scratch buffer (a fresh one when the kept one grew too large). */
function reuse(section: keyof typeof scratch, initialCapacity: number): ByteWriter {
  let writer = scratch[section];
  if (writer.bytes.length > SCRATCH_KEEP_BYTES) {
    writer = new ByteWriter(initialCapacity);
    scratch[section] = writer;
  }
  writer.length = 0;
  return writer;
}
const PLAIN_SHAPES_KEY = {};
const NULL_SHAPES_KEY = {};
const EMPTY_HOSTS: ReadonlyMap<object, string> = new Map();
const INT_LIMIT = 2 ** 52;

/**
 * Serializes everything reachable from `root`. Throws SnapshotWriteError naming the path to the
 * first object the format cannot represent (an unregistered class, an unnamed JS function).
 */
export function writeSnapshot(root: unknown, options: WriteSnapshotOptions = {}): Uint8Array {
  ensureProbedValues();
  if (!HOST_IS_LITTLE_ENDIAN) throw new SnapshotWriteError('snapshots need a little-endian host');
  const writer = new GraphWriter(options.hostObjects ?? EMPTY_HOSTS);
  return writer.write(root);
}

class GraphWriter {
  private readonly hosts: ReadonlyMap<object, string>;
  private readonly strings = new Map<string, number>();
  private readonly stringBytes = reuse('strings', 4096);
  private readonly shapeBytes = reuse('shapes', 1024);
  private readonly headerBytes = reuse('headers', 4096);
  private readonly content = reuse('content', 16384);
  private readonly ids = new Map<object, number>();
  private readonly objects: object[] = [];
  private readonly kinds: ObjectKind[] = [];
  private readonly plans: (Shape | null)[] = [];
  private readonly shapesByClass = new Map<object, ClassShapes>();
  private shapeCount = 0;
  /** The object whose content is being written (to name functions found in it). */
  private owner: object | null = null;
  private field = '';
  private root: unknown = undefined;

  constructor(hosts: ReadonlyMap<object, string>) {
    this.hosts = hosts;
  }

  write(root: unknown): Uint8Array {
    this.root = root;
    this.value(root);
    const objects = this.objects;
    for (let index = 0; index < objects.length; index++) this.writeContent(index);
    const total =
      SNAPSHOT_HEADER_SIZE +
      varintSize(this.strings.size) +
      this.stringBytes.length +
      varintSize(this.shapeCount) +
      this.shapeBytes.length +
      varintSize(objects.length) +
      this.headerBytes.length +
      this.content.length;
    const out = new ByteWriter(total);
    out.length = SNAPSHOT_HEADER_SIZE;
    out.varint(this.strings.size);
    out.raw(this.stringBytes.view());
    out.varint(this.shapeCount);
    out.raw(this.shapeBytes.view());
    out.varint(objects.length);
    out.raw(this.headerBytes.view());
    out.raw(this.content.view());
    return sealSnapshot(out.bytes);
  }

  private stringId(text: string): number {
    let id = this.strings.get(text);
    if (id === undefined) {
      id = this.strings.size;
      this.strings.set(text, id);
      this.stringBytes.string(text);
    }
    return id;
  }

  /** Writes one value into the content stream. */
  private value(value: unknown): void {
    const out = this.content;
    switch (typeof value) {
      case 'number':
        if (
          (value | 0) === value &&
          value < 0x40000000 &&
          value > -0x40000000 &&
          (value !== 0 || 1 / value > 0)
        ) {
          out.tagVarint(ValueTag.INT, (value << 1) ^ (value >> 31));
        } else if (
          Number.isInteger(value) &&
          value < INT_LIMIT &&
          value > -INT_LIMIT &&
          !Object.is(value, -0)
        ) {
          out.tagVarint(ValueTag.INT, value >= 0 ? value * 2 : -value * 2 - 1);
        } else {
          out.byte(ValueTag.FLOAT);
          out.float64(value);
        }
        return;
      case 'string':
        out.tagVarint(ValueTag.STRING, this.stringId(value));
        return;
      case 'boolean':
        out.byte(value ? ValueTag.TRUE : ValueTag.FALSE);
        return;
      case 'undefined':
        out.byte(ValueTag.UNDEFINED);
        return;
      case 'bigint':
        out.byte(ValueTag.BIGINT);
        out.varint(this.stringId(value.toString(16)));
        return;
      case 'symbol': {
        const name = knownValueName(value);
        if (name === undefined) this.fail(`a symbol (${String(value)}) that is not registered`);
        out.byte(ValueTag.SYMBOL);
        out.varint(this.stringId(name));
        return;
      }
      case 'object':
        if (value === null) {
          out.byte(ValueTag.NULL);
          return;
        }
        out.tagVarint(ValueTag.REF, this.objectId(value));
        return;
      case 'function':
        out.tagVarint(ValueTag.REF, this.objectId(value));
        return;
    }
  }

  /** The index of an object, giving it one (and writing its header) on first sight. */
  private objectId(obj: object): number {
    const known = this.ids.get(obj);
    if (known !== undefined) return known;
    const id = this.objects.length;
    this.ids.set(obj, id);
    this.objects.push(obj);
    const headers = this.headerBytes;
    const host = this.hosts.get(obj);
    if (host !== undefined) return this.named(HeaderTag.HOST, host, null);
    const knownName = knownValueName(obj);
    if (knownName !== undefined) return this.named(HeaderTag.KNOWN, knownName, null);
    const staticName = staticNameOf(obj as PyObject);
    if (staticName !== undefined) return this.named(HeaderTag.STATIC, staticName, null);
    if (typeof obj === 'function') {
      const named = this.functionName(obj);
      if (typeof named === 'string') return this.named(HeaderTag.KNOWN, named, null);
      return this.named(HeaderTag.STATIC_FUNCTION, named[0], named[1]);
    }
    if (Array.isArray(obj)) {
      headers.byte(HeaderTag.ARRAY);
      headers.varint(obj.length);
      this.kinds.push(OBJECT_KIND.ARRAY);
      this.plans.push(null);
      return id;
    }
    if (ArrayBuffer.isView(obj)) {
      const kind = TYPED_ARRAY_KINDS.findIndex(
        (ctor) => Object.getPrototypeOf(obj) === ctor.prototype,
      );
      if (kind < 0) this.fail(`a ${obj.constructor.name} (only typed arrays are supported)`, obj);
      headers.byte(HeaderTag.TYPED_ARRAY);
      headers.byte(kind);
      headers.varint((obj as Int32Array).length);
      this.kinds.push(OBJECT_KIND.TYPED_ARRAY);
      this.plans.push(null);
      return id;
    }
    const prototype = Object.getPrototypeOf(obj) as object | null;
    if (prototype === Map.prototype) {
      headers.byte(HeaderTag.MAP);
      headers.varint((obj as Map<unknown, unknown>).size);
      this.kinds.push(OBJECT_KIND.MAP);
      this.plans.push(null);
      return id;
    }
    if (prototype === Set.prototype) {
      headers.byte(HeaderTag.SET);
      headers.varint((obj as Set<unknown>).size);
      this.kinds.push(OBJECT_KIND.SET);
      this.plans.push(null);
      return id;
    }
    const shape = this.shapeOf(obj, prototype);
    headers.byte(HeaderTag.RECORD);
    headers.varint(shape.id);
    this.kinds.push(OBJECT_KIND.RECORD);
    this.plans.push(shape);
    return id;
  }

  private named(tag: HeaderTag, name: string, field: string | null): number {
    const headers = this.headerBytes;
    headers.byte(tag);
    headers.varint(this.stringId(name));
    if (field !== null) headers.varint(this.stringId(field));
    this.kinds.push(OBJECT_KIND.NAMED);
    this.plans.push(null);
    return this.objects.length - 1;
  }

  /** The record layout of `obj`, registering a new shape when its field list is new. */
  private shapeOf(obj: object, prototype: object | null): Shape {
    let entry: SnapshotClass | undefined;
    let key: object;
    let className: string;
    if (prototype === Object.prototype) {
      key = PLAIN_SHAPES_KEY;
      className = PLAIN_CLASS;
    } else if (prototype === null) {
      key = NULL_SHAPES_KEY;
      className = NULL_PROTO_CLASS;
    } else {
      entry = snapshotClassOf(prototype);
      if (entry === undefined) {
        const ctor = (prototype as { constructor?: { name?: string } }).constructor;
        this.fail(`an instance of the unregistered class ${ctor?.name ?? '?'}`, obj);
      }
      key = prototype;
      className = entry.name;
    }
    let shapes = this.shapesByClass.get(key);
    if (shapes === undefined) {
      shapes = {
        className,
        skip: entry !== undefined && entry.skip.size > 0 ? entry.skip : null,
        shapes: [],
      };
      this.shapesByClass.set(key, shapes);
    }
    let keys = Object.keys(obj);
    if (shapes.skip !== null) {
      const skip = shapes.skip;
      keys = keys.filter((name) => !skip.has(name));
    }
    if (prototype !== null) {
      for (const field of virtualFieldsOf(prototype)) {
        if (!field.isDefault((obj as Record<string, unknown>)[field.name])) keys.push(field.name);
      }
    }
    for (const shape of shapes.shapes) if (sameKeys(shape.keys, keys)) return shape;
    const shape: Shape = { id: this.shapeCount++, keys };
    shapes.shapes.push(shape);
    const out = this.shapeBytes;
    out.varint(this.stringId(className));
    out.varint(keys.length);
    for (const name of keys) out.varint(this.stringId(name));
    return shape;
  }

  /** Names a JS function found in `this.owner[this.field]`: a registered object's field or a known value. */
  private functionName(fn: object): [string, string] | string {
    const owner = this.owner as Record<string, unknown> | null;
    const field = this.field;
    const recognized = recognizeFunction(owner, field);
    if (recognized !== undefined) return recognized;
    if (owner !== null) {
      // A bound native function or method keeps the registry name of what it was made from.
      const registryName = owner.registryName;
      if (typeof registryName === 'string') {
        const source = lookupStatic(registryName) as Record<string, unknown> | undefined;
        if (source !== undefined && source[field] === fn) return [registryName, field];
      }
      // A type inherits its allocator from a built-in type in its MRO.
      const mro = owner.mro;
      if (Array.isArray(mro)) {
        for (const type of mro) {
          const name = staticNameOf(type as PyObject);
          if (name !== undefined && (type as Record<string, unknown>)[field] === fn)
            return [name, field];
        }
      }
      // A descriptor's function, when the descriptor of the same owner type is registered.
      const ownerType = owner.ownerType;
      const name = owner.name;
      if (typeof name === 'string' && ownerType !== undefined && ownerType !== null) {
        const attr = (ownerType as { attrs?: Map<string, unknown> }).attrs?.get(name) as
          | Record<string, unknown>
          | undefined;
        if (attr !== undefined && attr[field] === fn) {
          const attrName = staticNameOf(attr as unknown as PyObject);
          if (attrName !== undefined) return [attrName, field];
        }
      }
    }
    const fnName = (fn as { name?: string }).name ?? '';
    this.fail(`a JS function${fnName === '' ? '' : ` '${fnName}'`} (not a registered native)`, fn);
  }

  private writeContent(index: number): void {
    const obj = this.objects[index]!;
    switch (this.kinds[index]!) {
      case OBJECT_KIND.NAMED:
        return;
      case OBJECT_KIND.ARRAY: {
        // Runs of small ints (list(range(n)), stack slots) are written as one INT_RUN, without a tag
        // byte each; anything else goes through value().
        const array = obj as unknown[];
        const length = array.length;
        const out = this.content;
        let item = 0;
        while (item < length) {
          const value = array[item];
          if (!isSmallInt(value)) {
            this.owner = array;
            this.field = '';
            this.value(value);
            item++;
            continue;
          }
          if (item + 1 === length || !isSmallInt(array[item + 1])) {
            out.tagVarint(ValueTag.INT, (value << 1) ^ (value >> 31));
            item++;
            continue;
          }
          item = this.intRun(array, item);
        }
        return;
      }
      case OBJECT_KIND.RECORD: {
        const record = obj as Record<string, unknown>;
        const keys = this.plans[index]!.keys;
        for (let field = 0; field < keys.length; field++) {
          const key = keys[field]!;
          this.owner = record;
          this.field = key;
          this.value(record[key]);
        }
        return;
      }
      case OBJECT_KIND.MAP:
        this.owner = obj;
        this.field = '';
        for (const [key, value] of obj as Map<unknown, unknown>) {
          this.value(key);
          this.value(value);
        }
        return;
      case OBJECT_KIND.SET:
        this.owner = obj;
        this.field = '';
        for (const value of obj as Set<unknown>) this.value(value);
        return;
      case OBJECT_KIND.TYPED_ARRAY: {
        const view = obj as Uint8Array;
        this.content.raw(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
        return;
      }
    }
  }

  /**
   * Writes the run of small ints starting at `array[start]` as one INT_RUN in a single pass: the
   * values go after room for the longest count, which is then written and the values moved up to
   * it. Returns the index after the run.
   */
  private intRun(array: unknown[], start: number): number {
    const out = this.content;
    const length = array.length;
    out.reserve(6);
    let bytes = out.bytes;
    bytes[out.length] = ValueTag.INT_RUN;
    const countAt = out.length + 1;
    let at = countAt + 5;
    let item = start;
    for (; item < length; item++) {
      const value = array[item];
      if (!isSmallInt(value)) break;
      if (at + 5 > bytes.length) {
        out.length = at;
        out.reserve(Math.min(length - item, 4096) * 5);
        bytes = out.bytes;
      }
      let zigzag = (value << 1) ^ (value >> 31);
      while (zigzag >= 0x80) {
        bytes[at++] = (zigzag & 0x7f) | 0x80;
        zigzag >>>= 7;
      }
      bytes[at++] = zigzag;
    }
    let count = item - start;
    let countEnd = countAt;
    while (count >= 0x80) {
      bytes[countEnd++] = (count & 0x7f) | 0x80;
      count >>>= 7;
    }
    bytes[countEnd++] = count;
    bytes.copyWithin(countEnd, countAt + 5, at);
    out.length = at - (countAt + 5 - countEnd);
    return item;
  }

  /** Fails with the path from the root to `target` (found by a second walk, only on this error path). */
  private fail(what: string, target?: unknown): never {
    const path = target === undefined ? null : findPath(this.root, target);
    throw new SnapshotWriteError(`cannot snapshot ${what}${path === null ? '' : ` at ${path}`}`);
  }
}

/** A safe int of at most 31 bits other than -0 (its zigzag form fits an unsigned 32-bit varint). */
function isSmallInt(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    (value | 0) === value &&
    value < 0x40000000 &&
    value > -0x40000000 &&
    (value !== 0 || 1 / value > 0)
  );
}

function varintSize(value: number): number {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** A readable path (`root.modules.valueList[3].dict`) from `root` to `target`, or null. */
export function findPath(root: unknown, target: unknown): string | null {
  if (root === target) return 'root';
  const parents = new Map<unknown, [unknown, string]>();
  const queue: unknown[] = [root];
  parents.set(root, [null, 'root']);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (typeof node !== 'object' && typeof node !== 'function') continue;
    if (node === null || staticNameOf(node as PyObject) !== undefined) continue;
    if (knownValueName(node) !== undefined) continue;
    const visit = (child: unknown, label: string): boolean => {
      if ((typeof child !== 'object' && typeof child !== 'function') || child === null)
        return false;
      if (parents.has(child)) return false;
      parents.set(child, [node, label]);
      if (child === target) return true;
      queue.push(child);
      return false;
    };
    if (typeof node === 'function' || ArrayBuffer.isView(node)) continue;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) if (visit(node[index], `[${index}]`)) break;
    } else if (node instanceof Map) {
      let index = 0;
      for (const [key, value] of node) {
        if (visit(key, `.keys[${index}]`) || visit(value, `.get(${describeKey(key)})`)) break;
        index++;
      }
    } else if (node instanceof Set) {
      let index = 0;
      for (const value of node) if (visit(value, `.values[${index++}]`)) break;
    } else {
      for (const key of Object.keys(node)) {
        if (visit((node as Record<string, unknown>)[key], `.${key}`)) break;
      }
    }
    if (parents.has(target)) break;
  }
  if (!parents.has(target)) return null;
  const parts: string[] = [];
  for (let at: unknown = target; at !== null; ) {
    const [parent, label] = parents.get(at)!;
    parts.push(label);
    at = parent;
  }
  return parts.reverse().join('');
}

function describeKey(key: unknown): string {
  return typeof key === 'string'
    ? JSON.stringify(key)
    : typeof key === 'object'
      ? '…'
      : String(key);
}
