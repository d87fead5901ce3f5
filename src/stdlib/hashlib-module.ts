// The Python-visible `hashlib` module: hash objects (update/digest/hexdigest/copy, name,
// digest_size, block_size) over the pure incremental hashes of src/stdlib/hashing/, the named
// constructors, new(), and the algorithm sets. HMAC, pbkdf2 and file_digest are not provided.

import { bindArgs, checkNoArgs } from '../objects/args.js';
import { makeBuiltinType } from '../objects/builtin-types.js';
import { PyByteArray, PyBytes } from '../objects/bytes.js';
import { memoryError, typeError, valueError } from '../objects/errors.js';
import { intValueOf } from '../objects/int-type.js';
import { defineGetSet, defineMethod, makeNativeFunction } from '../objects/native-function.js';
import { isTruthy } from '../objects/protocol-truth.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import type { PyType } from '../objects/py-type.js';
import { PyFrozenSet, PySet } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import {
  type Blake2Options,
  canonicalHashName,
  copyHash,
  createHash,
  HASH_ALGORITHMS,
  type HashAlgorithm,
  type HashState,
  hashDigest,
  hexOf,
  updateHash,
} from './hashing/hash-state.js';
import { registerNativeModule } from './registry.js';

/** `_hashlib.HASH`: the type of fixed-length hash objects. */
export const hashType = makeBuiltinType('HASH', undefined, {
  module: '_hashlib',
  subclassable: false,
});
/** `_hashlib.HASHXOF`: SHAKE objects, whose digest takes a length. */
export const hashXofType = makeBuiltinType('HASHXOF', hashType, {
  module: '_hashlib',
  subclassable: false,
});
/** `_blake2.blake2b`. */
export const blake2bType = makeBuiltinType('blake2b', undefined, { module: '_blake2' });
/** `_blake2.blake2s`. */
export const blake2sType = makeBuiltinType('blake2s', undefined, { module: '_blake2' });

/** A hash object: plain-data state behind a Python object. */
export class PyHash extends PyObject {
  state: HashState;

  constructor(cls: PyType, state: HashState) {
    super(cls);
    this.state = state;
  }
}

function typeFor(algorithm: HashAlgorithm): PyType {
  if (algorithm === 'shake_128' || algorithm === 'shake_256') return hashXofType;
  if (algorithm === 'blake2b') return blake2bType;
  if (algorithm === 'blake2s') return blake2sType;
  return hashType;
}

/** The bytes of a bytes-like argument, with hashlib's TypeErrors. */
function bytesOf(value: PyValue): Uint8Array {
  if (value instanceof PyBytes) return value.data;
  if (value instanceof PyByteArray) return value.bytes().slice();
  if (strValueOf(value) !== undefined) throw typeError('Strings must be encoded before hashing');
  throw typeError('object supporting the buffer API required');
}

function self(value: PyValue | undefined): PyHash {
  if (!(value instanceof PyHash)) throw typeError('descriptor requires a hash object');
  return value;
}

function xofLength(name: string, args: PyValue[], kwnames: readonly string[] | null): number {
  const [length] = bindArgs(name, args.slice(1), kwnames, ['length'], 1);
  const value = intValueOf(length!);
  if (value === undefined)
    throw typeError(`'${typeof length}' object cannot be interpreted as an integer`);
  if (value < 0) throw memoryError();
  if (value > 1 << 28) throw memoryError();
  return Number(value);
}

for (const type of [hashType, blake2bType, blake2sType]) {
  defineMethod(type, 'update', (args, kwnames) => {
    const [data] = bindArgs('update', args.slice(1), kwnames, ['obj'], 1, 1);
    updateHash(self(args[0]).state, bytesOf(data!));
    return None;
  });
  defineMethod(type, 'copy', (args, kwnames) => {
    checkNoArgs('copy', args.slice(1), kwnames);
    const original = self(args[0]);
    return new PyHash(original.cls, copyHash(original.state));
  });
  defineGetSet(type, 'name', (obj) => self(obj).state.algorithm);
  defineGetSet(type, 'digest_size', (obj) => self(obj).state.digestSize);
  defineGetSet(type, 'block_size', (obj) => self(obj).state.blockSize);
}

for (const type of [hashType, blake2bType, blake2sType]) {
  defineMethod(type, 'digest', (args, kwnames) => {
    checkNoArgs('digest', args.slice(1), kwnames);
    return new PyBytes(hashDigest(self(args[0]).state));
  });
  defineMethod(type, 'hexdigest', (args, kwnames) => {
    checkNoArgs('hexdigest', args.slice(1), kwnames);
    return hexOf(hashDigest(self(args[0]).state));
  });
}
defineMethod(hashXofType, 'digest', (args, kwnames) => {
  const length = xofLength('digest', args, kwnames);
  return new PyBytes(hashDigest(self(args[0]).state, length));
});
defineMethod(hashXofType, 'hexdigest', (args, kwnames) => {
  const length = xofLength('hexdigest', args, kwnames);
  return hexOf(hashDigest(self(args[0]).state, length));
});

