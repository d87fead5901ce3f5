// Seeded fuzzing of the tokenizer and parser: random mutations of the golden snippets, random
// text, and pathological nesting must each give a Module or a PySyntaxError (never another
// exception, hang or stack overflow) within a time bound. FUZZ_COUNT sets the number of mutated
// inputs (default 3000); FUZZ_SEED the seed.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/parser.js';
import { PySyntaxError } from '../../src/parser/syntax-errors.js';
import { tokenize } from '../../src/parser/tokenizer.js';

const COUNT = Number(process.env.FUZZ_COUNT ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
/** Per step; the 100k-character pathological inputs get more (they are 50 times longer). */
const TIME_LIMIT_MS = 200;
const PATHOLOGICAL_TIME_LIMIT_MS = 500;
const GOLDEN = join(import.meta.dirname, 'golden');

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): string[] {
  const sources: string[] = [];
  for (const dir of ['tokens', 'tokens/fstrings-split']) {
    for (const name of readdirSync(join(GOLDEN, dir))) {
      if (name.endsWith('.py')) sources.push(readFileSync(join(GOLDEN, dir, name), 'latin1'));
    }
  }
  const cases = JSON.parse(readFileSync(join(GOLDEN, 'syntax-errors/cases.json'), 'utf8')) as {
    source: string;
  }[];
  for (const { source } of cases) sources.push(source);
  return sources;
}

const CHARACTERS = [
  ...'()[]{}:;,.=+-*/%@&|^~<>!\'"#\\\n\r\t\f _0123456789abcdefxjEoOnN',
  'é',
  '€',
  '\u00a0',
  '😀',
  '\0',
  '\u200b',
];
const FRAGMENTS = [
  'if ',
  'else',
  'elif ',
  'def ',
  'class ',
  'lambda',
  'yield',
  'await ',
  'async ',
  'match ',
  'case ',
  'for ',
  ' in ',
  'not ',
  'return',
  ':=',
  '->',
  '**',
  '...',
  "f'",
  'rb"',
  '"""',
  "'''",
  "f'{",
  '{x!r:>{w}}',
  '\\\n',
  '\n    ',
  '\n\t',
  '0x',
  '1e',
  '1_',
  '0o8',
  '#',
  '@',
  '*',
  '(',
  ')',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** One to three random edits: delete, insert, swap, duplicate, or splice another source in. */
function mutate(random: () => number, source: string, sources: readonly string[]): string {
  let text = source;
  const edits = 1 + Math.floor(random() * 3);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * (text.length + 1));
    const length = Math.floor(random() * 8);
    switch (Math.floor(random() * 6)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + length);
        break;
      case 1:
        text = text.slice(0, at) + pick(random, CHARACTERS) + text.slice(at);
        break;
      case 2:
        text = text.slice(0, at) + pick(random, FRAGMENTS) + text.slice(at);
        break;
      case 3: {
        const other = Math.floor(random() * (text.length + 1));
        const [first, second] = at < other ? [at, other] : [other, at];
        text =
          text.slice(0, first) +
          text.slice(second, second + 1) +
          text.slice(first + 1, second) +
          text.slice(first, first + 1) +
          text.slice(second + 1);
        break;
      }
      case 4:
        text = text.slice(0, at) + text.slice(at, at + length * 4) + text.slice(at);
        break;
      default: {
        const other = pick(random, sources);
        const from = Math.floor(random() * (other.length + 1));
        text = text.slice(0, at) + other.slice(from, from + 20 + length * 10) + text.slice(at);
      }
    }
  }
  return text;
}

function randomText(random: () => number): string {
  let text = '';
  const length = Math.floor(random() * 80);
  for (let index = 0; index < length; index++) {
    text += random() < 0.3 ? pick(random, FRAGMENTS) : pick(random, CHARACTERS);
  }
  return text;
}

