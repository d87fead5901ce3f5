// The snapshot byte format: header (magic, SNAPSHOT_FORMAT_VERSION, XXH32 of the payload), the tags of
// the value encoding, and the byte-level writer/reader (varints, floats, strings). What is written and
// how objects are walked is snapshot-writer.ts's job; rebuilding and validating is snapshot-reader.ts's.
//
// Layout (all integers little-endian; "varint" is unsigned LEB128 up to 2**53):
//   0..7    magic "PYEXSNAP"
//   8..11   format version (u32)
//   12..15  XXH32 checksum (seed 0) of every byte from offset 16 to the end
//   16..    payload:
//     varint stringCount, then each string: varint (length << 1 | kind), kind 0 = UTF-8 bytes,
//             kind 1 = UTF-16 code units (strings holding surrogates), then the bytes
//     varint shapeCount, then each shape: varint className (string index), varint fieldCount,
//             fieldCount × varint fieldName (string index)
//     varint objectCount, then each object header: a HEADER_* byte and its arguments
//     the root value, then the content of every object in header order
// A value is a VALUE_* byte followed by its data; objects are referenced by index (VALUE_REF), so
// shared references and cycles survive and nothing is nested (no recursion when reading or writing).

/**
 * The format version. Bump it whenever the encoding, a registry or class name, an opcode number
 * or the field layout of a registered class changes in a way old snapshots cannot be read with.
 */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** The first eight bytes of every snapshot: "PYEXSNAP". */
export const SNAPSHOT_MAGIC: readonly number[] = [0x50, 0x59, 0x45, 0x58, 0x53, 0x4e, 0x41, 0x50];

/** Bytes before the payload: magic, version, checksum. */
export const SNAPSHOT_HEADER_SIZE = 16;

/** Value tags: what follows the tag byte. */
export const ValueTag = {
  /** JS `undefined` (an unbound local, a NULL stack slot, an absent optional field). */
  UNDEFINED: 0,
  NULL: 1,
  FALSE: 2,
  TRUE: 3,
  /** A safe integer other than -0: zigzag varint. */
  INT: 4,
  /** Any other number: 8 bytes IEEE-754. */
  FLOAT: 5,
  /** A bigint: varint string index of its hexadecimal digits, with a leading '-' when negative. */
  BIGINT: 6,
  /** A string: varint string index. */
  STRING: 7,
  /** An object: varint object index. */
  REF: 8,
  /** A well-known symbol: varint string index of its stable name. */
  SYMBOL: 9,
  /**
   * Only among the items of an ARRAY: varint count (at least 1, at most the items left), then count
   * zigzag varints, the next count items (a run of small ints, as in `list(range(n))`, without a tag
   * byte each).
   */
  INT_RUN: 10,
} as const;
/** One of the ValueTag values. */
export type ValueTag = (typeof ValueTag)[keyof typeof ValueTag];

/** Object header tags: how an object is allocated before its content is read. */
export const HeaderTag = {
  /** A JS array: varint length; content: length values. */
  ARRAY: 0,
  /** An object with a class (or a plain object): varint shape index; content: one value per field. */
  RECORD: 1,
  /** A JS Map: varint size; content: size × (key value, value value). */
  MAP: 2,
  /** A JS Set: varint size; content: size values. */
  SET: 3,
  /** A typed array: a TYPED_ARRAY_KINDS index byte, varint element count; content: raw bytes. */
  TYPED_ARRAY: 4,
  /** A registered built-in object (src/objects/registry.ts): varint string index of its name. */
  STATIC: 5,
  /** A JS function of a registered object: varint name index, varint field-name index. */
  STATIC_FUNCTION: 6,
  /** A host-provided object (an output sink, the file source): varint string index of its role. */
  HOST: 7,
  /** A well-known object or function of the snapshot class registry: varint string index. */
  KNOWN: 8,
} as const;
/** One of the HeaderTag values. */
export type HeaderTag = (typeof HeaderTag)[keyof typeof HeaderTag];

/** The typed array constructors a snapshot can hold, by their kind byte (part of the format). */
export const TYPED_ARRAY_KINDS = [
  Int32Array,
  Uint8Array,
  Uint32Array,
  Float64Array,
  Int8Array,
  Uint16Array,
  Int16Array,
  Float32Array,
  Uint8ClampedArray,
  BigInt64Array,
  BigUint64Array,
] as const;

/** The class name of shapes of plain objects (`{…}` literals, prototype Object.prototype). */
export const PLAIN_CLASS = '';
/** The class name of shapes of null-prototype objects. */
export const NULL_PROTO_CLASS = '#null';

