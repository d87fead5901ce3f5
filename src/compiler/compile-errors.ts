// The compiler's and symbol table's SyntaxErrors, one named constructor per CPython message.
// Locations are the AST node's: offset = byte column + 1 and no source text, exactly as CPython's
// compile() reports errors found after parsing (it does not convert to code points there).

import { PySyntaxError } from '../parser/syntax-errors.js';

/** Anything with an AST position. */
export interface Located {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number | null;
  readonly end_col_offset: number | null;
}

/** A SyntaxError at an AST node's location. */
export function syntaxErrorAt(message: string, at: Located): PySyntaxError {
  return new PySyntaxError(
    'SyntaxError',
    message,
    at.lineno,
    at.col_offset + 1,
    at.end_lineno ?? at.lineno,
    (at.end_col_offset ?? at.col_offset) + 1,
    null,
  );
}

/**
 * The same error with `text` set to its source line (with the newline), as CPython reads it from
 * the file when the compiled code came from one. Errors that already have text are returned as is.
 */
export function withSourceText(error: PySyntaxError, source: string): PySyntaxError {
  if (error.text !== null || error.lineno < 1) return error;
  let start = 0;
  for (let line = 1; line < error.lineno; line++) {
    const newline = source.indexOf('\n', start);
    if (newline < 0) return error;
    start = newline + 1;
  }
  const end = source.indexOf('\n', start);
  const text = end < 0 ? `${source.slice(start)}\n` : source.slice(start, end + 1);
  return new PySyntaxError(
    error.type,
    error.msg,
    error.lineno,
    error.offset,
    error.endLineno,
    error.endOffset,
    text,
  );
}

/** "'return' outside function" */
export const returnOutsideFunction = (at: Located) =>
  syntaxErrorAt("'return' outside function", at);
/** "'return' with value in async generator" */
export const returnWithValueInAsyncGenerator = (at: Located) =>
  syntaxErrorAt("'return' with value in async generator", at);
/** "'break' outside loop" */
export const breakOutsideLoop = (at: Located) => syntaxErrorAt("'break' outside loop", at);
/** "'continue' not properly in loop" */
export const continueNotInLoop = (at: Located) =>
  syntaxErrorAt("'continue' not properly in loop", at);
/** "'break', 'continue' and 'return' cannot appear in an except* block" */
export const exitInExceptStar = (at: Located) =>
  syntaxErrorAt("'break', 'continue' and 'return' cannot appear in an except* block", at);
/** "'await' outside function" */
export const awaitOutsideFunction = (at: Located) => syntaxErrorAt("'await' outside function", at);
/** "'await' outside async function" */
export const awaitOutsideAsyncFunction = (at: Located) =>
  syntaxErrorAt("'await' outside async function", at);
/** "'yield' outside function" */
export const yieldOutsideFunction = (at: Located) => syntaxErrorAt("'yield' outside function", at);
/** "'yield from' inside async function" */
export const yieldFromInAsyncFunction = (at: Located) =>
  syntaxErrorAt("'yield from' inside async function", at);
/** "'async with' outside async function" */
export const asyncWithOutsideAsyncFunction = (at: Located) =>
  syntaxErrorAt("'async with' outside async function", at);
/** "'async for' outside async function" */
export const asyncForOutsideAsyncFunction = (at: Located) =>
  syntaxErrorAt("'async for' outside async function", at);
/** "asynchronous comprehension outside of an asynchronous function" */
export const asyncComprehensionOutsideAsyncFunction = (at: Located) =>
  syntaxErrorAt('asynchronous comprehension outside of an asynchronous function', at);
/** "'yield' inside list comprehension" and its set/dict/generator variants. */
export const yieldInComprehension = (kind: 'list' | 'set' | 'dict' | 'generator', at: Located) =>
  syntaxErrorAt(
    kind === 'generator'
      ? "'yield' inside generator expression"
      : `'yield' inside ${kind} comprehension`,
    at,
  );
/** "'X' can not be used within an annotation" (under `from __future__ import annotations`). */
export const notAllowedInAnnotation = (what: string, at: Located) =>
  syntaxErrorAt(`'${what}' can not be used within an annotation`, at);

/** "name 'x' is parameter and global" / "... and nonlocal" */
export const nameIsParameterAnd = (name: string, directive: 'global' | 'nonlocal', at: Located) =>
  syntaxErrorAt(`name '${name}' is parameter and ${directive}`, at);
/** "name 'x' is used prior to global declaration" / "... nonlocal declaration" */
export const nameUsedPriorTo = (name: string, directive: 'global' | 'nonlocal', at: Located) =>
  syntaxErrorAt(`name '${name}' is used prior to ${directive} declaration`, at);
/** "name 'x' is assigned to before global declaration" / "... nonlocal declaration" */
export const nameAssignedBefore = (name: string, directive: 'global' | 'nonlocal', at: Located) =>
  syntaxErrorAt(`name '${name}' is assigned to before ${directive} declaration`, at);
/** "annotated name 'x' can't be global" / "... nonlocal" */
export const annotatedNameCantBe = (name: string, directive: 'global' | 'nonlocal', at: Located) =>
  syntaxErrorAt(`annotated name '${name}' can't be ${directive}`, at);
/** "name 'x' is nonlocal and global" */
export const nameIsNonlocalAndGlobal = (name: string, at: Located) =>
  syntaxErrorAt(`name '${name}' is nonlocal and global`, at);
/** "nonlocal declaration not allowed at module level" */
export const nonlocalAtModuleLevel = (at: Located) =>
  syntaxErrorAt('nonlocal declaration not allowed at module level', at);
