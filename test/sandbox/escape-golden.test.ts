// Escape attempts whose every step CPython can replay: JS property names (constructor, __proto__,
// prototype, toString, …) on every kind of object and in every namespace, and the introspection
// walks (__class__, __subclasses__, __globals__, __builtins__, frames, str.format). Each must end
// exactly as in python3 (escape/golden/escape.json, recorded by escape/record-golden.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/api/run.js';

const dir = join(import.meta.dirname, 'escape');
const golden = JSON.parse(readFileSync(join(dir, 'golden', 'escape.json'), 'utf8')) as Record<
  string,
  { output: string; exitCode: number }
>;

/** Runs a case as main.py with the default capabilities; stdout and stderr in one transcript. */
function runCase(source: string): { output: string; exitCode: number } {
  let output = '';
  const result = run(source, {
    filename: 'main.py',
    stdout: (text) => {
      output += text;
    },
    stderr: (text) => {
      output += text;
    },
  });
  return { output, exitCode: result.exitCode };
}

describe('escape attempts end as in CPython', () => {
  for (const [name, expected] of Object.entries(golden)) {
    it(name, () => {
      expect(runCase(readFileSync(join(dir, name), 'utf8'))).toEqual(expected);
    });
  }
});
