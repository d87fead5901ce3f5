// Compares the regex engine with CPython 3.11 on every recorded golden case (whole values).

import { readFileSync } from 'node:fs';
import { expect, it, describe as suite } from 'vitest';
import { lookupUnicodeName } from '../../../src/parser/unicode-names.js';
import { describe, type GoldenCase, runCase } from './golden-harness.js';

function load(name: string): GoldenCase[] {
  const url = new URL(`./golden/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as GoldenCase[];
}

function mismatches(cases: GoldenCase[]): string[] {
  const out: string[] = [];
  for (const c of cases) {
    let actual: unknown;
    try {
      actual = runCase(c, lookupUnicodeName);
    } catch (err) {
      actual = { crash: String(err) };
    }
    if (JSON.stringify(actual) !== JSON.stringify(c.r)) {
      out.push(
        `${describe(c)}\n  expected ${JSON.stringify(c.r)}\n  actual   ${JSON.stringify(actual)}`,
      );
    }
  }
  return out;
}

suite('re engine matches CPython 3.11 goldens', () => {
  for (const file of [
    'constructs.json',
    'errors.json',
    'random.json',
    'random-nasty.json',
    'random-bytes.json',
  ]) {
    it(`agrees on every case of ${file}`, () => {
      const cases = load(file);
      expect(cases.length).toBeGreaterThan(100);
      expect(mismatches(cases).slice(0, 15)).toEqual([]);
    });
  }
});
