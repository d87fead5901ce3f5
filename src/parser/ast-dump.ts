// `ast.dump(node, annotate_fields, include_attributes, indent)` exactly as CPython prints it,
// including the repr of constants (str quoting, float and complex formatting, bytes, Ellipsis).
// Field order and which fields default to None come from CPython 3.11's ast classes (plus 3.12's).

import type { ConstantValue, Node } from './ast.js';
import { isPrintable } from './tokenizer-chars.js';

/**
 * Each node class's fields in order; `?` marks fields whose class default is None (omitted from
 * the dump when None), as CPython 3.11's `ast` module declares them.
 */
const FIELD_SPECS = {
  Module: 'body type_ignores',
  Interactive: 'body',
  Expression: 'body',
  FunctionType: 'argtypes returns',
  FunctionDef: 'name args body decorator_list returns? type_comment? type_params',
  AsyncFunctionDef: 'name args body decorator_list returns? type_comment? type_params',
  ClassDef: 'name bases keywords body decorator_list type_params',
  Return: 'value?',
  Delete: 'targets',
  Assign: 'targets value type_comment?',
  TypeAlias: 'name type_params value',
  AugAssign: 'target op value',
  AnnAssign: 'target annotation value? simple',
  For: 'target iter body orelse type_comment?',
  AsyncFor: 'target iter body orelse type_comment?',
  While: 'test body orelse',
  If: 'test body orelse',
  With: 'items body type_comment?',
  AsyncWith: 'items body type_comment?',
  Match: 'subject cases',
  Raise: 'exc? cause?',
  Try: 'body handlers orelse finalbody',
  TryStar: 'body handlers orelse finalbody',
  Assert: 'test msg?',
  Import: 'names',
  ImportFrom: 'module? names level?',
  Global: 'names',
  Nonlocal: 'names',
  Expr: 'value',
  Pass: '',
  Break: '',
  Continue: '',
  BoolOp: 'op values',
  NamedExpr: 'target value',
  BinOp: 'left op right',
  UnaryOp: 'op operand',
  Lambda: 'args body',
  IfExp: 'test body orelse',
  Dict: 'keys values',
  Set: 'elts',
  ListComp: 'elt generators',
  SetComp: 'elt generators',
  DictComp: 'key value generators',
  GeneratorExp: 'elt generators',
  Await: 'value',
  Yield: 'value?',
  YieldFrom: 'value',
  Compare: 'left ops comparators',
  Call: 'func args keywords',
  FormattedValue: 'value conversion format_spec?',
  JoinedStr: 'values',
  Constant: 'value kind?',
  Attribute: 'value attr ctx',
  Subscript: 'value slice ctx',
  Starred: 'value ctx',
  Name: 'id ctx',
  List: 'elts ctx',
  Tuple: 'elts ctx',
  Slice: 'lower? upper? step?',
  comprehension: 'target iter ifs is_async',
  ExceptHandler: 'type? name? body',
  arguments: 'posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults',
  arg: 'arg annotation? type_comment?',
  keyword: 'arg? value',
  alias: 'name asname?',
  withitem: 'context_expr optional_vars?',
  match_case: 'pattern guard? body',
  MatchValue: 'value',
  MatchSingleton: 'value',
  MatchSequence: 'patterns',
  MatchMapping: 'keys patterns rest?',
  MatchClass: 'cls patterns kwd_attrs kwd_patterns',
  MatchStar: 'name?',
  MatchAs: 'pattern? name?',
  MatchOr: 'patterns',
  TypeIgnore: 'lineno tag',
  TypeVar: 'name bound?',
  ParamSpec: 'name',
  TypeVarTuple: 'name',
} as const satisfies Record<Node['kind'], string>;

/** Node classes without position attributes (everything else has the four). */
const NO_ATTRIBUTES: ReadonlySet<string> = new Set([
  'Module',
  'Interactive',
  'Expression',
  'FunctionType',
  'comprehension',
  'arguments',
  'withitem',
  'match_case',
  'TypeIgnore',
]);

const POSITION_FIELDS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

