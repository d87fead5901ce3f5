// print() and input(): text output to sys.stdout (or file=) and line input from sys.stdin.

import { bindArgs } from '../objects/args.js';
import { pyErrorWithArgs, typeError } from '../objects/errors.js';
import { exceptionTypeNamed } from '../objects/exceptions.js';
import { makeNativeFunction } from '../objects/native-function.js';
import { getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import { pyStr } from '../objects/protocol-repr.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { typeName } from '../objects/type-of.js';
import { PyTextStream, readStdinLine } from '../stdlib/sys.js';
import { currentInterpreter } from '../vm/interpreter.js';

function separator(value: PyValue | undefined, fallback: string, what: string): string {
  if (value === undefined || value === None) return fallback;
  const text = strValueOf(value);
  if (text === undefined)
    throw typeError(`${what} must be None or a string, not ${typeName(value)}`);
  return text;
}

/** `print(*objects, sep=' ', end='\n', file=None, flush=False)`. */
export const printFunction = makeNativeFunction('builtins', 'print', (args, kwnames) => {
  const kwCount = kwnames === null ? 0 : kwnames.length;
  const objectCount = args.length - kwCount;
  let sepValue: PyValue | undefined;
  let endValue: PyValue | undefined;
  let fileValue: PyValue | undefined;
  let flushValue: PyValue | undefined;
  for (let index = 0; index < kwCount; index++) {
    const value = args[objectCount + index]!;
    switch (kwnames![index]) {
      case 'sep':
        sepValue = value;
        break;
      case 'end':
        endValue = value;
        break;
      case 'file':
        fileValue = value;
        break;
      case 'flush':
        flushValue = value;
        break;
      default:
        throw typeError(`'${kwnames![index]}' is an invalid keyword argument for print()`);
    }
  }
  const sep = separator(sepValue, ' ', 'sep');
  const end = separator(endValue, '\n', 'end');
  const interp = currentInterpreter();
  const file =
    fileValue === undefined || fileValue === None
      ? (interp.sysModule.dict.getStr('stdout') ?? None)
      : fileValue;
  if (file === None) return None;
  let text = '';
  for (let index = 0; index < objectCount; index++) {
    if (index > 0) text += sep;
    const value = args[index]!;
    text += typeof value === 'string' ? value : pyStr(value);
  }
  text += end;
  if (file instanceof PyTextStream && file.sink !== null) {
    file.sink.write(text);
  } else {
    callObject(getAttr(file, 'write'), [text]);
  }
  if (flushValue !== undefined && isTruthy(flushValue)) {
    if (!(file instanceof PyTextStream)) callObject(getAttr(file, 'flush'), []);
  }
  return None;
});

/** `input(prompt='')`: writes the prompt to stdout, reads a line from stdin (EOFError at the end). */
export const inputFunction = makeNativeFunction('builtins', 'input', (args, kwnames) => {
  const [prompt] = bindArgs('input', args, kwnames, ['prompt'], 0, 1);
  const interp = currentInterpreter();
  if (prompt !== undefined) {
    const out = interp.sysModule.dict.getStr('stdout') ?? None;
    const text = pyStr(prompt);
    if (out instanceof PyTextStream && out.sink !== null) out.sink.write(text);
    else if (out !== None) callObject(getAttr(out, 'write'), [text]);
  }
  const stdin = interp.sysModule.dict.getStr('stdin');
  if (stdin !== undefined && !(stdin instanceof PyTextStream)) {
    const line = callObject(getAttr(stdin, 'readline'), []);
    const text = pyStr(line);
    if (text === '')
      throw pyErrorWithArgs(exceptionTypeNamed('EOFError'), ['EOF when reading a line']);
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  }
  const line = readStdinLine(interp, false);
  if (line === null)
    throw pyErrorWithArgs(exceptionTypeNamed('EOFError'), ['EOF when reading a line']);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
});
