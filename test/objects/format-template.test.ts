// str.format template parsing against CPython 3.11: _string.formatter_parser pieces,
// _string.formatter_field_name_split, and str.format driven by a tiny value model (ints, strs,
// lists, dicts) so numbering, recursion and the order of errors are checked end to end.
import { describe, expect, it } from 'vitest';
import {
  checkConversion,
  FormatNumbering,
  FormatTemplateParser,
  formatRecursionError,
  MAX_FORMAT_RECURSION,
  parseFormatTemplate,
  splitFieldName,
} from '../../src/objects/format-template.js';
import { PythonError } from '../../src/objects/python-error.js';
import { asciiStr, reprStr } from '../../src/objects/str-repr.js';
import { loadGolden, outcome } from './golden-cases.js';

type Case = [string, string, unknown[], unknown];
const cases = loadGolden<Case[]>('strings-format-template.json');

type Value = number | string | Value[] | Map<string, Value>;

const ARGS: Value[] = [0, 'x', '', [1, [2, 3], 4]];
const KWARGS = new Map<string, Value>([
  ['a', 'A'],
  ['b', ''],
  [
    'd',
    new Map<string, Value>([
      ['k', 'v'],
      ['0', 'zero'],
    ]),
  ],
]);

/** Marks a case that needs more of Python than this test models (format specs, dunders). */
class Unsupported extends Error {}

function typeName(value: Value): string {
  if (typeof value === 'number') return 'int';
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

function strOf(value: Value): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(reprOf).join(', ')}]`;
  throw new Unsupported('dict str');
}

function reprOf(value: Value): string {
  return typeof value === 'string' ? reprStr(value) : strOf(value);
}

function getItem(container: Value, key: string | number | bigint): Value {
  if (typeof container === 'number') {
    throw new PythonError('TypeError', "'int' object is not subscriptable");
  }
  if (typeof container === 'string') {
    if (typeof key === 'string') {
      throw new PythonError('TypeError', "string indices must be integers, not 'str'");
    }
    const item = container[Number(key)];
    if (item === undefined) throw new PythonError('IndexError', 'string index out of range');
    return item;
  }
  if (Array.isArray(container)) {
    if (typeof key === 'string') throw new Unsupported('list[str]');
    const item = container[Number(key)];
    if (item === undefined) throw new PythonError('IndexError', 'list index out of range');
    return item;
  }
  const item = container.get(String(key));
  if (item === undefined || typeof key !== 'string') {
    throw new PythonError('KeyError', typeof key === 'string' ? reprStr(key) : String(key));
  }
  return item;
}

function formatValue(value: Value, spec: string): string {
  if (spec === '') return strOf(value);
  if (spec === 'x' && typeof value === 'number') return value.toString(16);
  const width = /^>(\d+)$/.exec(spec);
  if (width !== null) return strOf(value).padStart(Number(width[1]));
  throw new Unsupported(`spec ${spec}`);
}

function format(template: string, depth: number, numbering: FormatNumbering): string {
  if (depth <= 0) throw formatRecursionError();
  const parser = new FormatTemplateParser(template);
  let out = '';
  for (let piece = parser.next(); piece !== null; piece = parser.next()) {
    out += piece.literal;
    const field = piece.field;
    if (field === null) continue;
    const { first, rest } = splitFieldName(field.fieldName, numbering);
    let value: Value;
    if (typeof first === 'string') {
      const found = KWARGS.get(first);
      if (found === undefined) throw new PythonError('KeyError', reprStr(first));
      value = found;
    } else {
      const found = ARGS[Number(first)];
      if (found === undefined) {
        throw new PythonError(
          'IndexError',
          `Replacement index ${first} out of range for positional args tuple`,
        );
      }
      value = found;
    }
    for (let step = rest.next(); step !== null; step = rest.next()) {
      if (step.isAttribute) {
        if (String(step.key).startsWith('__')) throw new Unsupported('dunder attribute');
        throw new PythonError(
          'AttributeError',
          `'${typeName(value)}' object has no attribute '${String(step.key)}'`,
        );
      }
      value = getItem(value, step.key);
    }
    if (field.conversion !== null) {
      const conversion = checkConversion(field.conversion);
      if (conversion === 'r') value = reprOf(value);
      else if (conversion === 'a')
        value = typeof value === 'string' ? asciiStr(value) : reprOf(value);
      else value = strOf(value);
    }
    const spec = field.specNeedsExpanding
      ? format(field.formatSpec, depth - 1, numbering)
      : field.formatSpec;
    out += formatValue(value, spec);
  }
  return out;
}

/** The tuples `_string.formatter_parser` yields. */
function formatterParser(template: string): unknown[] {
  return parseFormatTemplate(template).map((piece) =>
    piece.field === null
      ? [piece.literal, null, null, null]
      : [piece.literal, piece.field.fieldName, piece.field.formatSpec, piece.field.conversion],
  );
}

function fieldNameSplit(name: string): unknown[] {
  const { first, rest } = splitFieldName(name, null);
  const steps: unknown[] = [];
  for (let step = rest.next(); step !== null; step = rest.next()) {
    steps.push([step.isAttribute, step.key]);
  }
  return [first, steps];
}

describe('format templates match CPython 3.11', () => {
  it('formatter_parser, field_name_split and str.format give the recorded results', () => {
    const mismatches: unknown[] = [];
    const skipped: string[] = [];
    for (const [kind, template, , expected] of cases) {
      let actual: unknown;
      try {
        actual = outcome(() => {
          if (kind === 'formatter_parser') return formatterParser(template);
          if (kind === 'formatter_field_name_split') return fieldNameSplit(template);
          return format(template, MAX_FORMAT_RECURSION, new FormatNumbering());
        });
      } catch (error) {
        if (error instanceof Unsupported) {
          skipped.push(template);
          continue;
        }
        throw error;
      }
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push({ kind, template, expected, actual });
      }
    }
    expect(mismatches).toEqual([]);
    // These need real attributes and format specs, which belong to the object model.
    expect(skipped).toEqual(['{0!a:{1}}', '{0:{{}}}', '{0.__class__}']);
    expect(cases.length).toBe(157);
  });
});
