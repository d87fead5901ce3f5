// Turns an expression AST back into source text the way CPython's C unparser does
// (Python/ast_unparse.c), which is what `from __future__ import annotations` stores as each
// annotation's string. Statements are never unparsed.

import { complexRepr, floatRepr } from '../objects/float-repr.js';
import { reprBytes, reprStr } from '../objects/str-repr.js';
import type * as ast from '../parser/ast.js';

// Precedence levels, lowest first (ast_unparse.c's PR_*).
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINARY: Record<ast.Operator, readonly [string, number]> = {
  Add: ['+', PR_ARITH],
  Sub: ['-', PR_ARITH],
  Mult: ['*', PR_TERM],
  MatMult: ['@', PR_TERM],
  Div: ['/', PR_TERM],
  Mod: ['%', PR_TERM],
  LShift: ['<<', PR_SHIFT],
  RShift: ['>>', PR_SHIFT],
  BitOr: ['|', PR_BOR],
  BitXor: ['^', PR_BXOR],
  BitAnd: ['&', PR_BAND],
  FloorDiv: ['//', PR_TERM],
  Pow: ['**', PR_POWER],
};

const COMPARE: Record<ast.CmpOperator, string> = {
  Eq: '==',
  NotEq: '!=',
  Lt: '<',
  LtE: '<=',
  Gt: '>',
  GtE: '>=',
  Is: 'is',
  IsNot: 'is not',
  In: 'in',
  NotIn: 'not in',
};

/** The text CPython stores for an annotation under `from __future__ import annotations`. */
export function unparseExpression(e: ast.Expr): string {
  return unparse(e, PR_TEST);
}

function parenthesize(text: string, needed: boolean): string {
  return needed ? `(${text})` : text;
}

function join(items: readonly ast.Expr[], level: number): string {
  return items.map((item) => unparse(item, level)).join(', ');
}

const INFINITY_TEXT = '1e309';

function constantText(value: ast.ConstantValue): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
    case 'bigint':
      return String(value);
    case 'string':
      return reprStr(value);
    default:
      break;
  }
  switch (value.type) {
    case 'float':
      return floatRepr(value.value).replace('inf', INFINITY_TEXT);
    case 'complex':
      return complexRepr(value.real, value.imag).replaceAll('inf', INFINITY_TEXT);
    case 'bytes':
      return reprBytes(value.value);
    case 'ellipsis':
      return '...';
  }
}

function comprehensions(generators: readonly ast.Comprehension[]): string {
  let text = '';
  for (const generator of generators) {
    text += generator.is_async ? ' async for ' : ' for ';
    text += `${unparse(generator.target, PR_TUPLE)} in ${unparse(generator.iter, PR_TEST + 1)}`;
    for (const condition of generator.ifs) text += ` if ${unparse(condition, PR_TEST + 1)}`;
  }
  return text;
}

function argumentsText(args: ast.Arguments): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((arg, i) => {
    let text = arg.arg;
    if (arg.annotation !== null) text += `: ${unparse(arg.annotation, PR_TEST)}`;
    const value = i >= firstDefault ? args.defaults[i - firstDefault] : undefined;
    if (value !== undefined) text += `=${unparse(value, PR_TEST)}`;
    parts.push(text);
    if (i + 1 === args.posonlyargs.length) parts.push('/');
  });
  if (args.vararg !== null || args.kwonlyargs.length > 0) {
    let text = '*';
    if (args.vararg !== null) {
      text += args.vararg.arg;
      if (args.vararg.annotation !== null) text += `: ${unparse(args.vararg.annotation, PR_TEST)}`;
    }
    parts.push(text);
  }
  const kwDefaults = args.kw_defaults as readonly (ast.Expr | null)[];
  args.kwonlyargs.forEach((arg, i) => {
    let text = arg.arg;
    if (arg.annotation !== null) text += `: ${unparse(arg.annotation, PR_TEST)}`;
    const value = kwDefaults[i] ?? null;
    if (value !== null) text += `=${unparse(value, PR_TEST)}`;
    parts.push(text);
  });
  if (args.kwarg !== null) {
    let text = `**${args.kwarg.arg}`;
    if (args.kwarg.annotation !== null) text += `: ${unparse(args.kwarg.annotation, PR_TEST)}`;
    parts.push(text);
  }
  return parts.join(', ');
}

function fstringBody(values: readonly ast.Expr[]): string {
  let body = '';
  for (const value of values) {
    if (value.kind === 'Constant' && typeof value.value === 'string') {
      body += value.value.replaceAll('{', '{{').replaceAll('}', '}}');
    } else if (value.kind === 'FormattedValue') {
      body += formattedValueText(value);
    } else if (value.kind === 'JoinedStr') {
      body += fstringBody(value.values);
    }
  }
  return body;
}

function formattedValueText(e: ast.FormattedValue): string {
  const inner = unparse(e.value, PR_TEST + 1);
  let text = inner.startsWith('{') ? `{ ${inner}` : `{${inner}`;
  if (e.conversion !== -1) text += `!${String.fromCharCode(e.conversion)}`;
  if (e.format_spec !== null) {
    const spec = e.format_spec;
    text += `:${spec.kind === 'JoinedStr' ? fstringBody(spec.values) : fstringBody([spec])}`;
  }
  return `${text}}`;
}

