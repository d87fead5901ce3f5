// The Python-visible `math` module: argument coercion and CPython's argument errors around the pure
// functions of src/stdlib/math/ (which hold the numerics and the math domain/range errors).

import { bindArgs, checkArity, checkOneArg } from '../objects/args.js';
import { floatType } from '../objects/builtin-types.js';
import { typeError, valueError } from '../objects/errors.js';
import { newFloat, PyFloat } from '../objects/float-type.js';
import { intToFloat } from '../objects/int-math.js';
import { intValueOf } from '../objects/int-type.js';
import { makeNativeFunction, type NativeFn } from '../objects/native-function.js';
import { BinaryOp } from '../objects/number-ops.js';
import { callUnbound } from '../objects/protocol-call.js';
import { getIter, iterableToArray, iterNext } from '../objects/protocol-iter.js';
import { binaryOp, indexValue } from '../objects/protocol-number.js';
import type { PyValue } from '../objects/py-object.js';
import { warnFromObjects } from '../objects/runtime.js';
import { None } from '../objects/singletons.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';
import * as m from './math/math-functions.js';
import * as integer from './math/math-integer.js';
import * as sums from './math/math-summation.js';
import { registerNativeModule } from './registry.js';

/** PyFloat_AsDouble: floats, ints, __float__, then __index__; TypeError "must be real number". */
export function asDouble(value: PyValue): number {
  switch (typeof value) {
    case 'number':
      return value;
    case 'bigint':
      return intToFloat(value);
    case 'boolean':
      return value ? 1 : 0;
    default:
      break;
  }
  // A float (subclasses too) gives its value; any other object, int subclasses included, its
  // type's __float__ (an override wins, as CPython's nb_float slot does), then __index__.
  if (value instanceof PyFloat) return value.value;
  const type = typeOf(value);
  const method = type.lookup('__float__');
  if (method !== undefined) {
    const result = callUnbound(method, value, []);
    if (!(result instanceof PyFloat)) {
      throw typeError(`${type.name}.__float__ returned non-float (type ${typeName(result)})`);
    }
    if (result.cls !== floatType) {
      warnFromObjects(
        'DeprecationWarning',
        `${type.name}.__float__ returned non-float (type ${typeName(result)}).  The ability to ` +
          'return an instance of a strict subclass of float is deprecated, and may be removed in a ' +
          'future version of Python.',
      );
    }
    return result.value;
  }
  if (type.lookup('__index__') !== undefined) return intToFloat(indexValue(value));
  throw typeError(`must be real number, not ${typeName(value)}`);
}

const functions: [string, NativeFn][] = [];

function defineUnary(name: string, fn: (x: number) => number): void {
  functions.push([
    name,
    (args, kwnames) => newFloat(fn(asDouble(checkOneArg(`math.${name}`, args, kwnames)))),
  ]);
}

function defineBinary(name: string, fn: (x: number, y: number) => number): void {
  functions.push([
    name,
    (args, kwnames) => {
      checkArity(name, args, kwnames, 2, 2);
      return newFloat(fn(asDouble(args[0]!), asDouble(args[1]!)));
    },
  ]);
}

for (const [name, fn] of [
  ['acos', m.acos],
  ['acosh', m.acosh],
  ['asin', m.asin],
  ['asinh', m.asinh],
  ['atan', m.atan],
  ['atanh', m.atanh],
  ['cbrt', m.cbrt],
  ['cos', m.cos],
  ['cosh', m.cosh],
  ['degrees', m.degrees],
  ['erf', m.erf],
  ['erfc', m.erfc],
  ['exp', m.exp],
  ['exp2', m.exp2],
  ['expm1', m.expm1],
  ['fabs', m.fabs],
  ['gamma', m.gamma],
  ['lgamma', m.lgamma],
  ['log1p', m.log1p],
  ['radians', m.radians],
  ['sin', m.sin],
  ['sinh', m.sinh],
  ['sqrt', m.sqrt],
  ['tan', m.tan],
  ['tanh', m.tanh],
  ['ulp', m.ulpOf],
] as const) {
  defineUnary(name, fn);
}

for (const [name, fn] of [
  ['atan2', m.atan2],
  ['copysign', m.copysign],
  ['fmod', m.fmod],
  ['nextafter', m.nextafter],
  ['pow', m.pow],
  ['remainder', m.remainder],
] as const) {
  defineBinary(name, fn);
}

for (const [name, fn] of [
  ['isfinite', m.isfinite],
  ['isinf', m.isinf],
  ['isnan', m.isnan],
] as const) {
  functions.push([
    name,
    (args, kwnames) => fn(asDouble(checkOneArg(`math.${name}`, args, kwnames))),
  ]);
}

/** floor/ceil/trunc: the type's __floor__ (etc.) unless the value is a float. */
function defineRounding(name: 'floor' | 'ceil' | 'trunc', fn: (x: number) => PyValue): void {
  const special = `__${name}__`;
  functions.push([
    name,
    (args, kwnames) => {
      const value = checkOneArg(`math.${name}`, args, kwnames);
      if (value instanceof PyFloat && typeOf(value).lookup(special) === undefined) {
        return fn(value.value);
      }
      const int = intValueOf(value);
      if (int !== undefined && typeOf(value).lookup(special) === undefined) return int;
      const method = typeOf(value).lookup(special);
      if (method !== undefined) return callUnbound(method, value, []);
      if (name === 'trunc') {
        throw typeError(`type ${typeName(value)} doesn't define __trunc__ method`);
      }
      return fn(asDouble(value));
    },
  ]);
}
defineRounding('floor', m.floor);
defineRounding('ceil', m.ceil);
defineRounding('trunc', m.trunc);

