// Incremental hashing with plain-data state for hashlib: MD5, SHA-1, SHA-2, SHA-3, SHAKE and
// BLAKE2 behind one create/update/copy/digest API. Python objects and argument parsing are the
// module layer's.

import { PythonError } from '../../objects/python-error.js';
import { BLAKE2B_IV, BLAKE2S_IV, blake2bCompress, blake2sCompress } from './blake2.js';
import { SHA224_IV, SHA256_IV, SHA384_IV, SHA512_IV } from './constants.js';
import { keccakPermute } from './keccak.js';
import { MD5_IV, md5Compress } from './md5.js';
import { SHA1_IV, sha1Compress } from './sha1.js';
import { sha256Compress } from './sha256.js';
import { sha512Compress } from './sha512.js';

/** Every algorithm this module implements, by hashlib's canonical name. */
export const HASH_ALGORITHMS = [
  'md5',
  'sha1',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
  'sha3_224',
  'sha3_256',
  'sha3_384',
  'sha3_512',
  'shake_128',
  'shake_256',
  'blake2b',
  'blake2s',
] as const;

/** A hashlib algorithm name. */
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

type Family = 'md5' | 'sha1' | 'sha256' | 'sha512' | 'keccak' | 'blake2b' | 'blake2s';

interface AlgorithmInfo {
  family: Family;
  digestSize: number;
  blockSize: number;
}

const INFO: Record<HashAlgorithm, AlgorithmInfo> = {
  md5: { family: 'md5', digestSize: 16, blockSize: 64 },
  sha1: { family: 'sha1', digestSize: 20, blockSize: 64 },
  sha224: { family: 'sha256', digestSize: 28, blockSize: 64 },
  sha256: { family: 'sha256', digestSize: 32, blockSize: 64 },
  sha384: { family: 'sha512', digestSize: 48, blockSize: 128 },
  sha512: { family: 'sha512', digestSize: 64, blockSize: 128 },
  sha3_224: { family: 'keccak', digestSize: 28, blockSize: 144 },
  sha3_256: { family: 'keccak', digestSize: 32, blockSize: 136 },
  sha3_384: { family: 'keccak', digestSize: 48, blockSize: 104 },
  sha3_512: { family: 'keccak', digestSize: 64, blockSize: 72 },
  shake_128: { family: 'keccak', digestSize: 0, blockSize: 168 },
  shake_256: { family: 'keccak', digestSize: 0, blockSize: 136 },
  blake2b: { family: 'blake2b', digestSize: 64, blockSize: 128 },
  blake2s: { family: 'blake2s', digestSize: 32, blockSize: 64 },
};

/**
 * The state of one running hash: plain data (typed arrays and numbers), so it can be copied and
 * snapshotted. `words` holds the chaining value (or Keccak's lanes); `pending` the bytes of the
 * unfinished block; `length` the bytes already compressed (BLAKE2's counter) or fed in total.
 */
export interface HashState {
  readonly algorithm: HashAlgorithm;
  /** Digest size in bytes (0 for SHAKE, whose length is given at digest time). */
  readonly digestSize: number;
  /** Block (rate) size in bytes. */
  readonly blockSize: number;
  words: Uint32Array;
  pending: Uint8Array;
  pendingLength: number;
  length: number;
  /** BLAKE2's last_node flag (false for the other algorithms). */
  lastNode: boolean;
}

/** BLAKE2 parameters as hashlib.blake2b/blake2s accept them. */
export interface Blake2Options {
  digestSize?: number;
  key?: Uint8Array;
  salt?: Uint8Array;
  person?: Uint8Array;
  fanout?: number;
  depth?: number;
  leafSize?: number;
  nodeOffset?: number;
  nodeDepth?: number;
  innerSize?: number;
  lastNode?: boolean;
}

/** Whether `name` is one of the implemented algorithms (exact canonical spelling). */
export function isHashAlgorithm(name: string): name is HashAlgorithm {
  return (HASH_ALGORITHMS as readonly string[]).includes(name);
}

/**
 * The canonical algorithm for a name given to hashlib.new (case-insensitive, also "sha-256" or
 * "SHA3-256" spellings as OpenSSL accepts them), or undefined.
 */
