// Formats an uncaught exception exactly as CPython 3.11 prints it: chained causes/contexts, the
// "Traceback (most recent call last):" frames with source lines and caret/anchor lines, repeated-frame
// compression, SyntaxError layout, notes, and "Did you mean" suggestions (suggestions.ts).

import type { CodeObject } from '../compiler/code-object.js';
import { convertConstant } from '../objects/code.js';
import {
  exceptionTypeNamed,
  type PyBaseException,
  PyExceptionGroup,
} from '../objects/exceptions.js';
import { PyList } from '../objects/list.js';
import { binaryOp, invert, negate, positive } from '../objects/protocol-number.js';
import { pyStr } from '../objects/protocol-repr.js';
import { getItem } from '../objects/protocol-subscript.js';
import { isTruthy } from '../objects/protocol-truth.js';
import type { PyValue } from '../objects/py-object.js';
import { None } from '../objects/singletons.js';
import { strValueOf } from '../objects/str-type.js';
import type { PyTraceback } from '../objects/traceback.js';
import { PyTuple } from '../objects/tuple.js';
import type { Expr } from '../parser/ast.js';
import { displayWidth } from '../parser/display-width.js';
import { parse } from '../parser/parser.js';
import type { Interpreter } from './interpreter.js';
import { suggestionFor } from './suggestions.js';

const RECURSIVE_CUTOFF = 3;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Code points in the first `byteOffset` UTF-8 bytes of `line` (CPython's byte→character offset). */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  const bytes = encoder.encode(line);
  const prefix = decoder.decode(bytes.subarray(0, Math.max(0, byteOffset)));
  let count = 0;
  for (const _ of prefix) count++;
  return count;
}

/**
 * The source text behind `filename` as CPython's linecache would find it: code compiled from a
 * string by `exec`/`eval`/`compile` (marked through ImportSystem.markStringSource) has no file
 * behind it, so CPython shows no lines for it: null. Everything else the interpreter compiled
 * (scripts, notebook cells, imported files, Pyex's stdlib) shows.
 */
export function displayableSource(interp: Interpreter, filename: string): string | null {
  const source = interp.sources.get(filename);
  if (source === undefined) return null;
  if (interp.imports.isStringSource(filename)) return null;
  return source;
}

/** Source lines of a file the interpreter compiled (linecache). */
export function sourceLine(interp: Interpreter, filename: string, lineno: number): string | null {
  const source = displayableSource(interp, filename);
  if (source === null || lineno < 1) return null;
  const lines = source.split(/\r\n|\r|\n/);
  const line = lines[lineno - 1];
  return line === undefined ? null : line;
}

function isWhitespaceByte(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === 0x09 ||
    byte === 0x0c ||
    byte === 0x0a ||
    byte === 0x0d ||
    byte === 0x0b
  );
}

interface Anchors {
  left: number;
  right: number;
}

/** CPython's extract_anchors_from_line: `~~^^~~` anchors for a binary operation or subscript. */
function extractAnchors(segment: string): Anchors | null {
  let module: ReturnType<typeof parse>;
  try {
    module = parse(segment, '<traceback>');
  } catch {
    return null;
  }
  if (module.body.length !== 1) return null;
  const statement = module.body[0]!;
  if (statement.kind !== 'Expr') return null;
  const expr = statement.value;
  const bytes = encoder.encode(segment);
  let left = -1;
  let right = -1;
  if (isConstantFoldable(expr)) return null;
  if (expr.kind === 'BinOp') {
    for (let index = expr.left.end_col_offset; index < expr.right.col_offset; index++) {
      if (isWhitespaceByte(bytes[index]!)) continue;
      left = index;
      right = index + 1;
      if (index + 1 < expr.right.col_offset && !isWhitespaceByte(bytes[index + 1]!)) right++;
      if (index + 1 < expr.right.col_offset && bytes[index] === 0x29) continue;
      break;
    }
    if (left < 0) return null;
  } else if (expr.kind === 'Subscript') {
    left = expr.value.end_col_offset;
    right = expr.slice.end_col_offset + 1;
    while (left < bytes.length && bytes[left] !== 0x5b) left++;
    while (right < bytes.length && bytes[right] !== 0x5d) right++;
    if (right < bytes.length) right++;
  } else {
    return null;
  }
  return {
    left: byteOffsetToCharOffset(segment, left),
    right: byteOffsetToCharOffset(segment, right),
  };
}