function unparse(e: ast.Expr, level: number): string {
  switch (e.kind) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      const text = e.values
        .map((value) => unparse(value, pr + 1))
        .join(e.op === 'And' ? ' and ' : ' or ');
      return parenthesize(text, level > pr);
    }
    case 'BinOp': {
      const [symbol, pr] = BINARY[e.op];
      const rightAssociative = e.op === 'Pow' ? 1 : 0;
      const text = `${unparse(e.left, pr + rightAssociative)} ${symbol} ${unparse(e.right, pr + 1 - rightAssociative)}`;
      return parenthesize(text, level > pr);
    }
    case 'UnaryOp': {
      const [symbol, pr] =
        e.op === 'Not'
          ? ['not ', PR_NOT]
          : e.op === 'Invert'
            ? ['~', PR_FACTOR]
            : e.op === 'UAdd'
              ? ['+', PR_FACTOR]
              : ['-', PR_FACTOR];
      return parenthesize(`${symbol}${unparse(e.operand, pr as number)}`, level > (pr as number));
    }
    case 'Lambda': {
      const args = argumentsText(e.args);
      const text = `lambda${args === '' ? '' : ` ${args}`}: ${unparse(e.body, PR_TEST)}`;
      return parenthesize(text, level > PR_TEST);
    }
    case 'IfExp': {
      const text = `${unparse(e.body, PR_TEST + 1)} if ${unparse(e.test, PR_TEST + 1)} else ${unparse(e.orelse, PR_TEST)}`;
      return parenthesize(text, level > PR_TEST);
    }
    case 'Dict': {
      const keys = e.keys as readonly (ast.Expr | null)[];
      const items = e.values.map((value, i) => {
        const key = keys[i] ?? null;
        return key === null
          ? `**${unparse(value, PR_EXPR)}`
          : `${unparse(key, PR_TEST)}: ${unparse(value, PR_TEST)}`;
      });
      return `{${items.join(', ')}}`;
    }
    case 'Set':
      return e.elts.length === 0 ? '{*()}' : `{${join(e.elts, PR_TEST)}}`;
    case 'ListComp':
      return `[${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${unparse(e.key, PR_TEST)}: ${unparse(e.value, PR_TEST)}${comprehensions(e.generators)}}`;
    case 'GeneratorExp':
      return `(${unparse(e.elt, PR_TEST)}${comprehensions(e.generators)})`;
    case 'Await':
      return parenthesize(`await ${unparse(e.value, PR_ATOM)}`, level > PR_AWAIT);
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${unparse(e.value, PR_TEST)})`;
    case 'YieldFrom':
      return `(yield from ${unparse(e.value, PR_TEST)})`;
    case 'Compare': {
      let text = unparse(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => {
        text += ` ${COMPARE[op]} ${unparse(e.comparators[i]!, PR_CMP + 1)}`;
      });
      return parenthesize(text, level > PR_CMP);
    }
    case 'Call': {
      const func = unparse(e.func, PR_ATOM);
      const only = e.args[0];
      if (e.args.length === 1 && e.keywords.length === 0 && only?.kind === 'GeneratorExp') {
        return `${func}${unparse(only, PR_TEST)}`;
      }
      const parts = e.args.map((arg) => unparse(arg, PR_TEST));
      for (const keyword of e.keywords) {
        parts.push(
          keyword.arg === null
            ? `**${unparse(keyword.value, PR_TEST)}`
            : `${keyword.arg}=${unparse(keyword.value, PR_TEST)}`,
        );
      }
      return `${func}(${parts.join(', ')})`;
    }
    case 'FormattedValue':
      return `f${reprStr(formattedValueText(e))}`;
    case 'JoinedStr':
      return `f${reprStr(fstringBody(e.values))}`;
    case 'Constant':
      return constantText(e.value);
    case 'Attribute': {
      const value = e.value;
      const isInt =
        value.kind === 'Constant' &&
        (typeof value.value === 'number' || typeof value.value === 'bigint');
      return `${unparse(value, PR_ATOM)}${isInt ? ' .' : '.'}${e.attr}`;
    }
    case 'Subscript':
      return `${unparse(e.value, PR_ATOM)}[${unparse(e.slice, PR_TUPLE)}]`;
    case 'Starred':
      return `*${unparse(e.value, PR_EXPR)}`;
    case 'Name':
      return e.id;
    case 'List':
      return `[${join(e.elts, PR_TEST)}]`;
    case 'Tuple': {
      if (e.elts.length === 0) return '()';
      const text = e.elts.length === 1 ? `${unparse(e.elts[0]!, PR_TEST)},` : join(e.elts, PR_TEST);
      return parenthesize(text, level > PR_TUPLE);
    }
    case 'Slice': {
      let text = e.lower !== null ? unparse(e.lower, PR_TEST) : '';
      text += ':';
      if (e.upper !== null) text += unparse(e.upper, PR_TEST);
      if (e.step !== null) text += `:${unparse(e.step, PR_TEST)}`;
      return text;
    }
    case 'NamedExpr':
      return parenthesize(
        `${unparse(e.target, PR_ATOM)} := ${unparse(e.value, PR_ATOM)}`,
        level > PR_TUPLE,
      );
  }
}