/** Pathological inputs: deep nesting of every kind, long runs, many lines. */
function pathological(): string[] {
  const deep = 100_000;
  return [
    '('.repeat(deep),
    `${'('.repeat(deep)}${')'.repeat(deep)}`,
    `${'['.repeat(deep)}${']'.repeat(deep)}`,
    `x = ${'('.repeat(199)}1${')'.repeat(199)}`,
    `x = ${'-'.repeat(deep)}1`,
    `x = ${'not '.repeat(deep / 10)}1`,
    `x = 1${' + 1'.repeat(deep / 10)}`,
    `x = ${'a.'.repeat(deep / 10)}b`,
    `x = a${'[0]'.repeat(deep / 10)}`,
    `x = f${'()'.repeat(deep / 10)}`,
    `x = ${'lambda: '.repeat(deep / 10)}1`,
    `x = ${'[x for x in '.repeat(1000)}y${']'.repeat(1000)}`,
    `x = ${"f'{".repeat(200)}1${"}'".repeat(200)}`,
    `x = ${'f"{'.repeat(3)}1${'}"'.repeat(3)}`,
    Array.from({ length: 1000 }, (_, depth) => `${' '.repeat(depth)}if x:`).join('\n'),
    Array.from({ length: 150 }, (_, depth) => `${'\t'.repeat(depth)}if x:`).join('\n'),
    '\\\n'.repeat(deep / 10),
    '"'.repeat(deep),
    "'''".repeat(deep / 10),
    `x = '${'\\'.repeat(deep)}'`,
    '#'.repeat(deep),
    '\n'.repeat(deep),
    'x = 1\n'.repeat(deep / 10),
    `x = ${'1'.repeat(deep)}`,
    `x = ${'a'.repeat(deep)}`,
    `x = ${'é'.repeat(deep)}`,
    `x = 0x${'_f'.repeat(deep / 10)}`,
    `x = {${'1: {'.repeat(190)}${'}'.repeat(190)}}`,
    `${'@d\n'.repeat(1000)}def f(): pass`,
    `x = ${'*'.repeat(deep)}a`,
    `match x:\n    case ${'['.repeat(190)}${']'.repeat(190)}: pass`,
    `def f(${'a, '.repeat(deep / 10)}): pass`,
  ];
}

/** Runs `run` and describes what escaped it: nothing, or an exception that is not a syntax error. */
function escaped(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof PySyntaxError) return null;
    return String(error instanceof Error ? (error.stack ?? error.message) : error);
  }
}

/** Runs one step on the input: it must end in time with a result or a PySyntaxError. */
function checkStep(run: () => unknown, limit: number): string | null {
  for (let attempt = 0; ; attempt++) {
    const start = performance.now();
    const failure = escaped(run);
    if (failure !== null) return failure;
    const elapsed = performance.now() - start;
    if (elapsed <= limit) return null;
    // A loaded machine can stall a run; a slow input is slow every time.
    if (attempt === 2) return `took ${elapsed.toFixed(0)} ms`;
  }
}

/** Checks one input: the parser, and the tokenizer's tokenize-module views (3.11 and 3.12). */
function check(source: string, limit = TIME_LIMIT_MS): string | null {
  return (
    checkStep(() => parse(source), limit) ??
    checkStep(() => tokenize(source, { view: 'tokenize-module' }), limit) ??
    checkStep(() => tokenize(source, { view: 'tokenize-module', fstrings: 'split' }), limit)
  );
}

describe('fuzzing the tokenizer and parser', () => {
  const sources = corpus();

  it('survives pathological nesting and long runs', () => {
    const failures = pathological()
      .map((source) => [source.slice(0, 40), check(source, PATHOLOGICAL_TIME_LIMIT_MS)] as const)
      .filter(([, failure]) => failure !== null);
    expect(failures).toEqual([]);
  });

  it(`survives ${COUNT} mutated and random sources (seed ${SEED})`, () => {
    const random = randomGenerator(SEED);
    const failures: [string, string][] = [];
    for (let index = 0; index < COUNT && failures.length < 5; index++) {
      const source =
        random() < 0.1 ? randomText(random) : mutate(random, pick(random, sources), sources);
      const failure = check(source);
      if (failure !== null) failures.push([source, failure]);
    }
    expect(failures).toEqual([]);
  });
});