/** Raised for bytes that are not a valid snapshot (corrupt, truncated, hostile, other version). */
export class SnapshotFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotFormatError';
  }
}

/** Raised when a live VM state cannot be written (a class or closure the format cannot name). */
export class SnapshotWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotWriteError';
  }
}

// Checksum -------------------------------------------------------------------------------------------

const PRIME32_1 = 0x9e3779b1;
const PRIME32_2 = 0x85ebca77;
const PRIME32_3 = 0xc2b2ae3d;
const PRIME32_4 = 0x27d4eb2f;
const PRIME32_5 = 0x165667b1;

/**
 * XXH32 (seed 0) of `bytes[start, end)`, as an unsigned 32-bit number: the snapshot checksum. It reads
 * the payload as 32-bit words (four lanes), several times faster than a byte-wise CRC. Every step is
 * a bijection of its state and of its input word, so a change confined to one aligned 4-byte word is
 * always detected; other corruption is missed with probability about 2**-32.
 * @see https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md
 */
export function xxhash32(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let at = start;
  let hash: number;
  if (length >= 16) {
    let lane1 = (PRIME32_1 + PRIME32_2) | 0;
    let lane2 = PRIME32_2 | 0;
    let lane3 = 0;
    let lane4 = -PRIME32_1 | 0;
    const stripeBytes = length - (length % 16);
    if ((bytes.byteOffset + at) % 4 === 0) {
      // Aligned (snapshots the writer made; most buffers): read whole words.
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset + at, stripeBytes / 4);
      const count = words.length;
      for (let word = 0; word < count; word += 4) {
        lane1 = (lane1 + Math.imul(words[word]!, PRIME32_2)) | 0;
        lane1 = Math.imul((lane1 << 13) | (lane1 >>> 19), PRIME32_1);
        lane2 = (lane2 + Math.imul(words[word + 1]!, PRIME32_2)) | 0;
        lane2 = Math.imul((lane2 << 13) | (lane2 >>> 19), PRIME32_1);
        lane3 = (lane3 + Math.imul(words[word + 2]!, PRIME32_2)) | 0;
        lane3 = Math.imul((lane3 << 13) | (lane3 >>> 19), PRIME32_1);
        lane4 = (lane4 + Math.imul(words[word + 3]!, PRIME32_2)) | 0;
        lane4 = Math.imul((lane4 << 13) | (lane4 >>> 19), PRIME32_1);
      }
    } else {
      for (let offset = at; offset < at + stripeBytes; offset += 16) {
        lane1 = (lane1 + Math.imul(wordAt(bytes, offset), PRIME32_2)) | 0;
        lane1 = Math.imul((lane1 << 13) | (lane1 >>> 19), PRIME32_1);
        lane2 = (lane2 + Math.imul(wordAt(bytes, offset + 4), PRIME32_2)) | 0;
        lane2 = Math.imul((lane2 << 13) | (lane2 >>> 19), PRIME32_1);
        lane3 = (lane3 + Math.imul(wordAt(bytes, offset + 8), PRIME32_2)) | 0;
        lane3 = Math.imul((lane3 << 13) | (lane3 >>> 19), PRIME32_1);
        lane4 = (lane4 + Math.imul(wordAt(bytes, offset + 12), PRIME32_2)) | 0;
        lane4 = Math.imul((lane4 << 13) | (lane4 >>> 19), PRIME32_1);
      }
    }
    at += stripeBytes;
    hash =
      (((lane1 << 1) | (lane1 >>> 31)) +
        ((lane2 << 7) | (lane2 >>> 25)) +
        ((lane3 << 12) | (lane3 >>> 20)) +
        ((lane4 << 18) | (lane4 >>> 14))) |
      0;
  } else {
    hash = PRIME32_5;
  }
  hash = (hash + length) | 0;
  for (; at + 4 <= end; at += 4) {
    hash = (hash + Math.imul(wordAt(bytes, at), PRIME32_3)) | 0;
    hash = Math.imul((hash << 17) | (hash >>> 15), PRIME32_4);
  }
  for (; at < end; at++) {
    hash = (hash + Math.imul(bytes[at]!, PRIME32_5)) | 0;
    hash = Math.imul((hash << 11) | (hash >>> 21), PRIME32_1);
  }
  hash = Math.imul(hash ^ (hash >>> 15), PRIME32_2);
  hash = Math.imul(hash ^ (hash >>> 13), PRIME32_3);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The little-endian 32-bit word at `at`. */