/**
 * Whether CPython's AST optimizer would fold this expression into a constant (then the anchors
 * are not shown): constants, tuples of constants, and unary/binary operations and subscripts of
 * those that evaluate without an error.
 */
function isConstantFoldable(expr: Expr): boolean {
  try {
    return constantValue(expr) !== undefined;
  } catch {
    return false;
  }
}

function constantValue(expr: Expr): PyValue | undefined {
  switch (expr.kind) {
    case 'Constant':
      return convertConstant(expr.value);
    case 'Tuple': {
      const items: PyValue[] = [];
      for (const item of expr.elts) {
        const value = constantValue(item);
        if (value === undefined) return undefined;
        items.push(value);
      }
      return new PyTuple(items);
    }
    case 'UnaryOp': {
      const operand = constantValue(expr.operand);
      if (operand === undefined) return undefined;
      if (expr.op === 'USub') return negate(operand);
      if (expr.op === 'UAdd') return positive(operand);
      if (expr.op === 'Invert') return invert(operand);
      return !isTruthy(operand);
    }
    case 'BinOp': {
      if (expr.op === 'MatMult') return undefined;
      const left = constantValue(expr.left);
      if (left === undefined) return undefined;
      const right = constantValue(expr.right);
      if (right === undefined) return undefined;
      return binaryOp(left, right, BINARY_OP_INDEX[expr.op]);
    }
    case 'Subscript': {
      const value = constantValue(expr.value);
      if (value === undefined) return undefined;
      const key = constantValue(expr.slice);
      if (key === undefined) return undefined;
      return getItem(value, key);
    }
    default:
      return undefined;
  }
}

const BINARY_OP_INDEX = {
  Add: 0,
  BitAnd: 1,
  FloorDiv: 2,
  LShift: 3,
  MatMult: 4,
  Mult: 5,
  Mod: 6,
  BitOr: 7,
  Pow: 8,
  RShift: 9,
  Sub: 10,
  Div: 11,
  BitXor: 12,
} as const;

/** The `    source` and caret lines of one traceback entry (empty when the source is unknown). */
function formatSourceLines(interp: Interpreter, entry: PyTraceback): string {
  return formatFrameSource(interp, entry.code.code, entry.instruction, entry.lineno);
}

/**
 * The `    source` line and, when the failing expression is narrower than the line, the caret line
 * (`^^^^` or `~~~^^^~~~` anchors) of instruction `instruction` of `code` at line `lineno`.
 * Empty when the source is unknown. Used for tracebacks (`style` 'interpreter': CPython's C
 * printer, which drops only the indentation and keeps trailing blanks) and by the `traceback`
 * module ('module': traceback.py strips both ends).
 */
