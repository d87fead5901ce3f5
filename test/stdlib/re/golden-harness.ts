// Runs one recorded CPython `re` case (scripts/record-re-goldens.py) against the engine and
// returns the result in the recorder's JSON shape, so tests can compare whole values.

import { latin1Text } from '../../../src/objects/codec-single-byte.js';
import { PythonError } from '../../../src/objects/python-error.js';
import { compileRegex, type RegexProgram } from '../../../src/stdlib/re/re-compiler.js';
import {
  prepareSubject,
  type RegexMatchResult,
  regexMatch,
  regexSearch,
  sliceSubject,
} from '../../../src/stdlib/re/re-engine.js';
import { RegexError } from '../../../src/stdlib/re/re-error.js';
import {
  createScanner,
  groupText,
  regexFindall,
  regexSplit,
  regexSubTemplate,
  scannerNext,
} from '../../../src/stdlib/re/re-iterate.js';
import { expandTemplate, parseTemplate } from '../../../src/stdlib/re/re-template.js';

/** A JSON-encoded str or bytes value. */
export type Encoded = string | { b: string } | null | number | Encoded[];

/** One recorded case. */
export interface GoldenCase {
  p: Encoded;
  f: number;
  op: string;
  s: Encoded;
  a: Encoded[];
  r: unknown;
}

function decode(value: Encoded): string | Uint8Array {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Uint8Array.from(value.b, (ch) => ch.charCodeAt(0));
  }
  throw new Error(`cannot decode ${JSON.stringify(value)}`);
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { b: latin1Text(value) };
  if (Array.isArray(value)) return value.map(encode);
  return value;
}

function matchJson(program: RegexProgram, match: RegexMatchResult | null): unknown {
  if (match === null) return null;
  const regs: number[][] = [];
  for (let i = 0; i < match.regs.length; i += 2) regs.push([match.regs[i]!, match.regs[i + 1]!]);
  const li = match.lastindex >= 0 ? match.lastindex : null;
  const lg = li !== null ? (program.indexgroup[li] ?? null) : null;
  return { regs, li, lg };
}

const MAX = Number.MAX_SAFE_INTEGER;

function num(value: Encoded | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** Runs a case and returns what the recorder would have written as `r`. */
export function runCase(
  c: GoldenCase,
  lookupCharName?: (name: string) => number | undefined,
): unknown {
  try {
    const options = lookupCharName ? { lookupCharName } : {};
    const program = compileRegex(decode(c.p), c.f, options);
    if (c.op === 'compile') {
      return {
        flags: program.flags,
        groups: program.groups,
        groupindex: Object.fromEntries(program.groupindex),
      };
    }
    const subject = prepareSubject(decode(c.s));
    const pos = num(c.a[0], 0);
    const endpos = num(c.a[1], MAX);
    switch (c.op) {
      case 'search':
        return matchJson(program, regexSearch(program, subject, pos, endpos));
      case 'match':
      case 'fullmatch':
        return matchJson(program, regexMatch(program, subject, pos, endpos, c.op));
      case 'finditer': {
        const scanner = createScanner(program, subject, pos, endpos);
        const out: unknown[] = [];
        for (;;) {
          const m = scannerNext(scanner);
          if (m === null) break;
          out.push(matchJson(program, m));
        }
        return out;
      }
      case 'findall':
        return encode(regexFindall(program, subject, pos, endpos));
      case 'split':
        return encode(regexSplit(program, subject, num(c.a[0], 0)));
      case 'sub':
      case 'subn': {
        const template = parseTemplate(decode(c.a[0]!), program);
        const [text, count] = regexSubTemplate(program, subject, template, num(c.a[1], 0));
        const value = typeof subject.text === 'string' ? text : { b: text };
        return c.op === 'sub' ? value : [value, count];
      }
      case 'expand': {
        const m = regexSearch(program, subject, 0, MAX);
        if (m === null) return null;
        const template = parseTemplate(decode(c.a[0]!), program);
        return expandTemplate(template, (g) => {
          const text = groupText(subject, m, g);
          return text === null ? null : typeof text === 'string' ? text : latin1Text(text);
        });
      }
      default:
        throw new Error(`unknown op ${c.op}`);
    }
  } catch (err) {
    if (err instanceof RegexError) return { error: 'error', msg: err.message, pos: err.pos };
    if (err instanceof PythonError) return { error: err.typeName, msg: err.message, pos: null };
    throw err;
  }
}

/** Slices a subject for display in failure messages. */
export function describe(c: GoldenCase): string {
  return `${c.op} ${JSON.stringify(c.p)} flags=${c.f} subject=${JSON.stringify(c.s)} args=${JSON.stringify(c.a)}`;
}

export { sliceSubject };
