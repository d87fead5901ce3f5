// Fuzz: thousands of seeded mutations of real snapshots (helpers/fuzz-child.ts, bundled and run in its
// own `node` process so a hang can be caught): each must give a SnapshotError or a run that ends or
// pauses normally — never another exception, an internal error, or a case that stalls (watchdog per
// case).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { afterAll, expect, test } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pyex-snapshot-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SEED = Number(process.env.PYEX_SNAPSHOT_FUZZ_SEED ?? '20240611');
const CASES = Number(process.env.PYEX_SNAPSHOT_FUZZ_CASES ?? '3000');
/** A case taking longer than this is a hang. */
const CASE_TIMEOUT_MS = 5000;
/**
 * The child's set-up before its first case (loading the bundle, running and snapshotting the base
 * programs: ~0.6 s idle) gets longer, so a busy machine running other test files is not a hang.
 */
const SETUP_TIMEOUT_MS = 60_000;

interface ChildReport {
  lastCase: number;
  crashes: string[];
  tally: Record<string, number> | null;
  stalled: boolean;
}

function runChild(bundle: string): Promise<ChildReport> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, String(SEED), String(CASES)]);
    const report: ChildReport = { lastCase: -1, crashes: [], tally: null, stalled: false };
    let pending = '';
    let watchdog = setTimeout(stall, SETUP_TIMEOUT_MS);
    function stall(): void {
      report.stalled = true;
      child.kill('SIGKILL');
    }
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('case ')) {
          report.lastCase = Number(line.slice(5));
          clearTimeout(watchdog);
          watchdog = setTimeout(stall, CASE_TIMEOUT_MS);
        } else if (line.startsWith('CRASH ')) report.crashes.push(line);
        else if (line.startsWith('TALLY ')) report.tally = JSON.parse(line.slice(6));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => report.crashes.push(`stderr: ${chunk}`));
    child.on('close', () => {
      clearTimeout(watchdog);
      resolve(report);
    });
  });
}

test(`${CASES} mutated snapshots: clear errors or normal runs, no crash, no hang`, async () => {
  const bundle = join(work, 'fuzz-child.mjs');
  await build({
    input: join(HERE, 'helpers', 'fuzz-child.ts'),
    output: { file: bundle, format: 'esm' },
    platform: 'node',
    logLevel: 'silent',
  });
  const report = await runChild(bundle);
  // On a stall, the last case started (-1: still in set-up) says where to look.
  const stalledAt = report.stalled ? report.lastCase : null;
  expect({ stalledAt, crashes: report.crashes }).toEqual({ stalledAt: null, crashes: [] });
  expect(report.lastCase).toBe(CASES - 1);
  const tally = report.tally ?? {};
  const total = Object.values(tally).reduce((sum, value) => sum + value, 0);
  expect(total).toBe(CASES);
  // An internal error (exit 70) is a Pyex bug: restore must reject every state the VM cannot run.
  expect(tally['restored, internal error'] ?? 0).toBe(0);
  // The mutations reach every layer: the checksum, the decoder, the validator, and running code.
  expect(tally['invalid snapshot: checksum mismatch']).toBeGreaterThan(0);
  expect(tally['truncated snapshot']).toBeGreaterThan(0);
  expect(
    (tally['restored, finished'] ?? 0) + (tally['restored, still running'] ?? 0),
  ).toBeGreaterThan(0);
}, 240_000);