export function formatFrameSource(
  interp: Interpreter,
  code: CodeObject,
  instruction: number,
  lineno: number,
  style: 'interpreter' | 'module' = 'interpreter',
): string {
  const line = sourceLine(interp, code.filename, lineno);
  if (line === null) return '';
  const stripped = style === 'module' ? line.trim() : line.replace(/^[ \t\f]+/, '');
  if (stripped.trim() === '') return '';
  let out = `    ${stripped}\n`;
  const positions = code.positions;
  if (instruction < 0) return out;
  const at = instruction * 4;
  const startLine = positions[at]!;
  const endLine = positions[at + 1]!;
  const startByte = positions[at + 2]!;
  const endByte = positions[at + 3]!;
  if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0) return out;
  if (startLine !== lineno) return out;
  const lineChars = [...line];
  const strippedLength = [...stripped].length;
  const truncation =
    style === 'module'
      ? lineChars.length - [...line.trimStart()].length
      : lineChars.length - strippedLength;
  const start = byteOffsetToCharOffset(line, startByte);
  let end = byteOffsetToCharOffset(line, endByte);
  let anchors: Anchors | null = null;
  if (startLine === endLine) {
    const segment = lineChars.slice(start, end).join('');
    anchors = extractAnchors(segment);
    if (anchors !== null) {
      anchors = { left: anchors.left + start, right: anchors.right + start };
    }
  } else {
    // CPython scans the line's UTF-8 bytes, starting at its length in characters, for the last
    // non-whitespace one and takes that byte index as a character offset.
    const lineBytes = encoder.encode(line);
    let index = lineChars.length;
    while (--index >= 0) {
      if (!isWhitespaceByte(lineBytes[index]!)) break;
    }
    end = index + 1;
  }
  // No carets when the primary range spans the displayed line (traceback.py: at least spans it).
  if (
    anchors === null &&
    (style === 'module' ? end - start >= strippedLength : end - start === strippedLength)
  )
    return out;
  // The caret line counts display columns: East Asian wide characters take two.
  const startColumn = displayWidth(line, start);
  const endColumn = displayWidth(line, end);
  const leftColumn = anchors === null ? -1 : displayWidth(line, anchors.left);
  const rightColumn = anchors === null ? -1 : displayWidth(line, anchors.right);
  let carets = '    ';
  for (let offset = truncation + 1; offset <= endColumn; offset++) {
    if (offset <= startColumn) carets += ' ';
    else if (anchors !== null && leftColumn < offset && offset <= rightColumn) carets += '^';
    else carets += anchors !== null ? '~' : '^';
  }
  out += `${carets}\n`;
  return out;
}

/** Filename prefix of the code of Pyex's Python-written stdlib modules (src/stdlib/py). */
export const FROZEN_FILE_PREFIX = '<frozen ';

/**
 * Whether frames of code compiled from `filename` stay out of tracebacks: the stdlib modules Pyex
 * writes in Python are C code in CPython, which shows no frame for them. A user function they call
 * (a `key=`, a callback) has its own file and still shows.
 */
export function isHiddenFrameFile(filename: string): boolean {
  return filename.startsWith(FROZEN_FILE_PREFIX);
}

