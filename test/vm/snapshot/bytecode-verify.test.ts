// The bytecode verifier accepts everything the compiler makes: every code object compiled from the
// conformance cases and the benchmark programs (in 'exec' and 'single' mode) verifies, so restoring a
// real snapshot never fails on its bytecode.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { compile } from '../../../src/compiler/compile.js';
import { codeFor, PyCode } from '../../../src/objects/code.js';
import { parse } from '../../../src/parser/parser.js';
import { verifyBytecode } from '../../../src/vm/snapshot/bytecode-verify.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sources(): [string, string][] {
  const found: [string, string][] = [];
  for (const dir of ['test/conformance/cases', 'bench/programs']) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      if (name.endsWith('.py')) found.push([name, readFileSync(join(ROOT, dir, name), 'utf8')]);
    }
  }
  return found;
}

function verifyAll(code: PyCode, failures: string[], file: string): number {
  let count = 1;
  try {
    verifyBytecode(code);
  } catch (error) {
    failures.push(`${file}: ${(error as Error).message}`);
  }
  for (const constant of code.consts) {
    if (constant instanceof PyCode) count += verifyAll(constant, failures, file);
  }
  return count;
}

test('every code object the compiler makes from the conformance cases verifies', () => {
  const failures: string[] = [];
  let verified = 0;
  for (const [name, source] of sources()) {
    for (const mode of ['exec', 'single'] as const) {
      let code: PyCode;
      try {
        code = codeFor(compile(parse(source, name), name, mode));
      } catch {
        continue; // cases that test syntax errors
      }
      verified += verifyAll(code, failures, name);
    }
  }
  expect(failures.slice(0, 20)).toEqual([]);
  expect(verified).toBeGreaterThan(5000);
}, 120_000);