export function canonicalHashName(name: string): HashAlgorithm | undefined {
  const lower = name.toLowerCase();
  if (isHashAlgorithm(lower)) return lower;
  const aliases: Record<string, HashAlgorithm> = Object.assign(Object.create(null), {
    'sha-1': 'sha1',
    'sha-224': 'sha224',
    'sha-256': 'sha256',
    'sha-384': 'sha384',
    'sha-512': 'sha512',
    'sha3-224': 'sha3_224',
    'sha3-256': 'sha3_256',
    'sha3-384': 'sha3_384',
    'sha3-512': 'sha3_512',
    shake128: 'shake_128',
    shake256: 'shake_256',
    blake2b512: 'blake2b',
    blake2s256: 'blake2s',
  });
  return aliases[lower];
}

/** A fresh hash state. BLAKE2 options are validated with hashlib's messages. */
export function createHash(algorithm: HashAlgorithm, options: Blake2Options = {}): HashState {
  const info = INFO[algorithm];
  const state: HashState = {
    algorithm,
    digestSize: info.digestSize,
    blockSize: info.blockSize,
    words: new Uint32Array(0),
    pending: new Uint8Array(info.blockSize),
    pendingLength: 0,
    length: 0,
    lastNode: false,
  };
  switch (info.family) {
    case 'md5':
      state.words = MD5_IV.slice();
      break;
    case 'sha1':
      state.words = SHA1_IV.slice();
      break;
    case 'sha256':
      state.words = (algorithm === 'sha224' ? SHA224_IV : SHA256_IV).slice();
      break;
    case 'sha512':
      state.words = (algorithm === 'sha384' ? SHA384_IV : SHA512_IV).slice();
      break;
    case 'keccak':
      state.words = new Uint32Array(50);
      break;
    case 'blake2b':
    case 'blake2s':
      return createBlake2(state, info.family === 'blake2b', options);
    default:
      return assertNever(info.family);
  }
  return state;
}

function assertNever(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
}

function createBlake2(base: HashState, isB: boolean, options: Blake2Options): HashState {
  const maxDigest = isB ? 64 : 32;
  const maxKey = isB ? 64 : 32;
  const saltSize = isB ? 16 : 8;
  const digestSize = options.digestSize ?? maxDigest;
  if (digestSize < 1 || digestSize > maxDigest) {
    throw new PythonError('ValueError', `digest_size must be between 1 and ${maxDigest} bytes`);
  }
  const key = options.key ?? new Uint8Array(0);
  if (key.length > maxKey) {
    throw new PythonError('ValueError', `maximum key length is ${maxKey} bytes`);
  }
  const salt = options.salt ?? new Uint8Array(0);
  if (salt.length > saltSize) {
    throw new PythonError('ValueError', `maximum salt length is ${saltSize} bytes`);
  }
  const person = options.person ?? new Uint8Array(0);
  if (person.length > saltSize) {
    throw new PythonError('ValueError', `maximum person length is ${saltSize} bytes`);
  }
  const fanout = options.fanout ?? 1;
  if (fanout < 0 || fanout > 255) {
    throw new PythonError('ValueError', 'fanout must be between 0 and 255');
  }
  const depth = options.depth ?? 1;
  if (depth <= 0 || depth > 255)
    throw new PythonError('ValueError', 'depth must be between 1 and 255');
  const leafSize = options.leafSize ?? 0;
  if (leafSize < 0) throw new PythonError('ValueError', 'value must be positive');
  if (leafSize > 0xffffffff) throw new PythonError('OverflowError', 'leaf_size is too large');
  const nodeOffset = options.nodeOffset ?? 0;
  if (nodeOffset < 0) throw new PythonError('ValueError', 'value must be positive');
  if (!isB && nodeOffset >= 2 ** 48) {
    throw new PythonError('OverflowError', 'node_offset is too large');
  }
  const nodeDepth = options.nodeDepth ?? 0;
  if (nodeDepth < 0 || nodeDepth > 255) {
    throw new PythonError('ValueError', 'node_depth must be between 0 and 255');
  }
  const innerSize = options.innerSize ?? 0;
  if (innerSize < 0 || innerSize > maxDigest) {
    throw new PythonError('ValueError', `inner_size must be between 0 and is ${maxDigest}`);
  }
  // The parameter block (RFC 7693 section 2.5), XORed into the IV.
  const parameters = new Uint8Array(isB ? 64 : 32);
  parameters[0] = digestSize;
  parameters[1] = key.length;
  parameters[2] = fanout;
  parameters[3] = depth;
  writeLittleEndian(parameters, 4, leafSize, 4);
  if (isB) {
    writeLittleEndian(parameters, 8, nodeOffset, 8);
    parameters[16] = nodeDepth;
    parameters[17] = innerSize;
    parameters.set(salt, 32);
    parameters.set(person, 48);
  } else {
    writeLittleEndian(parameters, 8, nodeOffset, 6);
    parameters[14] = nodeDepth;
    parameters[15] = innerSize;
    parameters.set(salt, 16);
    parameters.set(person, 24);
  }
  const iv = isB ? BLAKE2B_IV : BLAKE2S_IV;
  const words = new Uint32Array(iv.length);
  for (let i = 0; i < words.length; i++) {
    const at = 4 * i;
    const parameterWord =
      parameters[at]! |
      (parameters[at + 1]! << 8) |
      (parameters[at + 2]! << 16) |
      (parameters[at + 3]! << 24);
    words[i] = iv[i]! ^ parameterWord;
  }
  const state: HashState = { ...base, digestSize, words, lastNode: options.lastNode ?? false };
  if (key.length > 0) {
    const block = new Uint8Array(state.blockSize);
    block.set(key);
    updateHash(state, block);
  }
  return state;
}