function wordAt(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
}

// Writing --------------------------------------------------------------------------------------------

const float64Scratch = new Float64Array(1);
const float64Bytes = new Uint8Array(float64Scratch.buffer);
const TWO_POW_32 = 4294967296;

/** True when this host stores numbers little-endian (the snapshot's typed-array byte order). */
export const HOST_IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A growable byte buffer with the format's primitive encodings. */
export class ByteWriter {
  bytes: Uint8Array;
  length: number;

  constructor(initialCapacity = 1024) {
    this.bytes = new Uint8Array(initialCapacity);
    this.length = 0;
  }

  /** Makes room for `count` more bytes. */
  reserve(count: number): void {
    const needed = this.length + count;
    if (needed <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(value: number): void {
    if (this.length === this.bytes.length) this.reserve(1);
    this.bytes[this.length++] = value;
  }

  /** Unsigned LEB128 of a non-negative safe integer. */
  varint(value: number): void {
    if (this.length + 8 > this.bytes.length) this.reserve(8);
    const bytes = this.bytes;
    let at = this.length;
    if (value < 0x80) {
      bytes[at++] = value;
    } else if (value < 0x4000) {
      bytes[at++] = (value & 0x7f) | 0x80;
      bytes[at++] = value >>> 7;
    } else {
      while (value >= TWO_POW_32) {
        bytes[at++] = (value % 128) | 0x80;
        value = Math.floor(value / 128);
      }
      while (value >= 0x80) {
        bytes[at++] = (value & 0x7f) | 0x80;
        value >>>= 7;
      }
      bytes[at++] = value;
    }
    this.length = at;
  }

  /** A tag byte followed by a varint (one bounds check for both). */
  tagVarint(tag: number, value: number): void {
    if (this.length + 9 > this.bytes.length) this.reserve(9);
    const bytes = this.bytes;
    const at = this.length;
    bytes[at] = tag;
    if (value < 0x80) {
      bytes[at + 1] = value;
      this.length = at + 2;
    } else if (value < 0x4000) {
      bytes[at + 1] = (value & 0x7f) | 0x80;
      bytes[at + 2] = value >>> 7;
      this.length = at + 3;
    } else {
      this.length = at + 1;
      this.varint(value);
    }
  }

  /** A safe integer, zigzag-encoded so small negative numbers stay short. */
  zigzag(value: number): void {
    this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  float64(value: number): void {
    this.reserve(8);
    float64Scratch[0] = value;
    this.bytes.set(float64Bytes, this.length);
    this.length += 8;
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends a string table entry (kind 0: UTF-8, kind 1: UTF-16 code units when it has surrogates). */
  string(text: string): void {
    const length = text.length;
    // Optimistically written as ASCII; rewound when a non-ASCII character turns up.
    const mark = this.length;
    this.varint(length * 2);
    this.reserve(length);
    const bytes = this.bytes;
    let at = this.length;
    let index = 0;
    for (; index < length; index++) {
      const unit = text.charCodeAt(index);
      if (unit >= 0x80) break;
      bytes[at++] = unit;
    }
    if (index === length) {
      this.length = at;
      return;
    }
    this.length = mark;
    if (hasSurrogate(text)) {
      this.varint(length * 4 + 1);
      this.reserve(length * 2);
      const bytes = this.bytes;
      let at = this.length;
      for (let index = 0; index < length; index++) {
        const unit = text.charCodeAt(index);
        bytes[at++] = unit & 0xff;
        bytes[at++] = unit >>> 8;
      }
      this.length = at;
      return;
    }
    const encoded = utf8Encoder.encode(text);
    this.varint(encoded.length * 2);
    this.raw(encoded);
  }

  /** The written bytes (a view, valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const SURROGATE = /[\uD800-\uDFFF]/;

function hasSurrogate(text: string): boolean {
  return SURROGATE.test(text);
}

// Reading --------------------------------------------------------------------------------------------

/** Reads the primitive encodings, failing with SnapshotFormatError on any overrun. */
export class ByteReader {
  readonly bytes: Uint8Array;
  position: number;
  readonly end: number;

  constructor(bytes: Uint8Array, start: number, end: number) {
    this.bytes = bytes;
    this.position = start;
    this.end = end;
  }

  /** Bytes left to read. */
  remaining(): number {
    return this.end - this.position;
  }

  byte(): number {
    if (this.position >= this.end) throw truncated();
    return this.bytes[this.position++]!;
  }

  varint(): number {
    const bytes = this.bytes;
    const end = this.end;
    let at = this.position;
    if (at >= end) throw truncated();
    let byte = bytes[at++]!;
    if (byte < 0x80) {
      this.position = at;
      return byte;
    }
    let value = byte & 0x7f;
    let scale = 128;
    for (;;) {
      if (at >= end) throw truncated();
      byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
      if (scale > 2 ** 56) throw new SnapshotFormatError('invalid snapshot: integer too large');
    }
    if (value > Number.MAX_SAFE_INTEGER)
      throw new SnapshotFormatError('invalid snapshot: integer too large');
    this.position = at;
    return value;
  }

  zigzag(): number {
    const value = this.varint();
    return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
  }

  float64(): number {
    if (this.position + 8 > this.end) throw truncated();
    float64Bytes.set(this.bytes.subarray(this.position, this.position + 8));
    this.position += 8;
    return float64Scratch[0]!;
  }

  /** A copy of the next `count` bytes. */
  raw(count: number): Uint8Array {
    if (count > this.end - this.position) throw truncated();
    const copy = this.bytes.slice(this.position, this.position + count);
    this.position += count;
    return copy;
  }

  /** One string table entry. */
  string(): string {
    const header = this.varint();
    const kind = header % 2;
    const size = (header - kind) / 2;
    if (size > this.end - this.position) throw truncated();
    const bytes = this.bytes;
    const start = this.position;
    this.position += size;
    if (kind === 1) {
      if (size % 2 !== 0) throw new SnapshotFormatError('invalid snapshot: odd UTF-16 length');
      let text = '';
      for (let at = start; at < start + size; at += 2) {
        text += String.fromCharCode(bytes[at]! | (bytes[at + 1]! << 8));
      }
      return text;
    }
    if (size <= 32) {
      let text = '';
      let at = start;
      for (; at < start + size; at++) {
        const byte = bytes[at]!;
        if (byte >= 0x80) break;
        text += String.fromCharCode(byte);
      }
      if (at === start + size) return text;
    }
    try {
      return utf8Decoder.decode(bytes.subarray(start, start + size));
    } catch {
      throw new SnapshotFormatError('invalid snapshot: malformed UTF-8 string');
    }
  }
}

function truncated(): SnapshotFormatError {
  return new SnapshotFormatError('truncated snapshot');
}

/** Fills in the 16-byte header (magic, version, XXH32 of the payload) of a finished snapshot. */
export function sealSnapshot(bytes: Uint8Array): Uint8Array {
  bytes.set(SNAPSHOT_MAGIC, 0);
  writeUint32(bytes, 8, SNAPSHOT_FORMAT_VERSION);
  writeUint32(bytes, 12, xxhash32(bytes, SNAPSHOT_HEADER_SIZE, bytes.length));
  return bytes;
}

/**
 * Checks magic, version and checksum; returns the payload's start offset. Each failure has its own
 * message: `not a Pyex snapshot`, `snapshot format version 3 is not supported (expected 1)`,
 * `truncated snapshot`, `invalid snapshot: checksum mismatch`.
 */
export function checkSnapshotHeader(bytes: Uint8Array): number {
  if (bytes.length < SNAPSHOT_HEADER_SIZE) {
    const prefixMatches = SNAPSHOT_MAGIC.every(
      (value, index) => index >= bytes.length || bytes[index] === value,
    );
    throw new SnapshotFormatError(prefixMatches ? 'truncated snapshot' : 'not a Pyex snapshot');
  }
  for (let index = 0; index < SNAPSHOT_MAGIC.length; index++) {
    if (bytes[index] !== SNAPSHOT_MAGIC[index])
      throw new SnapshotFormatError('not a Pyex snapshot');
  }
  const version = readUint32(bytes, 8);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotFormatError(
      `snapshot format version ${version} is not supported (expected ${SNAPSHOT_FORMAT_VERSION})`,
    );
  }
  if (xxhash32(bytes, SNAPSHOT_HEADER_SIZE, bytes.length) !== readUint32(bytes, 12)) {
    throw new SnapshotFormatError('invalid snapshot: checksum mismatch');
  }
  return SNAPSHOT_HEADER_SIZE;
}

/** Recomputes the checksum of a snapshot in place (for tests that tamper with the payload). */
export function resealSnapshot(bytes: Uint8Array): void {
  writeUint32(bytes, 12, xxhash32(bytes, SNAPSHOT_HEADER_SIZE, bytes.length));
}

function writeUint32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
  );
}