type LogKind = 'log' | 'log2' | 'log10';

/** CPython's loghelper: ints (also huge ones) exactly, everything else as a float. */
function logHelper(kind: LogKind, value: PyValue): number {
  const int = intValueOf(value);
  if (int !== undefined) return m.logOfInt(kind, int);
  return m.logOfFloat(kind, asDouble(value));
}

functions.push([
  'log',
  (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw typeError('math.log() takes no keyword arguments');
    }
    if (args.length < 1 || args.length > 2) throw typeError('math.log requires 1 to 2 arguments');
    const numerator = logHelper('log', args[0]!);
    if (args.length === 1) return newFloat(numerator);
    return newFloat(m.logRatio(numerator, logHelper('log', args[1]!)));
  },
]);
for (const kind of ['log2', 'log10'] as const) {
  functions.push([
    kind,
    (args, kwnames) => newFloat(logHelper(kind, checkOneArg(`math.${kind}`, args, kwnames))),
  ]);
}

functions.push([
  'frexp',
  (args, kwnames) => {
    const [mantissa, exponent] = m.frexpPair(asDouble(checkOneArg('math.frexp', args, kwnames)));
    return new PyTuple([newFloat(mantissa), exponent]);
  },
]);
functions.push([
  'modf',
  (args, kwnames) => {
    const [fraction, whole] = m.modf(asDouble(checkOneArg('math.modf', args, kwnames)));
    return new PyTuple([newFloat(fraction), newFloat(whole)]);
  },
]);
functions.push([
  'ldexp',
  (args, kwnames) => {
    checkArity('ldexp', args, kwnames, 2, 2);
    const x = asDouble(args[0]!);
    const exponent = intValueOf(args[1]!);
    if (exponent === undefined) throw typeError('Expected an int as second argument to ldexp.');
    return newFloat(m.ldexpInt(x, exponent));
  },
]);

functions.push([
  'fsum',
  (args, kwnames) => {
    const iterator = getIter(checkOneArg('math.fsum', args, kwnames));
    const state = sums.createFsumState();
    for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
      sums.fsumAdd(state, asDouble(item));
    }
    return newFloat(sums.fsumResult(state));
  },
]);
functions.push([
  'hypot',
  (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw typeError('hypot() takes no keyword arguments');
    }
    return newFloat(sums.hypot(args.map(asDouble)));
  },
]);
functions.push([
  'dist',
  (args, kwnames) => {
    checkArity('dist', args, kwnames, 2, 2);
    const p = args[0] instanceof PyTuple ? args[0].items : iterableToArray(args[0]!);
    const q = args[1] instanceof PyTuple ? args[1].items : iterableToArray(args[1]!);
    if (p.length !== q.length) {
      throw valueError('both points must have the same number of dimensions');
    }
    return newFloat(sums.dist(p.map(asDouble), q.map(asDouble)));
  },
]);
functions.push([
  'isclose',
  (args, kwnames) => {
    const [a, b, relTol, absTol] = bindArgs(
      'isclose',
      args,
      kwnames,
      ['a', 'b', 'rel_tol', 'abs_tol'],
      2,
      2,
      2,
    );
    return m.isclose(
      asDouble(a!),
      asDouble(b!),
      relTol === undefined ? 1e-9 : asDouble(relTol),
      absTol === undefined ? 0 : asDouble(absTol),
    );
  },
]);
functions.push([
  'prod',
  (args, kwnames) => {
    const [iterable, start] = bindArgs('prod', args, kwnames, ['iterable', 'start'], 1, 1, 1);
    let result: PyValue = start ?? 1;
    const iterator = getIter(iterable!);
    for (let item = iterNext(iterator); item !== undefined; item = iterNext(iterator)) {
      result = binaryOp(result, item, BinaryOp.MULTIPLY);
    }
    return result;
  },
]);

functions.push([
  'factorial',
  (args, kwnames) => integer.factorial(indexValue(checkOneArg('math.factorial', args, kwnames))),
]);
functions.push([
  'isqrt',
  (args, kwnames) => integer.isqrt(indexValue(checkOneArg('math.isqrt', args, kwnames))),
]);
functions.push([
  'comb',
  (args, kwnames) => {
    checkArity('comb', args, kwnames, 2, 2);
    return integer.comb(indexValue(args[0]!), indexValue(args[1]!));
  },
]);
functions.push([
  'perm',
  (args, kwnames) => {
    checkArity('perm', args, kwnames, 1, 2);
    const k = args[1];
    if (k === undefined || k === None) return integer.perm(indexValue(args[0]!), null);
    return integer.perm(indexValue(args[0]!), indexValue(k));
  },
]);
functions.push([
  'gcd',
  (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError('gcd() takes no keyword arguments');
    return integer.gcd(args.map(indexValue));
  },
]);
functions.push([
  'lcm',
  (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError('lcm() takes no keyword arguments');
    return integer.lcm(args.map(indexValue));
  },
]);

const natives = functions.map(
  ([name, fn]) => [name, makeNativeFunction('math', name, fn)] as const,
);

registerNativeModule('math', (module) => {
  for (const [name, native] of natives) module.dict.setStr(name, native);
  module.dict.setStr('pi', newFloat(m.PI));
  module.dict.setStr('e', newFloat(m.E));
  module.dict.setStr('tau', newFloat(m.TAU));
  module.dict.setStr('inf', newFloat(m.INF));
  module.dict.setStr('nan', newFloat(m.NAN));
});
