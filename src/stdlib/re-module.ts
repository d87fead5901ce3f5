// Registers the `re` module: the native `_sre` half (compile, Pattern, Match, error, escape, over the
// engine in src/stdlib/re/) and the Python half (flags, module functions, cache) in re-py-source.ts.

import { checkOneArg } from '../objects/args.js';
import { PyByteArray, PyBytes } from '../objects/bytes.js';
import { typeError } from '../objects/errors.js';
import { makeNativeFunction } from '../objects/native-function.js';
import type { PyValue } from '../objects/py-object.js';
import { strValueOf } from '../objects/str-type.js';
import { typeName } from '../objects/type-of.js';
import { MAXGROUPS, MAXREPEAT } from './re/re-constants.js';
import { escapeBytes, escapeString } from './re/re-escape.js';
import './re/re-py-match.js';
import { matchType, patternType, regexErrorType, scannerType } from './re/re-py-objects.js';
import { compilePattern } from './re/re-py-pattern.js';
import { RE_MODULE_SOURCE } from './re/re-py-source.js';
import { registerNativeModule, registerPythonModule } from './registry.js';

const compileFunction = makeNativeFunction('_sre', 'compile', (args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0)
    throw typeError('compile() takes no keyword arguments');
  if (args.length !== 2)
    throw typeError(`compile() takes exactly 2 arguments (${args.length} given)`);
  return compilePattern(args[0]!, args[1]!);
});

const escapeFunction = makeNativeFunction('_sre', 'escape', (args, kwnames) => {
  const pattern: PyValue = checkOneArg('escape', args, kwnames);
  const text = strValueOf(pattern);
  if (text !== undefined) return escapeString(text);
  if (pattern instanceof PyBytes) return new PyBytes(escapeBytes(pattern.data));
  if (pattern instanceof PyByteArray) return new PyBytes(escapeBytes(pattern.bytes()));
  throw typeError(`decoding to str: need a bytes-like object, ${typeName(pattern)} found`);
});

registerNativeModule('_sre', (module) => {
  module.dict.setStr('compile', compileFunction);
  module.dict.setStr('escape', escapeFunction);
  module.dict.setStr('error', regexErrorType);
  module.dict.setStr('Pattern', patternType);
  module.dict.setStr('Match', matchType);
  module.dict.setStr('SRE_Scanner', scannerType);
  module.dict.setStr('MAXREPEAT', MAXREPEAT);
  module.dict.setStr('MAXGROUPS', MAXGROUPS);
  module.dict.setStr('MAGIC', 20220615);
  module.dict.setStr('CODESIZE', 4);
});

registerPythonModule('re', RE_MODULE_SOURCE);