function writeLittleEndian(target: Uint8Array, offset: number, value: number, size: number): void {
  for (let i = 0; i < size; i++) {
    target[offset + i] = value % 256;
    value = Math.floor(value / 256);
  }
}

/** Feeds bytes into a hash state. */
export function updateHash(state: HashState, data: Uint8Array): void {
  const family = INFO[state.algorithm].family;
  const blockSize = state.blockSize;
  const pending = state.pending;
  let offset = 0;
  const end = data.length;
  if (family === 'blake2b' || family === 'blake2s') {
    // BLAKE2 keeps the last block back: it must be compressed with the final flag.
    while (offset < end) {
      if (state.pendingLength === blockSize) {
        state.length += blockSize;
        compressBlake2(state, pending, 0, false);
        state.pendingLength = 0;
      }
      const take = Math.min(blockSize - state.pendingLength, end - offset);
      pending.set(data.subarray(offset, offset + take), state.pendingLength);
      state.pendingLength += take;
      offset += take;
    }
    return;
  }
  if (state.pendingLength > 0) {
    const take = Math.min(blockSize - state.pendingLength, end);
    pending.set(data.subarray(0, take), state.pendingLength);
    state.pendingLength += take;
    offset = take;
    if (state.pendingLength < blockSize) {
      state.length += data.length;
      return;
    }
    compressBlock(state, family, pending, 0);
    state.pendingLength = 0;
  }
  while (end - offset >= blockSize) {
    compressBlock(state, family, data, offset);
    offset += blockSize;
  }
  if (offset < end) {
    pending.set(data.subarray(offset), 0);
    state.pendingLength = end - offset;
  }
  state.length += data.length;
}

function compressBlock(state: HashState, family: Family, block: Uint8Array, offset: number): void {
  switch (family) {
    case 'md5':
      md5Compress(state.words, block, offset);
      return;
    case 'sha1':
      sha1Compress(state.words, block, offset);
      return;
    case 'sha256':
      sha256Compress(state.words, block, offset);
      return;
    case 'sha512':
      sha512Compress(state.words, block, offset);
      return;
    case 'keccak':
      absorb(state.words, block, offset, state.blockSize);
      return;
    case 'blake2b':
    case 'blake2s':
      compressBlake2(state, block, offset, false);
      return;
    default:
      assertNever(family);
  }
}

