// Rewrites test/conformance/expected-failures.txt from a run of the conformance harness: failing
// cases are listed (keeping the reason already written for them), passing cases are dropped.
// Usage: node scripts/update-expected-failures.mjs [--results FILE]  (without --results it runs
// `npx vitest run test/conformance` itself with PYEX_CONFORMANCE_RESULTS set).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const LIST = join(ROOT, 'test', 'conformance', 'expected-failures.txt');
const HEADER = [
  '# Conformance cases Pyex does not pass yet, one per line: `name  # reason`.',
  '# A listed case that starts passing fails the run: remove its line',
  '# (node scripts/update-expected-failures.mjs rewrites this file from a run, keeping reasons).',
];

/** Reads `name  # reason` lines into a Map (comments and blank lines skipped). */
function readList() {
  const listed = new Map();
  if (!existsSync(LIST)) return listed;
  for (const line of readFileSync(LIST, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const hash = trimmed.indexOf('#');
    const name = (hash < 0 ? trimmed : trimmed.slice(0, hash)).trim();
    listed.set(name, hash < 0 ? '' : trimmed.slice(hash + 1).trim());
  }
  return listed;
}

function runHarness() {
  const dir = mkdtempSync(join(tmpdir(), 'pyex-conformance-'));
  const file = join(dir, 'results.json');
  const result = spawnSync('npx', ['vitest', 'run', 'test/conformance'], {
    cwd: ROOT,
    env: { ...process.env, PYEX_CONFORMANCE_RESULTS: file, PYEX_CONFORMANCE_SHOW: '0' },
    stdio: 'ignore',
  });
  if (!existsSync(file)) {
    console.error(`the harness wrote no results (exit status ${result.status})`);
    process.exit(1);
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return results;
}

const index = process.argv.indexOf('--results');
const results =
  index >= 0 ? JSON.parse(readFileSync(process.argv[index + 1], 'utf8')) : runHarness();
const previous = readList();
const lines = [];
let added = 0;
let removed = 0;
for (const name of Object.keys(results).sort()) {
  const { passed, difference } = results[name];
  if (passed) {
    if (previous.has(name)) removed++;
    continue;
  }
  const reason = previous.get(name) || difference;
  if (!previous.has(name)) added++;
  lines.push(`${name}  # ${reason}`);
}
writeFileSync(LIST, `${[...HEADER, ...lines].join('\n')}\n`);
console.log(`${lines.length} expected failures (${added} added, ${removed} removed)`);
