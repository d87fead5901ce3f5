// Assembles the `builtins` module of an interpreter (functions, types, exceptions, constants) and
// installs the interpreter setup hook so every Interpreter gets its builtins and sys modules.

import {
  boolType,
  bytearrayType,
  bytesType,
  classMethodType,
  complexType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  propertyType,
  rangeType,
  setType,
  sliceType,
  staticMethodType,
  strType,
  superType,
  tupleType,
  typeType,
} from '../objects/builtin-types.js';
import { PyDict } from '../objects/dict.js';
import { pyErrorWithArgs } from '../objects/errors.js';
import { EXCEPTION_TYPES, exceptionTypeNamed } from '../objects/exceptions.js';
import { memoryviewType } from '../objects/memoryview.js';
import { PyModule } from '../objects/module.js';
import { makeNativeFunction, type PyNativeFunction } from '../objects/native-function.js';
import type { PyValue } from '../objects/py-object.js';
import { Ellipsis, None, NotImplemented } from '../objects/singletons.js';
import { linkSysPath, makeSysModule } from '../stdlib/sys.js';
import { setInterpreterSetup } from '../vm/interpreter.js';
import { aiterFunction, anextFunction } from './async-iteration.js';
import { buildClassFunction } from './build-class.js';
import { compileFunction, evalFunction, execFunction, importFunction } from './exec-eval.js';
import {
  asciiFunction,
  callableFunction,
  delattrFunction,
  dirFunction,
  getattrFunction,
  globalsFunction,
  hasattrFunction,
  hashFunction,
  idFunction,
  isinstanceFunction,
  issubclassFunction,
  localsFunction,
  reprFunction,
  setattrFunction,
  varsFunction,
} from './introspection.js';
import {
  allFunction,
  anyFunction,
  enumerateType,
  filterType,
  iterFunction,
  lenFunction,
  mapType,
  maxFunction,
  minFunction,
  nextFunction,
  reversedType,
  sortedFunction,
  sumFunction,
  zipType,
} from './iteration.js';
import {
  absFunction,
  binFunction,
  chrFunction,
  divmodFunction,
  formatFunction,
  hexFunction,
  octFunction,
  ordFunction,
  powFunction,
  roundFunction,
} from './numeric.js';
import { inputFunction, printFunction } from './print.js';
import {
  breakpointFunction,
  copyrightObject,
  creditsObject,
  helpObject,
  licenseObject,
} from './site-builtins.js';

const exitFunction = makeNativeFunction('builtins', 'exit', (args) => {
  throw pyErrorWithArgs(exceptionTypeNamed('SystemExit'), args.length === 0 ? [] : [args[0]!]);
});
const quitFunction = makeNativeFunction('builtins', 'quit', (args) => {
  throw pyErrorWithArgs(exceptionTypeNamed('SystemExit'), args.length === 0 ? [] : [args[0]!]);
});

const FUNCTIONS: readonly PyNativeFunction[] = [
  printFunction,
  inputFunction,
  lenFunction,
  iterFunction,
  nextFunction,
  sortedFunction,
  minFunction,
  maxFunction,
  sumFunction,
  anyFunction,
  allFunction,
  absFunction,
  roundFunction,
  divmodFunction,
  powFunction,
  binFunction,
  octFunction,
  hexFunction,
  chrFunction,
  ordFunction,
  formatFunction,
  isinstanceFunction,
  issubclassFunction,
  callableFunction,
  idFunction,
  hashFunction,
  getattrFunction,
  setattrFunction,
  hasattrFunction,
  delattrFunction,
  varsFunction,
  dirFunction,
  globalsFunction,
  localsFunction,
  reprFunction,
  asciiFunction,
  buildClassFunction,
  execFunction,
  evalFunction,
  compileFunction,
  importFunction,
  exitFunction,
  quitFunction,
  aiterFunction,
  anextFunction,
  breakpointFunction,
];

/** Extra names other layers add to builtins (e.g. `open` from the sandbox). */
const extraBuiltins = new Map<string, PyValue>();

/** Adds a name to every interpreter's builtins module (call at module load time). */
export function registerBuiltin(name: string, value: PyValue): void {
  extraBuiltins.set(name, value);
  builtinsTemplate = null;
}

/**
 * The builtins namespace built once per process; each interpreter gets a copy of its table (its
 * values are shared, immutable-from-Python objects), so no program sees another's mutations.
 */
let builtinsTemplate: PyDict | null = null;

/** Makes the builtins module of an interpreter (a fresh copy of the process-wide template). */
export function makeBuiltinsModule(): PyModule {
  if (builtinsTemplate === null) builtinsTemplate = makeBuiltinsTemplate();
  const dict = new PyDict();
  dict.copyEntriesFrom(builtinsTemplate);
  return new PyModule('builtins', dict);
}

function makeBuiltinsTemplate(): PyDict {
  const dict = new PyDict();
  dict.setStr('__name__', 'builtins');
  dict.setStr('__doc__', 'Built-in functions, exceptions, and other objects.');
  dict.setStr('__package__', '');
  dict.setStr('__loader__', None);
  dict.setStr('__spec__', None);
  for (const func of FUNCTIONS) dict.setStr(func.name, func);
  const types = [
    objectType,
    typeType,
    intType,
    boolType,
    floatType,
    complexType,
    strType,
    bytesType,
    bytearrayType,
    memoryviewType,
    listType,
    tupleType,
    dictType,
    setType,
    frozensetType,
    rangeType,
    sliceType,
    propertyType,
    classMethodType,
    staticMethodType,
    superType,
    enumerateType,
    zipType,
    mapType,
    filterType,
    reversedType,
  ];
  for (const type of types) dict.setStr(type.name, type);
  for (const [name, type] of EXCEPTION_TYPES) dict.setStr(name, type);
  dict.setStr('help', helpObject);
  dict.setStr('copyright', copyrightObject);
  dict.setStr('credits', creditsObject);
  dict.setStr('license', licenseObject);
  dict.setStr('None', None);
  dict.setStr('True', true);
  dict.setStr('False', false);
  dict.setStr('Ellipsis', Ellipsis);
  dict.setStr('NotImplemented', NotImplemented);
  dict.setStr('__debug__', true);
  for (const [name, value] of extraBuiltins) dict.setStr(name, value);
  return dict;
}

setInterpreterSetup({
  makeBuiltins: () => makeBuiltinsModule(),
  makeSys: (interp) => makeSysModule(interp),
  afterCreate: (interp) => linkSysPath(interp),
});
