// Iteration over successive matches with sre's 3.7+ empty-match rules (scanner, findall, split,
// sub/subn with a template), on top of re-engine.ts. Python callables are the module's business.

import { latin1Text } from '../../objects/codec-single-byte.js';
import type { RegexProgram } from './re-compiler.js';
import {
  clampIndex,
  type RegexMatchResult,
  type RegexSubject,
  regexSearch,
  sliceSubject,
} from './re-engine.js';
import type { RegexLimits } from './re-state.js';
import { expandTemplate, type RegexTemplate, templateLiteral } from './re-template.js';

/** Position of an iteration over matches (finditer's scanner); plain data. */
export interface RegexScanner {
  readonly program: RegexProgram;
  readonly subject: RegexSubject;
  /** End bound (endpos, clamped). */
  readonly end: number;
  /** Where the next search starts. */
  start: number;
  /** The last match was empty, so the next may not be empty at `start`. */
  mustAdvance: boolean;
  /** No more matches. */
  done: boolean;
}

/** Starts an iteration over `subject[pos:endpos]`. */
export function createScanner(
  program: RegexProgram,
  subject: RegexSubject,
  pos = 0,
  endpos = Number.MAX_SAFE_INTEGER,
): RegexScanner {
  const length = subject.chars.length;
  const start = clampIndex(length, pos);
  const end = clampIndex(length, endpos);
  return { program, subject, end, start, mustAdvance: false, done: false };
}

/** The next match of the iteration (scanner.search), or null when there are no more. */
export function scannerNext(
  scanner: RegexScanner,
  limits: RegexLimits = {},
): RegexMatchResult | null {
  if (scanner.done) return null;
  if (scanner.start > scanner.end) {
    scanner.done = true;
    return null;
  }
  const found = regexSearch(
    scanner.program,
    scanner.subject,
    scanner.start,
    scanner.end,
    limits,
    scanner.mustAdvance,
  );
  if (found === null) {
    scanner.done = true;
    return null;
  }
  const matchStart = found.regs[0]!;
  const matchEnd = found.regs[1]!;
  scanner.mustAdvance = matchEnd === matchStart;
  scanner.start = matchEnd;
  return found;
}

/** The text of group `index` of a match, or null when it did not take part. */
export function groupText(
  subject: RegexSubject,
  match: RegexMatchResult,
  index: number,
): string | Uint8Array | null {
  const start = match.regs[index * 2]!;
  if (start < 0) return null;
  return sliceSubject(subject, start, match.regs[index * 2 + 1]!);
}

/** One findall item: the whole match, the single group, or a tuple of groups ('' if unmatched). */
export type FindallItem = string | Uint8Array | (string | Uint8Array)[];

/** `Pattern.findall(string, pos, endpos)`. */
export function regexFindall(
  program: RegexProgram,
  subject: RegexSubject,
  pos = 0,
  endpos = Number.MAX_SAFE_INTEGER,
  limits: RegexLimits = {},
): FindallItem[] {
  const scanner = createScanner(program, subject, pos, endpos);
  const empty = subject.text instanceof Uint8Array ? new Uint8Array(0) : '';
  const out: FindallItem[] = [];
  for (;;) {
    const match = scannerNext(scanner, limits);
    if (match === null) break;
    if (program.groups === 0) {
      out.push(groupText(subject, match, 0)!);
    } else if (program.groups === 1) {
      out.push(groupText(subject, match, 1) ?? empty);
    } else {
      const tuple: (string | Uint8Array)[] = [];
      for (let g = 1; g <= program.groups; g++) tuple.push(groupText(subject, match, g) ?? empty);
      out.push(tuple);
    }
  }
  return out;
}

/** `Pattern.split(string, maxsplit)`: pieces and captured groups (null for unmatched groups). */
export function regexSplit(
  program: RegexProgram,
  subject: RegexSubject,
  maxsplit = 0,
  limits: RegexLimits = {},
): (string | Uint8Array | null)[] {
  const scanner = createScanner(program, subject);
  const out: (string | Uint8Array | null)[] = [];
  let last = 0;
  let count = 0;
  while (maxsplit === 0 || count < maxsplit) {
    const match = scannerNext(scanner, limits);
    if (match === null) break;
    out.push(sliceSubject(subject, last, match.regs[0]!));
    for (let g = 1; g <= program.groups; g++) out.push(groupText(subject, match, g));
    count++;
    last = match.regs[1]!;
  }
  out.push(sliceSubject(subject, last, subject.chars.length));
  return out;
}

/**
 * `Pattern.subn(template, string, count)` for a parsed template: the new text and the number of
 * replacements. For bytes subjects the text is latin-1 (one char per byte).
 */
export function regexSubTemplate(
  program: RegexProgram,
  subject: RegexSubject,
  template: RegexTemplate,
  count = 0,
  limits: RegexLimits = {},
): [string, number] {
  const scanner = createScanner(program, subject);
  const pieces: string[] = [];
  const text = (value: string | Uint8Array | null): string =>
    value === null ? '' : typeof value === 'string' ? value : latin1Text(value);
  let last = 0;
  let replaced = 0;
  const literal = templateLiteral(template);
  let current: RegexMatchResult | null = null;
  const group = (g: number): string => text(groupText(subject, current!, g));
  while (count === 0 || replaced < count) {
    const match = scannerNext(scanner, limits);
    if (match === null) break;
    const start = match.regs[0]!;
    if (last < start) pieces.push(text(sliceSubject(subject, last, start)));
    if (literal !== null) {
      if (literal !== '') pieces.push(literal);
    } else {
      current = match;
      pieces.push(expandTemplate(template, group));
    }
    last = match.regs[1]!;
    replaced++;
  }
  if (last < subject.chars.length)
    pieces.push(text(sliceSubject(subject, last, subject.chars.length)));
  return [pieces.join(''), replaced];
}