/** The frames of a traceback, with CPython's "[Previous line repeated N more times]". */
export function formatTracebackEntries(interp: Interpreter, first: PyTraceback | null): string {
  let out = '';
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (let entry = first; entry !== null; entry = entry.next) {
    const code = entry.code.code;
    if (isHiddenFrameFile(code.filename)) continue;
    const filename = code.filename;
    const lineno = entry.lineno;
    const name = code.name;
    if (lastFile !== filename || lastLine !== lineno || lastName !== name) {
      if (count > RECURSIVE_CUTOFF) {
        const more = count - RECURSIVE_CUTOFF;
        out += `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
      }
      lastFile = filename;
      lastLine = lineno;
      lastName = name;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += `  File "${filename}", line ${lineno}, in ${name}\n`;
    out += formatSourceLines(interp, entry);
  }
  if (count > RECURSIVE_CUTOFF) {
    const more = count - RECURSIVE_CUTOFF;
    out += `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
  }
  return out;
}

/** `module.Name` as CPython prints an exception's type (no module for builtins and __main__). */
function qualifiedTypeName(exc: PyBaseException): string {
  const type = exc.cls;
  const module = type.attrs.get('__module__') ?? type.lookup('__module__');
  const moduleName = module === undefined ? null : strValueOf(module);
  if (
    moduleName === undefined ||
    moduleName === null ||
    moduleName === 'builtins' ||
    moduleName === '__main__'
  ) {
    return type.qualname;
  }
  return `${moduleName}.${type.qualname}`;
}

function safeStr(value: PyValue): string {
  try {
    return pyStr(value);
  } catch {
    return '<exception str() failed>';
  }
}

/** The final `Type: message` line(s) of an exception, with suggestions and notes. */
export function formatExceptionOnly(
  interp: Interpreter,
  exc: PyBaseException,
  tracebackModule = false,
): string {
  const name = qualifiedTypeName(exc);
  let out = '';
  if (exc.cls.isSubtypeOf(exceptionTypeNamed('SyntaxError'))) {
    out += formatSyntaxErrorBody(exc, tracebackModule);
    const msg = exc.getMember('msg');
    const text = msg === undefined || msg === None ? safeStr(exc) : safeStr(msg);
    out += text === '' ? `${name}\n` : `${name}: ${text}\n`;
  } else {
    let message = safeStr(exc);
    // Python 3.11's traceback module offers no suggestions (only the interpreter's printer does).
    const suggestion = tracebackModule ? null : suggestionFor(interp, exc);
    if (suggestion !== null) message += `. Did you mean: '${suggestion}'?`;
    out += message === '' ? `${name}\n` : `${name}: ${message}\n`;
  }
  const notes = exc.dict?.getStr('__notes__');
  if (notes !== undefined) {
    if (notes instanceof PyList) {
      for (const note of notes.items) {
        const text = strValueOf(note);
        out += `${text ?? safeStr(note)}\n`;
      }
    } else {
      out += `${safeStr(notes)}\n`;
    }
  }
  return out;
}

/**
 * The File/source/caret lines of a SyntaxError. The interpreter's own printer (C in CPython) marks
 * an IndentationError with a single caret; the `traceback` module underlines the whole range.
 */
function formatSyntaxErrorBody(exc: PyBaseException, tracebackModule: boolean): string {
  const filename = exc.getMember('filename');
  const lineno = exc.getMember('lineno');
  let out = '';
  if (filename === undefined || filename === None) return out;
  const file = strValueOf(filename) ?? '<string>';
  const line = typeof lineno === 'number' ? lineno : 0;
  out += `  File "${file}", line ${line}\n`;
  const text = exc.getMember('text');
  if (text === undefined || text === None) return out;
  const rawText = strValueOf(text) ?? '';
  const offsetValue = exc.getMember('offset');
  const endOffsetValue = exc.getMember('end_offset');
  let offset = typeof offsetValue === 'number' ? offsetValue : 0;
  let endOffset = typeof endOffsetValue === 'number' ? endOffsetValue : offset;
  const firstLine = rawText.split('\n')[0]!;
  const leading = firstLine.length - firstLine.trimStart().length;
  const shown = firstLine.trim();
  out += `    ${shown}\n`;
  if (offset < 1) return out;
  offset -= leading;
  endOffset -= leading;
  if (endOffset <= offset) endOffset = offset + 1;
  if (offset < 1) offset = 1;
  const singleCaret =
    !tracebackModule && exc.cls.isSubtypeOf(exceptionTypeNamed('IndentationError'));
  const width = singleCaret ? 1 : Math.max(1, Math.min(endOffset, shown.length + 1) - offset);
  out += `    ${' '.repeat(offset - 1)}${'^'.repeat(width)}\n`;
  return out;
}

/** Indentation state of exception-group output (CPython's _ExceptionPrintContext). */
class PrintContext {
  depth = 0;
  /** Formatting for the `traceback` module rather than the interpreter's printer. */
  tracebackModule = false;
  /** The exception whose frames come from `topTraceback` instead of its own `__traceback__`. */
  topException: PyBaseException | null = null;
  topTraceback: PyTraceback | null = null;

  /** The traceback shown for `exc`. */
  tracebackOf(exc: PyBaseException): PyTraceback | null {
    return exc === this.topException ? this.topTraceback : exc.traceback;
  }
  needClose = false;

  indent(): string {
    return ' '.repeat(2 * this.depth);
  }

  /** Prefixes every line of `text` with the group margin (`| ` or `+ `) at the current depth. */
  emit(text: string, marginChar = '|'): string {
    let prefix = this.indent();
    if (this.depth > 0) prefix += `${marginChar} `;
    if (prefix === '') return text;
    return text
      .split(/(?<=\n)/)
      .map((line) => prefix + line)
      .join('');
  }
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;
const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';

/**
 * A whole uncaught exception as CPython prints it, with its causes and contexts first
 * (`tracebackModule`: as the `traceback` module formats it, which differs in small ways; it may
 * be given another `traceback` for `exc` itself).
 */
export function formatException(
  interp: Interpreter,
  exc: PyBaseException,
  tracebackModule = false,
  traceback: PyTraceback | null = exc.traceback,
): string {
  const ctx = new PrintContext();
  ctx.tracebackModule = tracebackModule;
  ctx.topException = exc;
  ctx.topTraceback = traceback;
  return formatWithChain(interp, exc, ctx, new Set());
}

function formatWithChain(
  interp: Interpreter,
  first: PyBaseException,
  ctx: PrintContext,
  seen: Set<PyBaseException>,
): string {
  const chain: [string | null, PyBaseException][] = [];
  let exc: PyBaseException | null = first;
  while (exc !== null) {
    seen.add(exc);
    let message: string | null = null;
    let next: PyBaseException | null = null;
    if (exc.cause !== null) {
      if (!seen.has(exc.cause)) {
        message = CAUSE_MESSAGE;
        next = exc.cause;
      }
    } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
      message = CONTEXT_MESSAGE;
      next = exc.context;
    }
    chain.push([message, exc]);
    exc = next;
  }
  let out = '';
  for (let index = chain.length - 1; index >= 0; index--) {
    const [message, item] = chain[index]!;
    if (message !== null) out += ctx.emit(message);
    out += formatOne(interp, item, ctx, seen);
  }
  return out;
}

function formatOne(
  interp: Interpreter,
  exc: PyBaseException,
  ctx: PrintContext,
  seen: Set<PyBaseException>,
): string {
  let out = '';
  if (!(exc instanceof PyExceptionGroup)) {
    const traceback = ctx.tracebackOf(exc);
    const entries = traceback === null ? '' : formatTracebackEntries(interp, traceback);
    // A traceback made only of hidden stdlib frames prints like none at all (CPython: C frames).
    if (entries !== '') {
      out += ctx.emit('Traceback (most recent call last):\n');
      out += ctx.emit(entries);
    }
    return out + ctx.emit(formatExceptionOnly(interp, exc, ctx.tracebackModule));
  }
  if (ctx.depth > MAX_GROUP_DEPTH) {
    return ctx.emit(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  const groupTraceback = ctx.tracebackOf(exc);
  const groupEntries =
    groupTraceback === null ? '' : formatTracebackEntries(interp, groupTraceback);
  if (groupEntries !== '') {
    out += ctx.emit('Exception Group Traceback (most recent call last):\n', topLevel ? '+' : '|');
    out += ctx.emit(groupEntries);
  }
  out += ctx.emit(formatExceptionOnly(interp, exc, ctx.tracebackModule));
  const items = exc.exceptions.items as PyBaseException[];
  const count = items.length <= MAX_GROUP_WIDTH ? items.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let index = 0; index < count; index++) {
    const last = index === count - 1;
    if (last) ctx.needClose = true;
    const truncated = index >= MAX_GROUP_WIDTH;
    const title = truncated ? '...' : `${index + 1}`;
    out += `${ctx.indent()}${index === 0 ? '+-' : '  '}+---------------- ${title} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatWithChain(interp, items[index]!, ctx, seen);
    else {
      const remaining = items.length - MAX_GROUP_WIDTH;
      out += ctx.emit(`and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += `${ctx.indent()}+------------------------------------\n`;
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
  return out;
}
