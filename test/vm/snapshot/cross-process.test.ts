// A snapshot taken here is restored in a fresh `node` process (the child script is bundled with
// rolldown, already installed as Vite's bundler), which runs one slice and snapshots again; this process
// restores that and finishes. The output must be what python3 prints (recorded in EXPECTED).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { afterAll, expect, test } from 'vitest';
import { type RunState, restore, start } from '../../../src/api/pausable-run.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pyex-snapshot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PROGRAM = `
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []
    def deposit(self, amount):
        self.history.append(amount)
        return sum(self.history)

def squares():
    n = 0
    while True:
        yield n * n
        n += 1

accounts = {name: Account(name) for name in ['ann', 'bob']}
gen = squares()
for step in range(600):
    account = accounts['ann' if step % 3 else 'bob']
    balance = account.deposit(next(gen) % 97)
    if step % 100 == 0:
        print(step, account.owner, balance)
print(len(accounts['ann'].history), len(accounts['bob'].history), next(gen))
`;

const EXPECTED = `0 bob 0
100 ann 3168
200 ann 6228
300 bob 4782
400 ann 12712
500 ann 15789
400 200 360000
`;

test('a snapshot restores in another node process and comes back', async () => {
  const bundle = join(work, 'restore-child.mjs');
  await build({
    input: join(HERE, 'helpers', 'restore-child.ts'),
    output: { file: bundle, format: 'esm' },
    platform: 'node',
    logLevel: 'silent',
  });

  const uninterrupted = start(PROGRAM);
  expect(uninterrupted.stdout).toBe(EXPECTED);

  const first = start(PROGRAM, { pauseAfter: 400 });
  if (first.status !== 'paused') throw new Error('expected a pause');
  const there = join(work, 'first.snapshot');
  const back = join(work, 'second.snapshot');
  writeFileSync(there, first.snapshot());

  const child = spawnSync(process.execPath, [bundle, there, back], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  const seen = JSON.parse(child.stdout) as { status: string; stdout: string; snapshot: boolean };
  expect([seen.status, seen.snapshot]).toEqual(['paused', true]);

  let state: RunState = restore(new Uint8Array(readFileSync(back))).resume();
  let rest = state.stdout;
  while (state.status === 'paused') {
    state = state.resume();
    rest += state.stdout;
  }
  expect(first.stdout + seen.stdout + rest).toBe(EXPECTED);
  if (state.status !== 'done') throw new Error('stopped at a host call');
  expect([state.exitCode, state.stderr]).toEqual([0, '']);
});
