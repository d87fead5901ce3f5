// Runs the `re` module programs of module-cases/cases.py under Pyex and compares their whole stdout
// with CPython 3.11's recording (golden/module.json, made by scripts/record-re-goldens.py).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/api/run.js';

interface ModuleCase {
  name: string;
  source: string;
  stdout: string;
}

const cases = JSON.parse(
  readFileSync(new URL('./golden/module.json', import.meta.url), 'utf8'),
) as ModuleCase[];

describe('re module programs print what CPython prints', () => {
  for (const c of cases) {
    it(c.name, () => {
      let stdout = '';
      let stderr = '';
      run(c.source, {
        filename: `${c.name}.py`,
        instructionBudget: 50_000_000,
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
      });
      expect({ stdout, stderr }).toEqual({ stdout: c.stdout, stderr: '' });
    });
  }
});
