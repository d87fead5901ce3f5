// exec(), eval(), compile() and __import__(): running source or code objects in given namespaces,
// and turning the parser's PySyntaxError into a Python SyntaxError.

import { compile } from '../compiler/compile.js';
import { showCompileWarning } from '../compiler/warning-output.js';
import { bindArgs } from '../objects/args.js';
import { PyBytes } from '../objects/bytes.js';
import { codeFor, PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { typeError, valueError } from '../objects/errors.js';
import { makeNativeFunction } from '../objects/native-function.js';
import type { PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import { typeName } from '../objects/type-of.js';
import { parseEval } from '../parser/parser.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import { currentInterpreter } from '../vm/interpreter.js';
import { syntaxErrorToPython } from '../vm/syntax-error.js';
import { currentLocals } from './introspection.js';

function sourceText(value: PyValue, fn: string): string {
  const text = strValueOf(value);
  if (text !== undefined) return text;
  if (value instanceof PyBytes) return new TextDecoder().decode(value.data);
  throw typeError(`${fn}() arg 1 must be a string, bytes or code object`);
}

/**
 * Whether an "invalid syntax" error sits at the end of a source that does not end with a newline
 * (only blanks or a comment after its column on the last line).
 */
function errorAtImplicitEnd(error: PySyntaxError, source: string): boolean {
  if (error.msg !== 'invalid syntax' || source.endsWith('\n') || source.endsWith('\r'))
    return false;
  const lines = source.split(/\r\n|\r|\n/);
  if (error.lineno !== lines.length) return false;
  const rest = Array.from(lines[lines.length - 1] ?? '')
    .slice(Math.max(0, error.offset - 1))
    .join('');
  return /^[ \t\f]*(#.*)?$/.test(rest);
}

function compileText(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): PyCode {
  const interp = currentInterpreter();
  // Code compiled from a string has no file: tracebacks and linecache show no source lines.
  interp.imports.markStringSource(filename);
  // CPython gives an exec source a final newline (its tokenizer's translate_newlines); eval and
  // 'single' sources stay as they are (eval() strips leading blanks before calling this).
  const text = mode === 'exec' && !/[\n\r]$/.test(source) ? `${source}\n` : source;
  try {
    if (mode !== 'eval') return codeFor(interp.compileSource(text, filename, mode));
    // Eval input has its own grammar (expressions, then only blank lines): parsed on its own, an
    // error after the expression points at the token that follows it, as in CPython.
    interp.sources.set(filename, text);
    const expression = parseEval(text);
    return codeFor(
      compile(expression, filename, 'eval', {
        onWarning: (warning) => showCompileWarning(interp, warning, filename),
      }),
    );
  } catch (error) {
    if (error instanceof PySyntaxError) {
      if (mode !== 'exec' && errorAtImplicitEnd(error, text)) {
        // eval/single sources get no newline appended, so CPython's error token at the end of
        // the input has no column: offset 0.
        const mutable = error as { offset: number; endOffset: number | null };
        mutable.offset = 0;
        mutable.endOffset = 0;
      }
      throw syntaxErrorToPython(error, filename);
    }
    throw error;
  }
}

function namespaces(
  globalsArg: PyValue | undefined,
  localsArg: PyValue | undefined,
  fn: string,
): [PyDict, PyValue] {
  const interp = currentInterpreter();
  let globals: PyDict;
  if (globalsArg === undefined || globalsArg === None) {
    const frame = interp.frame;
    globals = frame === null ? new PyDict() : frame.globals;
    const locals = localsArg === undefined || localsArg === None ? currentLocals() : localsArg;
    return [globals, locals];
  }
  if (!(globalsArg instanceof PyDict)) {
    throw typeError(`${fn}() globals must be a dict, not ${typeName(globalsArg)}`);
  }
  globals = globalsArg;
  if (!globals.hasStr('__builtins__')) globals.setStr('__builtins__', interp.builtinsModule);
  return [globals, localsArg === undefined || localsArg === None ? globals : localsArg];
}

/** `exec(source, globals=None, locals=None)`. */
export const execFunction = makeNativeFunction('builtins', 'exec', (args, kwnames) => {
  const [source, globalsArg, localsArg] = bindArgs(
    'exec',
    args,
    kwnames,
    ['source', 'globals', 'locals'],
    1,
    1,
  );
  const [globals, locals] = namespaces(globalsArg, localsArg, 'exec');
  const code =
    source instanceof PyCode
      ? source
      : compileText(sourceText(source!, 'exec'), '<string>', 'exec');
  currentInterpreter().execCode(code, globals, locals);
  return None;
});

/** `eval(source, globals=None, locals=None)`. */
export const evalFunction = makeNativeFunction('builtins', 'eval', (args, kwnames) => {
  const [source, globalsArg, localsArg] = bindArgs(
    'eval',
    args,
    kwnames,
    ['source', 'globals', 'locals'],
    1,
    1,
  );
  const [globals, locals] = namespaces(globalsArg, localsArg, 'eval');
  const code =
    source instanceof PyCode
      ? source
      : // builtin eval() (not compile()) skips the source's leading spaces and tabs.
        compileText(sourceText(source!, 'eval').replace(/^[ \t]+/, ''), '<string>', 'eval');
  return currentInterpreter().execCode(code, globals, locals);
});

/** `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`. */
export const compileFunction = makeNativeFunction('builtins', 'compile', (args, kwnames) => {
  const [source, filename, mode] = bindArgs(
    'compile',
    args,
    kwnames,
    ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'],
    3,
  );
  const modeText = strValueOf(mode!);
  if (modeText !== 'exec' && modeText !== 'eval' && modeText !== 'single') {
    throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  return compileText(sourceText(source!, 'compile'), strValueOf(filename!) ?? '<string>', modeText);
});

/** `__import__(name, globals=None, locals=None, fromlist=(), level=0)`. */
export const importFunction = makeNativeFunction('builtins', '__import__', (args, kwnames) => {
  const [name, globalsArg, , fromlist, level] = bindArgs(
    '__import__',
    args,
    kwnames,
    ['name', 'globals', 'locals', 'fromlist', 'level'],
    1,
  );
  const nameText = strValueOf(name!);
  if (nameText === undefined)
    throw typeError(`__import__() argument 1 must be str, not ${typeName(name!)}`);
  const interp = currentInterpreter();
  const globals =
    globalsArg instanceof PyDict ? globalsArg : (interp.frame?.globals ?? new PyDict());
  return interp.imports.importName(nameText, globals, fromlist ?? None, Number(level ?? 0));
});
