// The names CPython's site module adds to builtins — `help`, `copyright`, `credits`, `license`
// (instances of _sitebuiltins._Helper/_Printer) — and `breakpoint()`, which calls
// sys.breakpointhook when the program set one and otherwise does nothing (no debugger here).

import { makeBuiltinType } from '../objects/builtin-types.js';
import { typeError } from '../objects/errors.js';
import { defineMethod, makeNativeFunction } from '../objects/native-function.js';
import { getAttrOrUndefined } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { pyStr } from '../objects/protocol-repr.js';
import { PyObject, type PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { typeName } from '../objects/type-of.js';
import { currentInterpreter } from '../vm/interpreter.js';

const printerType = makeBuiltinType('_Printer', undefined, {
  module: '_sitebuiltins',
  subclassable: false,
});
const helperType = makeBuiltinType('_Helper', undefined, {
  module: '_sitebuiltins',
  subclassable: false,
});

/** A `_Printer`: a repr naming itself, printing its text when called. */
class PyPrinter extends PyObject {
  declare readonly text: string;
  declare readonly reprText: string;

  constructor(text: string, reprText: string = text) {
    super(printerType);
    this.text = text;
    this.reprText = reprText;
  }
}

/** Writes `text` and a newline to the program's sys.stdout. */
function writeLine(text: string): void {
  const stdout = currentInterpreter().sysModule.dict.getStr('stdout');
  const write = stdout === undefined ? undefined : getAttrOrUndefined(stdout, 'write');
  if (write !== undefined) callObject(write, [`${text}\n`]);
}

defineMethod(printerType, '__repr__', (args) => (args[0] as PyPrinter).reprText);
defineMethod(printerType, '__call__', (args, kwnames) => {
  if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) {
    throw typeError(
      `_Printer.__call__() takes 1 positional argument but ${args.length} were given`,
    );
  }
  writeLine((args[0] as PyPrinter).text);
  return None;
});

const HELP_TEXT = 'Type help() for interactive help, or help(object) for help about object.';

defineMethod(helperType, '__repr__', () => HELP_TEXT);
defineMethod(helperType, '__call__', (args) => {
  // No pydoc: help(object) prints the object's name and docstring, help() the banner.
  if (args.length < 2) {
    writeLine(HELP_TEXT);
    return None;
  }
  const subject = args[1]!;
  const name = getAttrOrUndefined(subject, '__name__');
  const doc = getAttrOrUndefined(subject, '__doc__');
  const title = name === undefined ? `${typeName(subject)} object` : pyStr(name);
  const docText = doc === undefined || doc === None ? '' : (strValueOf(doc) ?? '');
  writeLine(`Help on ${title}:\n\n${docText}`.trimEnd());
  return None;
});

const COPYRIGHT = [
  'Copyright (c) 2001-2023 Python Software Foundation.',
  'All Rights Reserved.',
  '',
  'Copyright (c) 2000 BeOpen.com.',
  'All Rights Reserved.',
  '',
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.',
  'All Rights Reserved.',
  '',
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.',
  'All Rights Reserved.',
].join('\n');

const CREDITS =
  '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n' +
  '    for supporting Python development.  See www.python.org for more information.';

/** `help`. */
export const helpObject: PyValue = new (class extends PyObject {})(helperType);
/** `copyright`. */
export const copyrightObject: PyValue = new PyPrinter(COPYRIGHT);
/** `credits`. */
export const creditsObject: PyValue = new PyPrinter(CREDITS);
/** `license`: its repr points at the text, which (without the LICENSE file) is the web page. */
export const licenseObject: PyValue = new PyPrinter(
  'See https://www.python.org/psf/license/',
  'Type license() to see the full license text',
);

/** `breakpoint(*args, **kws)`: sys.breakpointhook(*args, **kws) if set, else nothing. */
export const breakpointFunction = makeNativeFunction('builtins', 'breakpoint', (args, kwnames) => {
  const hook = currentInterpreter().sysModule.dict.getStr('breakpointhook');
  if (hook === undefined) return None;
  return callObject(hook, args, kwnames);
});
