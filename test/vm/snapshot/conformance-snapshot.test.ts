// Every conformance case (test/conformance/cases) run under pause-every-N + snapshot + restore into a
// fresh interpreter, compared with the same case run uninterrupted by Pyex itself (so cases Pyex still
// fails against CPython are not this test's concern). N values and sampling: see SLICE_SIZES below.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type RunState, restore, start } from '../../../src/api/pausable-run.js';
import { decodeSource } from '../../../src/parser/source-encoding.js';
import type { FileSource } from '../../../src/vm/import-system.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES_DIR = join(HERE, '..', '..', 'conformance', 'cases');
/** The conformance harness's hang guard. */
const INSTRUCTION_BUDGET = 20_000_000;
/**
 * Pause sizes, in charged instructions (backward jumps and calls). Every case runs at each size with
 * a snapshot → restore into a fresh interpreter at every pause; PYEX_SNAPSHOT_SLICES="1,37" overrides.
 */
const SLICE_SIZES = (process.env.PYEX_SNAPSHOT_SLICES ?? '7,100,1000')
  .split(',')
  .map((text) => Number(text.trim()));
/**
 * A run pausing more often than this is finished without further snapshots, which keeps CI time
 * bounded (all cases at three sizes: about 15 s on 2 cores): the first pauses of every case, where
 * most of its state is built, are all snapshotted. PYEX_SNAPSHOT_MAX=100000 snapshots every pause.
 */
const MAX_SNAPSHOTS_PER_RUN = Number(process.env.PYEX_SNAPSHOT_MAX ?? '60');
/** PYEX_SNAPSHOT_SAMPLE=k runs only every k-th case (by sorted name), for slow machines. */
const SAMPLE = Number(process.env.PYEX_SNAPSHOT_SAMPLE ?? '1');
const FILTER = process.env.PYEX_SNAPSHOT_FILTER ?? '';
/** Cases whose outcome legitimately depends on what else ran in the process, with the reason. */
const SKIPPED = new Map<string, string>();

class CaseFileSource implements FileSource {
  readText(path: string): string | null {
    try {
      return decodeSource(readFileSync(path), path).text;
    } catch {
      return null;
    }
  }

  isDirectory(path: string): boolean {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
}

interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
  pauses: number;
}

const files = new CaseFileSource();

function startCase(name: string, pauseAfter: number | undefined): RunState {
  const file = join(CASES_DIR, `${name}.py`);
  const stdinFile = join(CASES_DIR, `${name}.stdin`);
  return start(decodeSource(readFileSync(file), file).text, {
    filename: file,
    argv: [`${name}.py`],
    path: [CASES_DIR],
    files,
    stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
    instructionBudget: INSTRUCTION_BUDGET,
    ...(pauseAfter === undefined ? {} : { pauseAfter }),
  });
}

function runCase(name: string, pauseAfter: number | undefined): Outcome {
  let state = startCase(name, pauseAfter);
  let stdout = state.stdout;
  let stderr = state.stderr;
  let pauses = 0;
  while (state.status === 'paused') {
    pauses++;
    if (pauses <= MAX_SNAPSHOTS_PER_RUN) {
      const bytes = state.snapshot();
      state = restore(bytes, { files }).resume();
    } else {
      state = state.resume(1e15);
    }
    stdout += state.stdout;
    stderr += state.stderr;
  }
  if (state.status !== 'done') throw new Error('stopped at a host call');
  return { stdout, stderr, exitCode: state.exitCode, pauses };
}

const cases = readdirSync(CASES_DIR)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort()
  .filter((name, index) => (FILTER === '' ? index % SAMPLE === 0 : name.includes(FILTER)));

describe('conformance cases paused, snapshotted and restored', () => {
  for (const name of cases) {
    const skipped = SKIPPED.get(name);
    test.skipIf(skipped !== undefined)(name, () => {
      const reference = runCase(name, undefined);
      for (const size of SLICE_SIZES) {
        const sliced = runCase(name, size);
        expect({ ...sliced, pauses: 0, size }).toEqual({ ...reference, pauses: 0, size });
      }
    });
  }
});