/** "no binding for nonlocal 'x' found" */
export const noBindingForNonlocal = (name: string, at: Located) =>
  syntaxErrorAt(`no binding for nonlocal '${name}' found`, at);
/** "duplicate argument 'x' in function definition" */
export const duplicateArgument = (name: string, at: Located) =>
  syntaxErrorAt(`duplicate argument '${name}' in function definition`, at);
/** "import * only allowed at module level" */
export const importStarNotAtModuleLevel = (at: Located) =>
  syntaxErrorAt('import * only allowed at module level', at);
/** "assignment expression cannot rebind comprehension iteration variable 'x'" */
export const walrusRebindsIterationVariable = (name: string, at: Located) =>
  syntaxErrorAt(
    `assignment expression cannot rebind comprehension iteration variable '${name}'`,
    at,
  );
/** "comprehension inner loop cannot rebind assignment expression target 'x'" */
export const innerLoopRebindsWalrusTarget = (name: string, at: Located) =>
  syntaxErrorAt(
    `comprehension inner loop cannot rebind assignment expression target '${name}'`,
    at,
  );
/** "assignment expression within a comprehension cannot be used in a class body" */
export const walrusInClassComprehension = (at: Located) =>
  syntaxErrorAt('assignment expression within a comprehension cannot be used in a class body', at);
/** "assignment expression cannot be used in a comprehension iterable expression" */
export const walrusInComprehensionIterable = (at: Located) =>
  syntaxErrorAt('assignment expression cannot be used in a comprehension iterable expression', at);

/** "too many expressions in star-unpacking assignment" */
export const tooManyStarUnpackExpressions = (at: Located) =>
  syntaxErrorAt('too many expressions in star-unpacking assignment', at);
/** "multiple starred expressions in assignment" */
export const multipleStarredInAssignment = (at: Located) =>
  syntaxErrorAt('multiple starred expressions in assignment', at);
/** "starred assignment target must be in a list or tuple" */
export const starredTargetNotInSequence = (at: Located) =>
  syntaxErrorAt('starred assignment target must be in a list or tuple', at);
/** "can't use starred expression here" */
export const starredNotAllowedHere = (at: Located) =>
  syntaxErrorAt("can't use starred expression here", at);
/** "dict unpacking cannot be used in dict comprehension" */
export const dictUnpackingInDictComprehension = (at: Located) =>
  syntaxErrorAt('dict unpacking cannot be used in dict comprehension', at);
/** "default 'except:' must be last" */
export const defaultExceptNotLast = (at: Located) =>
  syntaxErrorAt("default 'except:' must be last", at);
/** "cannot assign to __debug__" */
export const assignToDebug = (at: Located) => syntaxErrorAt('cannot assign to __debug__', at);
/** "cannot delete __debug__" */
export const deleteDebug = (at: Located) => syntaxErrorAt('cannot delete __debug__', at);
/** "from __future__ imports must occur at the beginning of the file" */
export const futureImportNotFirst = (at: Located) =>
  syntaxErrorAt('from __future__ imports must occur at the beginning of the file', at);
/** A SyntaxError with a start position only (CPython's future-statement errors have no end). */
function syntaxErrorAtStart(message: string, at: Located): PySyntaxError {
  return new PySyntaxError(
    'SyntaxError',
    message,
    at.lineno,
    at.col_offset + 1,
    at.lineno,
    null,
    null,
  );
}
/** "future feature X is not defined" (located at the import statement). */
export const futureFeatureNotDefined = (feature: string, at: Located) =>
  syntaxErrorAtStart(`future feature ${feature} is not defined`, at);
/** "not a chance" (from __future__ import braces; located at the import statement). */
export const futureBraces = (at: Located) => syntaxErrorAtStart('not a chance', at);

/** "multiple assignments to name 'x' in pattern" */
export const multipleAssignmentsInPattern = (name: string, at: Located) =>
  syntaxErrorAt(`multiple assignments to name '${name}' in pattern`, at);
/** "alternative patterns bind different names" */
export const alternativePatternsBindDifferentNames = (at: Located) =>
  syntaxErrorAt('alternative patterns bind different names', at);
/** "name capture 'x' makes remaining patterns unreachable" */
export const nameCaptureNotLast = (name: string, at: Located) =>
  syntaxErrorAt(`name capture '${name}' makes remaining patterns unreachable`, at);
/** "wildcard makes remaining patterns unreachable" */
export const wildcardNotLast = (at: Located) =>
  syntaxErrorAt('wildcard makes remaining patterns unreachable', at);
/** "multiple starred names in sequence pattern" */
export const multipleStarsInSequencePattern = (at: Located) =>
  syntaxErrorAt('multiple starred names in sequence pattern', at);
/** "attribute name repeated in class pattern: x" */
export const attributeRepeatedInClassPattern = (name: string, at: Located) =>
  syntaxErrorAt(`attribute name repeated in class pattern: ${name}`, at);
/** "too many sub-patterns in class pattern" style limits and other pattern errors. */
export const mappingPatternKeyError = (at: Located) =>
  syntaxErrorAt('mapping pattern keys may only match literals and attribute lookups', at);
/** "mapping pattern checks duplicate key (x)" */
export const mappingPatternDuplicateKey = (keyRepr: string, at: Located) =>
  syntaxErrorAt(`mapping pattern checks duplicate key (${keyRepr})`, at);

/** Nesting beyond the compiler's bound; CPython raises RecursionError with this message. */
export const compilerRecursionLimit = (at: Located) =>
  syntaxErrorAt('maximum recursion depth exceeded during compilation', at);
