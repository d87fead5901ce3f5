// Reads snapshot bytes back into an object graph: checks the header, then allocates every object from
// its header (sizes validated against the bytes left, so hostile lengths fail before allocating) and
// fills them in order. Structural checks of the VM state restored are snapshot-validate.ts's job.

import { lookupStatic } from '../../objects/registry.js';
import {
  ensureProbedValues,
  hasKnownValue,
  knownValue,
  type SnapshotClass,
  snapshotClassNamed,
  type VirtualField,
  virtualFieldsOf,
} from './class-registry.js';
import {
  ByteReader,
  checkSnapshotHeader,
  HeaderTag,
  HOST_IS_LITTLE_ENDIAN,
  NULL_PROTO_CLASS,
  PLAIN_CLASS,
  SnapshotFormatError,
  TYPED_ARRAY_KINDS,
  ValueTag,
} from './snapshot-format.js';

/** Options of `readSnapshot`. */
export interface ReadSnapshotOptions {
  /** The host objects to link in place of the names the writer gave them (see WriteSnapshotOptions). */
  readonly hostObjects?: ReadonlyMap<string, unknown>;
  /**
   * Checks the rebuilt objects (every object of the snapshot, in index order) before the class
   * fix-ups run; throws SnapshotFormatError for a state the VM must not run.
   */
  readonly validate?: (objects: readonly unknown[], root: unknown) => void;
}

/** What `readSnapshot` rebuilt. */
export interface ReadSnapshotResult {
  /** The root value. */
  readonly root: unknown;
  /** Every object of the snapshot in index order (registered/host objects included), for validation. */
  readonly objects: readonly unknown[];
}

interface ShapeInfo {
  readonly entry: SnapshotClass | null;
  /** Prototype of restored objects (null for null-prototype records). */
  readonly prototype: object | null;
  readonly fields: readonly string[];
  /** For each field, its VirtualField (set through a setter after checking), or null. */
  readonly virtual: readonly (VirtualField | null)[];
}

const EMPTY_HOSTS: ReadonlyMap<string, unknown> = new Map();
const BIGINT_DIGITS = /^-?[0-9a-f]+$/;
const FORBIDDEN_FIELDS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Rebuilds the object graph of a snapshot. Throws SnapshotFormatError with a clear message for any
 * corrupt, truncated, hostile or other-version input; never allocates more than the bytes justify.
 */
export function readSnapshot(
  bytes: Uint8Array,
  options: ReadSnapshotOptions = {},
): ReadSnapshotResult {
  try {
    return readGraph(bytes, options);
  } catch (error) {
    if (error instanceof SnapshotFormatError) throw error;
    // A check missed something and a fix-up or a setter met a value of the wrong kind.
    if (error instanceof TypeError || error instanceof RangeError)
      throw invalid(`malformed data (${error.message})`);
    throw error;
  }
}