const BLAKE2_KEYWORDS = [
  'digest_size',
  'key',
  'salt',
  'person',
  'fanout',
  'depth',
  'leaf_size',
  'node_offset',
  'node_depth',
  'inner_size',
  'last_node',
  'usedforsecurity',
] as const;

function intOption(value: PyValue): number {
  const int = intValueOf(value);
  if (int === undefined)
    throw typeError(`'${typeof value}' object cannot be interpreted as an integer`);
  return Number(int);
}

function blake2Options(values: readonly (PyValue | undefined)[]): Blake2Options {
  const options: Blake2Options = {};
  const [
    digestSize,
    key,
    salt,
    person,
    fanout,
    depth,
    leafSize,
    nodeOffset,
    nodeDepth,
    inner,
    last,
  ] = values;
  if (digestSize !== undefined) options.digestSize = intOption(digestSize);
  if (key !== undefined) options.key = bytesOf(key);
  if (salt !== undefined) options.salt = bytesOf(salt);
  if (person !== undefined) options.person = bytesOf(person);
  if (fanout !== undefined) options.fanout = intOption(fanout);
  if (depth !== undefined) options.depth = intOption(depth);
  if (leafSize !== undefined) options.leafSize = intOption(leafSize);
  if (nodeOffset !== undefined) options.nodeOffset = intOption(nodeOffset);
  if (nodeDepth !== undefined) options.nodeDepth = intOption(nodeDepth);
  if (inner !== undefined) options.innerSize = intOption(inner);
  if (last !== undefined) options.lastNode = isTruthy(last);
  return options;
}

function makeHash(
  algorithm: HashAlgorithm,
  data: PyValue | undefined,
  options: Blake2Options = {},
) {
  const state = createHash(algorithm, options);
  if (data !== undefined) updateHash(state, bytesOf(data));
  return new PyHash(typeFor(algorithm), state);
}

const constructors = HASH_ALGORITHMS.map((algorithm) => {
  if (algorithm === 'blake2b' || algorithm === 'blake2s') {
    return makeNativeFunction('hashlib', algorithm, (args, kwnames) => {
      const values = bindArgs(algorithm, args, kwnames, ['data', ...BLAKE2_KEYWORDS], 0, 1, 1);
      return makeHash(algorithm, values[0], blake2Options(values.slice(1)));
    });
  }
  const name = `openssl_${algorithm}`;
  return makeNativeFunction('hashlib', algorithm, (args, kwnames) => {
    const [data] = bindArgs(name, args, kwnames, ['string', 'usedforsecurity'], 0, 0, 1);
    return makeHash(algorithm, data);
  });
});

const newFunction = makeNativeFunction('hashlib', 'new', (args, kwnames) => {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const positional = args.length - kwCount;
  const nameValue = positional > 0 ? args[0] : undefined;
  let data: PyValue | undefined = positional > 1 ? args[1] : undefined;
  if (positional > 2)
    throw typeError(`new() takes at most 2 positional arguments (${positional} given)`);
  const extraNames: string[] = [];
  const extraValues: PyValue[] = [];
  let name = nameValue === undefined ? undefined : strValueOf(nameValue);
  for (let k = 0; k < kwCount; k++) {
    const keyword = kwnames![k]!;
    const value = args[positional + k]!;
    if (keyword === 'name' && nameValue === undefined) name = strValueOf(value);
    else if (keyword === 'data' && data === undefined) data = value;
    else if (keyword === 'string' && positional > 1) {
      throw typeError("argument for new() given by name ('string') and position (2)");
    } else if (keyword === 'string' && data === undefined) data = value;
    else {
      extraNames.push(keyword);
      extraValues.push(value);
    }
  }
  if (name === undefined) throw typeError("new() missing required argument 'name' (pos 1)");
  const algorithm = canonicalHashName(name);
  if (algorithm === undefined) throw valueError(`unsupported hash type ${name}`);
  if (algorithm === 'blake2b' || algorithm === 'blake2s') {
    const values = bindArgs(algorithm, extraValues, extraNames, [...BLAKE2_KEYWORDS], 0, 0, 0);
    return makeHash(algorithm, data, blake2Options(values));
  }
  for (const keyword of extraNames) {
    if (keyword !== 'usedforsecurity') {
      throw typeError(`'${keyword}' is an invalid keyword argument for openssl_${algorithm}()`);
    }
  }
  return makeHash(algorithm, data);
});

registerNativeModule('hashlib', (module) => {
  HASH_ALGORITHMS.forEach((algorithm, index) => {
    module.dict.setStr(algorithm, constructors[index]!);
  });
  module.dict.setStr('new', newFunction);
  const guaranteed = new PyFrozenSet();
  const available = new PySet();
  for (const algorithm of HASH_ALGORITHMS) {
    guaranteed.add(algorithm);
    available.add(algorithm);
  }
  module.dict.setStr('algorithms_guaranteed', guaranteed);
  module.dict.setStr('algorithms_available', available);
});
