// The Python-visible `random` module: the Random class (subclassable; a subclass overriding
// random(), getrandbits() or _randbelow() is honoured as random.py's __init_subclass__ does),
// SystemRandom over the host entropy source, and the module functions bound to a hidden instance.
// The algorithms are in src/stdlib/random/; this file does coercion, sequences and errors.

import { bindArgs, checkArity, checkNoArgs } from '../objects/args.js';
import { makeBuiltinType } from '../objects/builtin-types.js';
import { PyByteArray, PyBytes } from '../objects/bytes.js';
import { PyDict } from '../objects/dict.js';
import { notImplementedError, typeError, valueError } from '../objects/errors.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { initInstanceStorage } from '../objects/instance.js';
import { type IntValue, intToBytes, normalizeInt } from '../objects/int-math.js';
import { intValueOf } from '../objects/int-type.js';
import { PyList } from '../objects/list.js';
import {
  defineGetSet,
  defineMethod,
  makeNativeFunction,
  type NativeFn,
} from '../objects/native-function.js';
import { BinaryOp } from '../objects/number-ops.js';
import { hashFloat } from '../objects/numeric-hash.js';
import { getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { iterableToArray } from '../objects/protocol-iter.js';
import { binaryOp, indexValue } from '../objects/protocol-number.js';
import { getItem, pyLen, setItem } from '../objects/protocol-subscript.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import type { PyType } from '../objects/py-type.js';
import { PyAnySet } from '../objects/set.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { PyTuple } from '../objects/tuple.js';
import { asDouble } from './math-module.js';
import * as mt from './random/mersenne-twister.js';
import * as rm from './random/random-methods.js';
import { registerNativeModule } from './registry.js';

/** Supplies n words of entropy for seed(None) and SystemRandom (the host's capability). */
export type EntropySource = (words: number) => Uint32Array;

let entropySource: EntropySource = (words) => {
  const out = new Uint32Array(words);
  const crypto = (globalThis as { crypto?: { getRandomValues(array: Uint32Array): unknown } })
    .crypto;
  if (crypto === undefined) throw notImplementedError('no entropy source is available');
  crypto.getRandomValues(out);
  return out;
};

/**
 * Installs the entropy capability used by Random.seed(None) and SystemRandom (a deterministic
 * source makes runs reproducible).
 */
export function setEntropySource(source: EntropySource): void {
  entropySource = source;
}

/** `random.Random`. */
export const randomType = makeBuiltinType('Random', undefined, { module: 'random' });
/** `random.SystemRandom`. */
export const systemRandomType = makeBuiltinType('SystemRandom', randomType, { module: 'random' });

/** A Random instance: its generator state is plain data. */
export class PyRandom extends PyObject {
  state: mt.RandomState;

  constructor(cls: PyType) {
    super(cls);
    this.state = mt.createRandomState();
  }
}

function self(value: PyValue | undefined): PyRandom {
  if (!(value instanceof PyRandom)) throw typeError('descriptor requires a random.Random object');
  return value;
}

/** The class that defines `name` first in the MRO, if it is not the native Random. */
function overridden(obj: PyRandom, name: string): boolean {
  for (const type of obj.cls.mro) {
    if (type === randomType) return false;
    if (type.attrs.has(name)) return true;
  }
  return false;
}

/** random() and getrandbits() as the instance's class defines them. */
function sourceOf(obj: PyRandom): rm.RandomSource {
  const overridesRandom = overridden(obj, 'random');
  const overridesBits = overridden(obj, 'getrandbits');
  if (!overridesRandom && !overridesBits) return rm.mersenneSource(obj.state.mt);
  return {
    random: () => {
      if (!overridesRandom) return mt.nextRandom(obj.state.mt);
      return asDouble(callObject(getAttr(obj, 'random'), []));
    },
    getrandbits: (k) => {
      if (!overridesBits) return mt.getRandBits(obj.state.mt, k);
      return indexValue(callObject(getAttr(obj, 'getrandbits'), [k]));
    },
  };
}

/** _randbelow as random.py's __init_subclass__ picks it for the instance's class. */
function belowOf(obj: PyRandom): rm.RandBelow {
  for (const type of obj.cls.mro) {
    if (type === randomType) break;
    if (type.attrs.has('_randbelow')) {
      return (n) => indexValue(callObject(getAttr(obj, '_randbelow'), [n]));
    }
    if (type.attrs.has('getrandbits')) {
      const source = sourceOf(obj);
      return (n) => rm.randBelow(source, n);
    }
    if (type.attrs.has('random')) {
      const source = sourceOf(obj);
      return (n) => rm.randBelowFromFloats(source, n);
    }
  }
  if (obj.cls === systemRandomType || obj.cls.mro.includes(systemRandomType)) {
    const source = systemSource();
    return (n) => rm.randBelow(source, n);
  }
  return (n) => rm.randBelowMersenne(obj.state.mt, n);
}

function systemSource(): rm.RandomSource {
  return {
    random: () => {
      const words = entropySource(2);
      return ((words[0]! >>> 5) * 67108864 + (words[1]! >>> 6)) / 9007199254740992;
    },
    getrandbits: (k) => {
      if (k < 0) throw valueError('number of bits must be non-negative');
      const words = Math.ceil(k / 32);
      const state: mt.MersenneState = { words: entropySource(Math.max(words, 1)), index: 0 };
      return randomBitsFromWords(state.words, k);
    },
  };
}

function randomBitsFromWords(words: Uint32Array, k: number): IntValue {
  if (k === 0) return 0;
  let value = 0n;
  for (let i = words.length - 1; i >= 0; i--) value = (value << 32n) | BigInt(words[i]!);
  return normalizeInt(value & ((1n << BigInt(k)) - 1n));
}

function define(name: string, fn: NativeFn): void {
  defineMethod(randomType, name, fn);
}

const SEED_TYPES_MESSAGE =
  'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';

function seedInstance(obj: PyRandom, a: PyValue, version: PyValue): void {
  const state = obj.state;
  const versionNumber = intValueOf(version);
  const text = strValueOf(a);
  const bytes = a instanceof PyBytes ? a.data : a instanceof PyByteArray ? a.bytes() : undefined;
  if (versionNumber === 1 && (text !== undefined || a instanceof PyBytes)) {
    const points = text !== undefined ? Array.from(text, (ch) => ch.codePointAt(0)!) : bytes!;
    mt.seedVersion1(state, points);
    return;
  }
  if (versionNumber === 2 && (text !== undefined || bytes !== undefined)) {
    mt.seedFromBytes(state, text !== undefined ? new TextEncoder().encode(text) : bytes!);
    return;
  }
  if (a === None) {
    mt.seedFromEntropy(state, entropySource(624));
    return;
  }
  const int = intValueOf(a);
  if (int !== undefined) {
    mt.seedFromInt(state, int);
    return;
  }
  if (a instanceof PyFloat) {
    mt.seedFromHash(state, hashFloat(a.value, a.objectId));
    state.gaussNext = null;
    return;
  }
  throw typeError(SEED_TYPES_MESSAGE);
}

const randomNew = makeNativeFunction('random', 'Random.__new__', (args) => {
  const cls = args[0] as PyType;
  const instance = new PyRandom(cls);
  initInstanceStorage(instance, cls);
  if (cls.instancesHaveDict && instance.dict === null) instance.dict = new PyDict();
  return instance;
});
randomType.setAttr('__new__', randomNew);

define('__init__', (args, kwnames) => {
  const [x] = bindArgs('Random', args.slice(1), kwnames, ['x'], 0);
  const obj = self(args[0]);
  callObject(getAttr(obj, 'seed'), [x ?? None]);
  obj.state.gaussNext = null;
  return None;
});

define('seed', (args, kwnames) => {
  const [a, version] = bindArgs('seed', args.slice(1), kwnames, ['a', 'version'], 0);
  seedInstance(self(args[0]), a ?? None, version ?? 2);
  self(args[0]).state.gaussNext = null;
  return None;
});

define('random', (args, kwnames) => {
  checkNoArgs('random', args.slice(1), kwnames);
  return newFloat(sourceOf(self(args[0])).random());
});

define('getrandbits', (args, kwnames) => {
  checkArity('getrandbits', args.slice(1), kwnames, 1, 1);
  const k = indexValue(args[1]!);
  if (k > 2147483647) throw typeError('Python int too large to convert to C int');
  return mt.getRandBits(self(args[0]).state.mt, Number(k));
});

define('getstate', (args, kwnames) => {
  checkNoArgs('getstate', args.slice(1), kwnames);
  const obj = self(args[0]);
  const words = new PyTuple(mt.getInternalState(obj.state.mt));
  const gauss = obj.state.gaussNext === null ? None : newFloat(obj.state.gaussNext);
  return new PyTuple([3, words, gauss]);
});

define('setstate', (args, kwnames) => {
  checkArity('setstate', args.slice(1), kwnames, 1, 1);
  const obj = self(args[0]);
  const state = args[1]!;
  const version = getItem(state, 0);
  if (version !== 3 && version !== 2) {
    throw valueError(
      `state with version ${String(version)} passed to Random.setstate() of version 3`,
    );
  }
  const parts = iterableToArray(state);
  if (parts.length !== 3) throw valueError(`too many values to unpack (expected 3)`);
  const internal = parts[1]!;
  if (!(internal instanceof PyTuple) && version === 3) {
    throw typeError('state vector must be a tuple');
  }
  const values = iterableToArray(internal).map((v) => {
    const int = indexValue(v);
    return version === 2 ? normalizeInt(((BigInt(int) % 2n ** 32n) + 2n ** 32n) % 2n ** 32n) : int;
  });
  mt.setInternalState(obj.state.mt, values);
  const gauss = parts[2]!;
  obj.state.gaussNext = gauss === None ? null : asDouble(gauss);
  return None;
});

defineGetSet(
  randomType,
  'gauss_next',
  (obj) => {
    const value = self(obj).state.gaussNext;
    return value === null ? None : newFloat(value);
  },
  (obj, value) => {
    self(obj).state.gaussNext = value === undefined || value === None ? null : asDouble(value);
  },
);

/** operator.index, with 3.11's deprecated acceptance of integral floats. */
function rangeArgument(value: PyValue, what: string): IntValue {
  if (value instanceof PyFloat) {
    if (!Number.isInteger(value.value)) throw valueError(`non-integer ${what} for randrange()`);
    return normalizeInt(BigInt(value.value));
  }
  return indexValue(value);
}

function randrangeOf(obj: PyRandom, start: PyValue, stop: PyValue, step: PyValue | undefined) {
  const below = belowOf(obj);
  const istart = rangeArgument(start, 'arg 1');
  if (stop === None) {
    if (step !== undefined && step !== 1) throw typeError('Missing a non-None stop argument');
    return rm.randrange(below, istart, null, null);
  }
  const istop = rangeArgument(stop, 'stop');
  const istep = step === undefined ? null : rangeArgument(step, 'step');
  return rm.randrange(below, istart, istop, istep);
}

define('randrange', (args, kwnames) => {
  const [start, stop, step] = bindArgs(
    'randrange',
    args.slice(1),
    kwnames,
    ['start', 'stop', 'step'],
    1,
  );
  return randrangeOf(self(args[0]), start!, stop ?? None, step);
});

define('randint', (args, kwnames) => {
  const [a, b] = bindArgs('randint', args.slice(1), kwnames, ['a', 'b'], 2);
  return randrangeOf(self(args[0]), a!, binaryOp(b!, 1, BinaryOp.ADD), undefined);
});

define('choice', (args, kwnames) => {
  const [seq] = bindArgs('choice', args.slice(1), kwnames, ['seq'], 1);
  const length = pyLen(seq!);
  return getItem(seq!, rm.choiceIndex(belowOf(self(args[0])), length));
});

define('shuffle', (args, kwnames) => {
  const [x] = bindArgs('shuffle', args.slice(1), kwnames, ['x'], 1);
  const below = belowOf(self(args[0]));
  const list = x!;
  if (list instanceof PyList) {
    rm.shuffleInPlace(below, list.items);
    return None;
  }
  for (let i = pyLen(list) - 1; i > 0; i--) {
    const j = Number(below(i + 1));
    const a = getItem(list, i);
    const b = getItem(list, j);
    setItem(list, i, b);
    setItem(list, j, a);
  }
  return None;
});

define('sample', (args, kwnames) => {
  const [population, k, counts] = bindArgs(
    'sample',
    args.slice(1),
    kwnames,
    ['population', 'k', 'counts'],
    2,
    0,
    2,
  );
  const pop = population!;
  if (pop instanceof PyAnySet || pop instanceof PyDict) {
    throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const below = belowOf(self(args[0]));
  const n = pyLen(pop);
  const kValue = indexValue(k!);
  if (counts !== undefined && counts !== None) {
    const cumulative: PyValue[] = [];
    let total: PyValue = 0;
    for (const count of iterableToArray(counts)) {
      total = cumulative.length === 0 ? count : binaryOp(total, count, BinaryOp.ADD);
      cumulative.push(total);
    }
    if (cumulative.length !== n) {
      throw valueError('The number of counts does not match the population');
    }
    const totalInt = intValueOf(total);
    if (totalInt === undefined) throw typeError('Counts must be integers');
    const picked = rm.sampleCountedIndices(
      below,
      cumulative.map((c) => intValueOf(c)!),
      kValue,
    );
    return new PyList(picked.map((i) => getItem(pop, i)));
  }
  const picked = rm.sampleIndices(below, n, kValue);
  return new PyList(picked.map((i) => getItem(pop, i)));
});

define('choices', (args, kwnames) => {
  const [population, weights, cumWeights, k] = bindArgs(
    'choices',
    args.slice(1),
    kwnames,
    ['population', 'weights', 'cum_weights', 'k'],
    1,
    0,
    2,
  );
  const obj = self(args[0]);
  const source = sourceOf(obj);
  const pop = population!;
  const n = pyLen(pop);
  const count = k === undefined ? 1 : Number(indexValue(k));
  let cumulative: PyValue[] | undefined;
  if (cumWeights === undefined || cumWeights === None) {
    if (weights === undefined || weights === None) {
      return new PyList(rm.choicesUniform(source, n, count).map((i) => getItem(pop, i)));
    }
    if (intValueOf(weights) !== undefined) {
      throw typeError(
        `The number of choices must be a keyword argument: k=${String(intValueOf(weights))}`,
      );
    }
    cumulative = [];
    let total: PyValue = 0;
    for (const weight of iterableToArray(weights)) {
      total = cumulative.length === 0 ? weight : binaryOp(total, weight, BinaryOp.ADD);
      cumulative.push(total);
    }
  } else {
    if (weights !== undefined && weights !== None) {
      throw typeError('Cannot specify both weights and cumulative weights');
    }
    cumulative = iterableToArray(cumWeights);
  }
  if (cumulative.length !== n) {
    throw valueError('The number of weights does not match the population');
  }
  const picked = rm.choicesWeighted(source, cumulative.map(asDouble), count);
  return new PyList(picked.map((i) => getItem(pop, i)));
});

define('uniform', (args, kwnames) => {
  const [a, b] = bindArgs('uniform', args.slice(1), kwnames, ['a', 'b'], 2);
  const r = newFloat(sourceOf(self(args[0])).random());
  const width = binaryOp(b!, a!, BinaryOp.SUBTRACT);
  return binaryOp(a!, binaryOp(width, r, BinaryOp.MULTIPLY), BinaryOp.ADD);
});

define('triangular', (args, kwnames) => {
  const [low, high, mode] = bindArgs(
    'triangular',
    args.slice(1),
    kwnames,
    ['low', 'high', 'mode'],
    0,
  );
  const lowValue = low === undefined ? 0 : asDouble(low);
  const value = rm.triangular(
    sourceOf(self(args[0])),
    lowValue,
    high === undefined ? 1 : asDouble(high),
    mode === undefined || mode === None ? null : asDouble(mode),
  );
  return value === null ? (low ?? newFloat(0)) : newFloat(value);
});

function defineDistribution(
  name: string,
  parameters: string[],
  defaults: (number | undefined)[],
  fn: (source: rm.RandomSource, obj: PyRandom, values: number[]) => number,
): void {
  const required = defaults.filter((d) => d === undefined).length;
  define(name, (args, kwnames) => {
    const bound = bindArgs(name, args.slice(1), kwnames, parameters, required);
    const values = bound.map((value, index) =>
      value === undefined ? defaults[index]! : asDouble(value),
    );
    const obj = self(args[0]);
    return newFloat(fn(sourceOf(obj), obj, values));
  });
}

defineDistribution('normalvariate', ['mu', 'sigma'], [0, 1], (s, _o, [mu, sigma]) =>
  rm.normalvariate(s, mu!, sigma!),
);
defineDistribution('gauss', ['mu', 'sigma'], [0, 1], (s, o, [mu, sigma]) =>
  rm.gauss(s, o.state, mu!, sigma!),
);
defineDistribution(
  'lognormvariate',
  ['mu', 'sigma'],
  [undefined, undefined],
  (s, _o, [mu, sigma]) => rm.lognormvariate(s, mu!, sigma!),
);
defineDistribution('expovariate', ['lambd'], [undefined], (s, _o, [lambd]) =>
  rm.expovariate(s, lambd!),
);
defineDistribution('vonmisesvariate', ['mu', 'kappa'], [undefined, undefined], (s, _o, [mu, k]) =>
  rm.vonmisesvariate(s, mu!, k!),
);
defineDistribution('gammavariate', ['alpha', 'beta'], [undefined, undefined], (s, _o, [a, b]) =>
  rm.gammavariate(s, a!, b!),
);
defineDistribution('betavariate', ['alpha', 'beta'], [undefined, undefined], (s, _o, [a, b]) =>
  rm.betavariate(s, a!, b!),
);
defineDistribution('paretovariate', ['alpha'], [undefined], (s, _o, [alpha]) =>
  rm.paretovariate(s, alpha!),
);
defineDistribution('weibullvariate', ['alpha', 'beta'], [undefined, undefined], (s, _o, [a, b]) =>
  rm.weibullvariate(s, a!, b!),
);

define('randbytes', (args, kwnames) => {
  const [n] = bindArgs('randbytes', args.slice(1), kwnames, ['n'], 1);
  const obj = self(args[0]);
  const count = Number(indexValue(n!));
  if (!overridden(obj, 'getrandbits') && obj.cls !== systemRandomType) {
    return new PyBytes(rm.randbytesMersenne(obj.state.mt, count));
  }
  const bits = sourceOf(obj).getrandbits(count * 8);
  return new PyBytes(intToBytes(bits, count, 'little', false));
});

// SystemRandom: draws from the entropy capability; it has no state to seed or save.
defineMethod(systemRandomType, 'random', (args, kwnames) => {
  checkNoArgs('random', args.slice(1), kwnames);
  return newFloat(systemSource().random());
});
defineMethod(systemRandomType, 'getrandbits', (args, kwnames) => {
  checkArity('getrandbits', args.slice(1), kwnames, 1, 1);
  return systemSource().getrandbits(Number(indexValue(args[1]!)));
});
defineMethod(systemRandomType, 'seed', () => None);
for (const name of ['getstate', 'setstate']) {
  defineMethod(systemRandomType, name, () => {
    throw notImplementedError('System entropy source does not have state.');
  });
}

const MODULE_FUNCTIONS = [
  'seed',
  'random',
  'uniform',
  'triangular',
  'randint',
  'choice',
  'randrange',
  'sample',
  'shuffle',
  'choices',
  'normalvariate',
  'lognormvariate',
  'expovariate',
  'vonmisesvariate',
  'gammavariate',
  'gauss',
  'betavariate',
  'paretovariate',
  'weibullvariate',
  'getstate',
  'setstate',
  'getrandbits',
  'randbytes',
];

registerNativeModule('random', (module) => {
  module.dict.setStr('Random', randomType);
  module.dict.setStr('SystemRandom', systemRandomType);
  const instance = new PyRandom(randomType);
  mt.seedFromEntropy(instance.state, entropySource(624));
  module.dict.setStr('_inst', instance);
  for (const name of MODULE_FUNCTIONS) module.dict.setStr(name, getAttr(instance, name));
  module.dict.setStr('BPF', 53);
  module.dict.setStr('RECIP_BPF', newFloat(2 ** -53));
  module.dict.setStr('TWOPI', newFloat(2 * Math.PI));
  module.dict.setStr('LOG4', newFloat(Math.log(4)));
});