interface FieldInfo {
  /** CPython's field name. */
  readonly name: string;
  /** Our property name (differs only for Constant.kind). */
  readonly property: string;
  /** Omitted from the dump when None. */
  readonly optional: boolean;
  /** How a value prints: an AST enum (`Load()`), a constant, or anything else. */
  readonly style: 'enum' | 'enum-list' | 'constant' | 'plain';
}

const FIELDS: ReadonlyMap<string, readonly FieldInfo[]> = new Map(
  Object.entries(FIELD_SPECS).map(([kind, spec]) => [
    kind,
    spec
      .split(' ')
      .filter((word) => word !== '')
      .map((word): FieldInfo => {
        const optional = word.endsWith('?');
        const name = optional ? word.slice(0, -1) : word;
        const property = kind === 'Constant' && name === 'kind' ? 'constant_kind' : name;
        const style =
          name === 'ctx' || name === 'op'
            ? 'enum'
            : name === 'ops'
              ? 'enum-list'
              : (kind === 'Constant' || kind === 'MatchSingleton') && name === 'value'
                ? 'constant'
                : 'plain';
        return { name, property, optional, style };
      }),
  ]),
);

/** Options of {@link dumpAst}, named as `ast.dump`'s parameters. */
export interface DumpOptions {
  /** `annotate_fields` (default true). */
  readonly annotateFields?: boolean;
  /** `include_attributes` (default false): add lineno, col_offset, end_lineno, end_col_offset. */
  readonly includeAttributes?: boolean;
  /** `indent`: null for one line, a number of spaces or a string per level. */
  readonly indent?: number | string | null;
  /**
   * Print as Python 3.11 does (default true): 3.11 has no `type_params` field, so an empty one is
   * left out. Non-empty type parameters (3.12 syntax) are always printed.
   */
  readonly python311?: boolean;
}

/**
 * The text `ast.dump(node, ...)` returns for this node in CPython.
 * @see https://docs.python.org/3/library/ast.html#ast.dump
 */
export function dumpAst(node: Node, options: DumpOptions = {}): string {
  const indent = options.indent ?? null;
  const state: DumpState = {
    annotate: options.annotateFields ?? true,
    attributes: options.includeAttributes ?? false,
    indent: typeof indent === 'number' ? ' '.repeat(indent) : indent,
    python311: options.python311 ?? true,
  };
  return formatValue(node, 0, state, 'plain').text;
}

interface DumpState {
  readonly annotate: boolean;
  readonly attributes: boolean;
  readonly indent: string | null;
  readonly python311: boolean;
}

interface Formatted {
  readonly text: string;
  /** CPython's "simple" flag: whether the value fits on the parent's line. */
  readonly simple: boolean;
}

