// The Python-visible `cmath` module: complex argument coercion (__complex__, then real numbers) and
// CPython's argument errors around the pure functions of src/stdlib/cmath/.

import { bindArgs, checkArity, checkOneArg } from '../objects/args.js';
import { PyComplex } from '../objects/complex.js';
import { typeError } from '../objects/errors.js';
import { newFloat } from '../objects/float-type.js';
import { makeNativeFunction, type NativeFn } from '../objects/native-function.js';
import { callUnbound } from '../objects/protocol-call.js';
import type { PyValue } from '../objects/py-object.js';
import { PyTuple } from '../objects/tuple.js';
import { typeName, typeOf } from '../objects/type-of.js';
import * as c from './cmath/cmath-functions.js';
import { asDouble } from './math-module.js';
import { registerNativeModule } from './registry.js';

/** PyComplex_AsCComplex: complex, __complex__, or a real number with a zero imaginary part. */
export function asComplex(value: PyValue): c.Complex {
  if (value instanceof PyComplex) return [value.real, value.imag];
  const type = typeOf(value);
  const method = type.lookup('__complex__');
  if (method !== undefined) {
    const result = callUnbound(method, value, []);
    if (!(result instanceof PyComplex)) {
      throw typeError(`__complex__ returned non-complex (type ${typeName(result)})`);
    }
    return [result.real, result.imag];
  }
  return [asDouble(value), 0];
}

function complex(value: c.Complex): PyComplex {
  return new PyComplex(value[0], value[1]);
}

const functions: [string, NativeFn][] = [];

for (const [name, fn] of [
  ['acos', c.acos],
  ['acosh', c.acosh],
  ['asin', c.asin],
  ['asinh', c.asinh],
  ['atan', c.atan],
  ['atanh', c.atanh],
  ['cos', c.cos],
  ['cosh', c.cosh],
  ['exp', c.exp],
  ['log10', c.log10],
  ['sin', c.sin],
  ['sinh', c.sinh],
  ['sqrt', c.sqrt],
  ['tan', c.tan],
  ['tanh', c.tanh],
] as const) {
  functions.push([
    name,
    (args, kwnames) => complex(fn(...asComplex(checkOneArg(`cmath.${name}`, args, kwnames)))),
  ]);
}

functions.push([
  'log',
  (args, kwnames) => {
    checkArity('log', args, kwnames, 1, 2);
    const z = asComplex(args[0]!);
    return complex(c.log(z[0], z[1], args.length > 1 ? asComplex(args[1]!) : undefined));
  },
]);
functions.push([
  'phase',
  (args, kwnames) => newFloat(c.phase(...asComplex(checkOneArg('cmath.phase', args, kwnames)))),
]);
functions.push([
  'polar',
  (args, kwnames) => {
    const [r, phi] = c.polar(...asComplex(checkOneArg('cmath.polar', args, kwnames)));
    return new PyTuple([newFloat(r), newFloat(phi)]);
  },
]);
functions.push([
  'rect',
  (args, kwnames) => {
    checkArity('rect', args, kwnames, 2, 2);
    return complex(c.rect(asDouble(args[0]!), asDouble(args[1]!)));
  },
]);
for (const [name, fn] of [
  ['isfinite', c.isfinite],
  ['isinf', c.isinf],
  ['isnan', c.isnan],
] as const) {
  functions.push([
    name,
    (args, kwnames) => fn(...asComplex(checkOneArg(`cmath.${name}`, args, kwnames))),
  ]);
}
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
    return c.isclose(
      asComplex(a!),
      asComplex(b!),
      relTol === undefined ? 1e-9 : asDouble(relTol),
      absTol === undefined ? 0 : asDouble(absTol),
    );
  },
]);

const natives = functions.map(
  ([name, fn]) => [name, makeNativeFunction('cmath', name, fn)] as const,
);

registerNativeModule('cmath', (module) => {
  for (const [name, native] of natives) module.dict.setStr(name, native);
  for (const [name, value] of Object.entries(c.CONSTANTS))
    module.dict.setStr(name, newFloat(value));
  module.dict.setStr('infj', complex(c.INFJ));
  module.dict.setStr('nanj', complex(c.NANJ));
});