function compressBlake2(state: HashState, block: Uint8Array, offset: number, last: boolean): void {
  if (state.algorithm === 'blake2b') {
    blake2bCompress(state.words, block, offset, state.length, last, state.lastNode);
  } else {
    blake2sCompress(state.words, block, offset, state.length, last, state.lastNode);
  }
}

function absorb(lanes: Uint32Array, block: Uint8Array, offset: number, rate: number): void {
  for (let i = 0; i < rate; i += 4) {
    const word =
      block[offset + i]! |
      (block[offset + i + 1]! << 8) |
      (block[offset + i + 2]! << 16) |
      (block[offset + i + 3]! << 24);
    lanes[i >> 2] = lanes[i >> 2]! ^ word;
  }
  keccakPermute(lanes);
}

/** An independent copy of a hash state (hash.copy()). */
export function copyHash(state: HashState): HashState {
  return { ...state, words: state.words.slice(), pending: state.pending.slice() };
}

/**
 * The digest of everything fed so far, without disturbing the state. `length` is required for
 * SHAKE (hashlib's digest(length)) and ignored otherwise.
 */
export function hashDigest(state: HashState, length = state.digestSize): Uint8Array {
  const work = copyHash(state);
  const family = INFO[work.algorithm].family;
  switch (family) {
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      return finishMerkleDamgard(work, family);
    case 'keccak':
      return finishKeccak(work, length);
    case 'blake2b':
    case 'blake2s': {
      work.length += work.pendingLength;
      work.pending.fill(0, work.pendingLength);
      compressBlake2(work, work.pending, 0, true);
      return littleEndianBytes(work.words, work.digestSize);
    }
    default:
      return assertNever(family);
  }
}

function finishMerkleDamgard(state: HashState, family: Family): Uint8Array {
  const blockSize = state.blockSize;
  const lengthBytes = blockSize === 128 ? 16 : 8;
  const bitLength = BigInt(state.length) * 8n;
  const padding = new Uint8Array(
    ((state.pendingLength + 1 + lengthBytes + blockSize - 1) & ~(blockSize - 1)) -
      state.pendingLength,
  );
  padding[0] = 0x80;
  for (let i = 0; i < lengthBytes; i++) {
    const shift = BigInt(8 * i);
    const byte = Number((bitLength >> shift) & 0xffn);
    // MD5 stores the length little-endian, the SHA family big-endian.
    if (family === 'md5') padding[padding.length - lengthBytes + i] = byte;
    else padding[padding.length - 1 - i] = byte;
  }
  updateHash(state, padding);
  if (family === 'md5') return littleEndianBytes(state.words, state.digestSize);
  return bigEndianBytes(state.words, state.digestSize);
}

function finishKeccak(state: HashState, length: number): Uint8Array {
  const rate = state.blockSize;
  const block = state.pending;
  block.fill(0, state.pendingLength);
  // SHA-3 domain bits 01, SHAKE 1111, then the pad10*1 rule.
  block[state.pendingLength] = block[state.pendingLength]! ^ (state.digestSize === 0 ? 0x1f : 0x06);
  block[rate - 1] = block[rate - 1]! ^ 0x80;
  absorb(state.words, block, 0, rate);
  const out = new Uint8Array(length);
  let produced = 0;
  for (;;) {
    for (let i = 0; i < rate && produced < length; i++, produced++) {
      out[produced] = (state.words[i >> 2]! >>> (8 * (i & 3))) & 0xff;
    }
    if (produced >= length) return out;
    keccakPermute(state.words);
  }
}

function littleEndianBytes(words: Uint32Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (words[i >> 2]! >>> (8 * (i & 3))) & 0xff;
  return out;
}

function bigEndianBytes(words: Uint32Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (words[i >> 2]! >>> (24 - 8 * (i & 3))) & 0xff;
  return out;
}

/** The lowercase hex text of a digest. */
export function hexOf(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

/** One-shot digest of `data`. */
export function digestOf(algorithm: HashAlgorithm, data: Uint8Array, length?: number): Uint8Array {
  const state = createHash(algorithm);
  updateHash(state, data);
  return hashDigest(state, length);
}