function formatValue(
  value: unknown,
  level: number,
  state: DumpState,
  style: FieldInfo['style'],
): Formatted {
  if (state.indent !== null) level++;
  const prefix = state.indent === null ? '' : `\n${state.indent.repeat(level)}`;
  const sep = state.indent === null ? ', ' : `,\n${state.indent.repeat(level)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: '[]', simple: true };
    const itemStyle = style === 'enum-list' ? 'enum' : 'plain';
    const parts: string[] = [];
    for (const item of value) parts.push(formatValue(item, level, state, itemStyle).text);
    return { text: `[${prefix}${parts.join(sep)}]`, simple: false };
  }
  if (style === 'enum') return { text: `${value as string}()`, simple: true };
  if (style === 'constant') return { text: constantRepr(value as ConstantValue), simple: true };
  if (value !== null && typeof value === 'object' && 'kind' in value) {
    return formatNode(value as Node, level, state, prefix, sep);
  }
  return { text: plainRepr(value), simple: true };
}

function formatNode(
  node: Node,
  level: number,
  state: DumpState,
  prefix: string,
  sep: string,
): Formatted {
  const record = node as unknown as Record<string, unknown>;
  const fields = FIELDS.get(node.kind) ?? [];
  const args: string[] = [];
  let allSimple = true;
  let keywords = state.annotate;
  for (const field of fields) {
    const value = record[field.property];
    if (value === undefined) {
      keywords = true;
      continue;
    }
    if (value === null && field.optional) {
      keywords = true;
      continue;
    }
    if (
      state.python311 &&
      field.name === 'type_params' &&
      node.kind !== 'TypeAlias' &&
      Array.isArray(value) &&
      value.length === 0
    ) {
      keywords = true;
      continue;
    }
    const formatted = formatValue(value, level, state, field.style);
    allSimple = allSimple && formatted.simple;
    args.push(keywords ? `${field.name}=${formatted.text}` : formatted.text);
  }
  if (state.attributes && !NO_ATTRIBUTES.has(node.kind)) {
    for (const name of POSITION_FIELDS) {
      const value = record[name];
      if (value === undefined || value === null) continue;
      args.push(`${name}=${String(value)}`);
    }
  }
  const name = node.kind;
  if (allSimple && args.length <= 3)
    return { text: `${name}(${args.join(', ')})`, simple: args.length === 0 };
  return { text: `${name}(${prefix}${args.join(sep)})`, simple: false };
}

function plainRepr(value: unknown): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return strRepr(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return constantRepr(value as ConstantValue);
}

/** `repr()` of a constant value as CPython prints it. */
export function constantRepr(value: ConstantValue): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'string':
      return strRepr(value);
    case 'number':
    case 'bigint':
      return String(value);
    default:
      break;
  }
  switch (value.type) {
    case 'float':
      return floatRepr(value.value);
    case 'complex':
      return complexRepr(value.real, value.imag);
    case 'bytes':
      return bytesRepr(value.value);
    case 'ellipsis':
      return 'Ellipsis';
  }
}

/** `repr(str)`: CPython's quote choice and escapes; printable non-ASCII stays as is. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp < 0x7f && cp >= 0x20) {
      if (cp === 0x5c) out += '\\\\';
      else if (cp === quote.charCodeAt(0)) out += `\\${quote}`;
      else out += String.fromCharCode(cp);
      continue;
    }
    if (cp === 9) out += '\\t';
    else if (cp === 10) out += '\\n';
    else if (cp === 13) out += '\\r';
    else if (cp < 0x80) out += `\\x${hex(cp, 2)}`;
    else if (isPrintable(cp)) out += String.fromCodePoint(cp);
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return out + quote;
}

/** `repr(bytes)`. */
export function bytesRepr(bytes: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of bytes) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = `b${String.fromCharCode(quote)}`;
  for (const b of bytes) {
    if (b === quote || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b === 9) out += '\\t';
    else if (b === 10) out += '\\n';
    else if (b === 13) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += `\\x${hex(b, 2)}`;
    else out += String.fromCharCode(b);
  }
  return out + String.fromCharCode(quote);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `repr(float)`: the shortest round-tripping digits, exponent form outside [1e-4, 1e16). */
export function floatRepr(x: number): string {
  return formatShortest(x, true);
}

/** `repr(complex)` for the constants a parser makes (and general values). */
export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${formatShortest(imag, false)}j`;
  const sign = imag < 0 || Object.is(imag, -0) || (Number.isNaN(imag) && false) ? '-' : '+';
  const imagText = formatShortest(Math.abs(imag), false);
  return `(${formatShortest(real, false)}${sign}${imagText}j)`;
}

function formatShortest(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) {
    const zero = addDotZero ? '0.0' : '0';
    return Object.is(x, -0) ? `-${zero}` : zero;
  }
  const sign = x < 0 ? '-' : '';
  const expForm = Math.abs(x).toExponential();
  const eIndex = expForm.indexOf('e');
  const digits = expForm.slice(0, eIndex).replace('.', '');
  const exponent = Number(expForm.slice(eIndex + 1));
  const decpt = exponent + 1;
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    body = `${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  } else if (decpt <= 0) {
    body = `0.${'0'.repeat(-decpt)}${digits}`;
  } else if (decpt >= digits.length) {
    body = digits + '0'.repeat(decpt - digits.length) + (addDotZero ? '.0' : '');
  } else {
    body = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  return sign + body;
}