function readGraph(bytes: Uint8Array, options: ReadSnapshotOptions): ReadSnapshotResult {
  ensureProbedValues();
  if (!HOST_IS_LITTLE_ENDIAN) throw new SnapshotFormatError('snapshots need a little-endian host');
  const start = checkSnapshotHeader(bytes);
  const hosts = options.hostObjects ?? EMPTY_HOSTS;
  const reader = new ByteReader(bytes, start, bytes.length);

  const stringCount = countOf(reader, 'string');
  const strings: string[] = new Array(stringCount);
  for (let index = 0; index < stringCount; index++) strings[index] = reader.string();
  const stringAt = (): string => {
    const index = reader.varint();
    if (index >= stringCount) throw invalid(`string index ${index} out of range`);
    return strings[index]!;
  };

  const shapeCount = countOf(reader, 'shape');
  const shapes: ShapeInfo[] = new Array(shapeCount);
  for (let index = 0; index < shapeCount; index++) {
    const className = stringAt();
    let entry: SnapshotClass | null = null;
    let prototype: object | null;
    if (className === PLAIN_CLASS) prototype = Object.prototype;
    else if (className === NULL_PROTO_CLASS) prototype = null;
    else {
      entry = snapshotClassNamed(className) ?? null;
      if (entry === null) throw invalid(`unknown class ${quote(className)}`);
      prototype = entry.prototype;
    }
    const fieldCount = countOf(reader, 'field');
    const fields: string[] = new Array(fieldCount);
    const virtualFields = prototype === null ? [] : virtualFieldsOf(prototype);
    const virtual: (VirtualField | null)[] = new Array(fieldCount).fill(null);
    for (let field = 0; field < fieldCount; field++) {
      const name = stringAt();
      if (FORBIDDEN_FIELDS.has(name)) throw invalid(`forbidden field name ${quote(name)}`);
      const declared = virtualFields.find((candidate) => candidate.name === name);
      // A name the prototype chain defines (a method, a getter) must not be shadowed or set, except
      // the declared accessor-backed fields.
      if (declared === undefined && prototype !== null && name in prototype)
        throw invalid(`field ${quote(name)} is not data of class ${quote(className)}`);
      fields[field] = name;
      virtual[field] = declared ?? null;
    }
    if (new Set(fields).size !== fieldCount)
      throw invalid(`duplicate field in class ${quote(className)}`);
    shapes[index] = { entry, prototype, fields, virtual };
  }

  // Headers: parse all first, check the sizes they claim against the bytes left, then allocate.
  const objectCount = countOf(reader, 'object');
  const tags = new Uint8Array(objectCount);
  const sizes = new Float64Array(objectCount);
  const named: unknown[] = new Array(objectCount);
  let claimed = 0;
  for (let index = 0; index < objectCount; index++) {
    const tag = reader.byte();
    tags[index] = tag;
    switch (tag) {
      case HeaderTag.ARRAY:
      case HeaderTag.MAP:
      case HeaderTag.SET: {
        const size = reader.varint();
        sizes[index] = size;
        claimed += tag === HeaderTag.MAP ? size * 2 : size;
        break;
      }
      case HeaderTag.RECORD: {
        const shape = reader.varint();
        if (shape >= shapeCount) throw invalid(`shape index ${shape} out of range`);
        sizes[index] = shape;
        claimed += shapes[shape]!.fields.length;
        break;
      }
      case HeaderTag.TYPED_ARRAY: {
        const kind = reader.byte();
        const ctor = TYPED_ARRAY_KINDS[kind];
        if (ctor === undefined) throw invalid(`unknown typed array kind ${kind}`);
        const length = reader.varint();
        sizes[index] = kind * 2 ** 40 + length;
        claimed += length * ctor.BYTES_PER_ELEMENT;
        break;
      }
      case HeaderTag.STATIC: {
        const name = stringAt();
        const value = lookupStatic(name);
        if (value === undefined) throw invalid(`unknown built-in object ${quote(name)}`);
        named[index] = value;
        break;
      }
      case HeaderTag.STATIC_FUNCTION: {
        const name = stringAt();
        const field = stringAt();
        const owner = lookupStatic(name) as Record<string, unknown> | undefined;
        const fn = owner !== undefined && Object.hasOwn(owner, field) ? owner[field] : undefined;
        if (typeof fn !== 'function')
          throw invalid(`unknown native function ${quote(`${name}#${field}`)}`);
        named[index] = fn;
        break;
      }
      case HeaderTag.HOST: {
        const name = stringAt();
        if (!hosts.has(name)) throw invalid(`no host object ${quote(name)} was supplied`);
        named[index] = hosts.get(name);
        break;
      }
      case HeaderTag.KNOWN: {
        const name = stringAt();
        if (!hasKnownValue(name)) throw invalid(`unknown well-known value ${quote(name)}`);
        named[index] = knownValue(name);
        break;
      }
      default:
        throw invalid(`unknown object tag ${tag}`);
    }
    if (claimed > reader.remaining()) throw new SnapshotFormatError('truncated snapshot');
  }

  const objects: unknown[] = new Array(objectCount);
  for (let index = 0; index < objectCount; index++) {
    switch (tags[index]) {
      case HeaderTag.ARRAY:
        objects[index] = new Array(sizes[index]!);
        break;
      case HeaderTag.MAP:
        objects[index] = new Map();
        break;
      case HeaderTag.SET:
        objects[index] = new Set();
        break;
      case HeaderTag.RECORD:
        objects[index] = Object.create(shapes[sizes[index]!]!.prototype);
        break;
      case HeaderTag.TYPED_ARRAY:
        objects[index] = null; // made when its bytes are read
        break;
      default:
        objects[index] = named[index];
    }
  }

  const readValue = (): unknown => {
    const tag = reader.byte();
    switch (tag) {
      case ValueTag.UNDEFINED:
        return undefined;
      case ValueTag.NULL:
        return null;
      case ValueTag.FALSE:
        return false;
      case ValueTag.TRUE:
        return true;
      case ValueTag.INT:
        return reader.zigzag();
      case ValueTag.FLOAT:
        return reader.float64();
      case ValueTag.STRING:
        return stringAt();
      case ValueTag.REF: {
        const index = reader.varint();
        if (index >= objectCount) throw invalid(`object index ${index} out of range`);
        const target = objects[index];
        if (target === null && tags[index] === HeaderTag.TYPED_ARRAY) return lateTypedArray(index);
        return target;
      }
      case ValueTag.BIGINT: {
        const digits = stringAt();
        if (!BIGINT_DIGITS.test(digits)) throw invalid('malformed integer');
        const value = digits.startsWith('-')
          ? -BigInt(`0x${digits.slice(1)}`)
          : BigInt(`0x${digits}`);
        if (value >= -BigInt(Number.MAX_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER))
          throw invalid('big integer in the safe range');
        return value;
      }
      case ValueTag.SYMBOL: {
        const name = stringAt();
        const symbol = knownValue(name);
        if (typeof symbol !== 'symbol') throw invalid(`unknown symbol ${quote(name)}`);
        return symbol;
      }
      default:
        throw invalid(`unknown value tag ${tag}`);
    }
  };

  // A typed array referenced before its bytes are read: made empty of the right size now, filled later.
  const lateTypedArray = (index: number): unknown => {
    const packed = sizes[index]!;
    const kind = Math.floor(packed / 2 ** 40);
    const ctor = TYPED_ARRAY_KINDS[kind]!;
    const array = new ctor(packed - kind * 2 ** 40);
    objects[index] = array;
    return array;
  };

  /** Accessor-backed fields (object, name, value triples), set once every byte was read. */
  const pendingVirtual: unknown[] = [];
  const root = readValue();
  for (let index = 0; index < objectCount; index++) {
    const target = objects[index];
    switch (tags[index]) {
      case HeaderTag.ARRAY: {
        const array = target as unknown[];
        const length = sizes[index]!;
        for (let item = 0; item < length; ) {
          if (bytes[reader.position] !== ValueTag.INT_RUN || reader.position >= reader.end) {
            array[item++] = readValue();
            continue;
          }
          reader.position++;
          const count = reader.varint();
          if (count === 0 || count > length - item) throw invalid('integer run past its list');
          item = readIntRun(reader, array, item, item + count);
        }
        break;
      }
      case HeaderTag.RECORD: {
        const record = target as Record<string, unknown>;
        const shape = shapes[sizes[index]!]!;
        const fields = shape.fields;
        for (let field = 0; field < fields.length; field++) {
          const value = readValue();
          const virtual = shape.virtual[field];
          if (virtual === null || virtual === undefined) {
            record[fields[field]!] = value;
          } else {
            if (!virtual.isValid(value)) throw invalid(`malformed ${virtual.name}`);
            pendingVirtual.push(record, virtual.name, value);
          }
        }
        break;
      }
      case HeaderTag.MAP: {
        const map = target as Map<unknown, unknown>;
        const size = sizes[index]!;
        for (let entry = 0; entry < size; entry++) {
          const key = readValue();
          map.set(key, readValue());
        }
        if (map.size !== size) throw invalid('duplicate map key');
        break;
      }
      case HeaderTag.SET: {
        const set = target as Set<unknown>;
        const size = sizes[index]!;
        for (let entry = 0; entry < size; entry++) set.add(readValue());
        if (set.size !== size) throw invalid('duplicate set member');
        break;
      }
      case HeaderTag.TYPED_ARRAY: {
        const packed = sizes[index]!;
        const kind = Math.floor(packed / 2 ** 40);
        const ctor = TYPED_ARRAY_KINDS[kind]!;
        const length = packed - kind * 2 ** 40;
        const data = reader.raw(length * ctor.BYTES_PER_ELEMENT);
        if (target === null) {
          objects[index] = new ctor(data.buffer as ArrayBuffer, 0, length);
        } else {
          new Uint8Array((target as Uint8Array).buffer).set(data);
        }
        break;
      }
    }
  }
  if (reader.remaining() !== 0) throw invalid('trailing bytes');
  for (let at = 0; at < pendingVirtual.length; at += 3) {
    (pendingVirtual[at] as Record<string, unknown>)[pendingVirtual[at + 1] as string] =
      pendingVirtual[at + 2];
  }
  options.validate?.(objects, root);

  for (let index = 0; index < objectCount; index++) {
    if (tags[index] !== HeaderTag.RECORD) continue;
    const entry = shapes[sizes[index]!]!.entry;
    if (entry?.restore) entry.restore(objects[index] as object);
  }
  for (let index = 0; index < objectCount; index++) {
    if (tags[index] !== HeaderTag.RECORD) continue;
    const entry = shapes[sizes[index]!]!.entry;
    if (entry?.finish) entry.finish(objects[index] as object);
  }
  return { root, objects };
}

/**
 * Reads the zigzag varints of an INT_RUN into `array[from, to)` (a tight loop over the bytes: most
 * items are one or two bytes). Returns `to`.
 */
function readIntRun(reader: ByteReader, array: unknown[], from: number, to: number): number {
  const bytes = reader.bytes;
  const end = reader.end;
  let at = reader.position;
  for (let item = from; item < to; item++) {
    if (at >= end) throw new SnapshotFormatError('truncated snapshot');
    let byte = bytes[at++]!;
    let value = byte;
    if (byte >= 0x80) {
      value = byte & 0x7f;
      let scale = 128;
      do {
        if (at >= end) throw new SnapshotFormatError('truncated snapshot');
        byte = bytes[at++]!;
        value += (byte & 0x7f) * scale;
        scale *= 128;
        if (scale > 2 ** 56) throw invalid('integer too large');
      } while (byte >= 0x80);
      if (value > Number.MAX_SAFE_INTEGER) throw invalid('integer too large');
    }
    array[item] = value % 2 === 0 ? value / 2 : -(value + 1) / 2;
  }
  reader.position = at;
  return to;
}

function countOf(reader: ByteReader, what: string): number {
  const count = reader.varint();
  if (count > reader.remaining())
    throw new SnapshotFormatError(`truncated snapshot (${what} count)`);
  return count;
}

/** A name from the bytes, quoted for a message: control characters escaped, at most 60 characters. */
function quote(name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 60)}…` : name;
  return `'${JSON.stringify(short).slice(1, -1)}'`;
}

function invalid(detail: string): SnapshotFormatError {
  return new SnapshotFormatError(`invalid snapshot: ${detail}`);
}
