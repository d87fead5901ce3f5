// A run paused at an external host call is snapshotted here, restored in a fresh `node` process
// (fixtures/host-call-child.ts, bundled with rolldown) that answers the call and snapshots at the next
// one, and finished here. The output must equal an uninterrupted run and what python3 prints.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { afterAll, expect, test } from 'vitest';
import type { HostFunctionOptions } from '../../src/api/host-functions.js';
import { type RunState, restore, start } from '../../src/api/pausable-run.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pyex-host-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PROGRAM = `import tools

cache = {}

def load(url):
    if url not in cache:
        cache[url] = fetch(url, retries=2)
    return cache[url]

class Report:
    def __init__(self):
        self.lines = []

    def add(self, text):
        self.lines.append(text.upper())

report = Report()
for url in ['a', 'b', 'a', 'c']:
    body = load(url)
    report.add(f'{url}={body}')
    print('loaded', url, len(body), sorted(cache))
print(tools.score(report.lines))
print('\\n'.join(report.lines))
`;

// python3 output of PROGRAM with `fetch` returning f'body-{url}-{retries}' and `tools.score`
// summing the line lengths (defined in a prelude, as the host functions here do).
const EXPECTED = `loaded a 8 ['a']
loaded b 8 ['a', 'b']
loaded a 8 ['a', 'b']
loaded c 8 ['a', 'b', 'c']
40
A=BODY-A-2
B=BODY-B-2
A=BODY-A-2
C=BODY-C-2
`;

const HOST: HostFunctionOptions = {
  externalFunctions: ['fetch'],
  modules: { tools: { score: ([lines]) => (lines as string[]).reduce((n, s) => n + s.length, 0) } },
};

function answer(state: RunState & { status: 'call' }): RunState {
  return state.resume(`body-${String(state.args[0])}-${String(state.kwargs.retries)}`);
}

test('an uninterrupted run answering host calls prints what python3 prints', () => {
  let state = start(PROGRAM, HOST);
  let stdout = state.stdout;
  while (state.status === 'call') {
    state = answer(state);
    stdout += state.stdout;
  }
  expect([state.status, stdout]).toEqual(['done', EXPECTED]);
});

test('a run paused at a host call resumes in another node process and comes back', async () => {
  const bundle = join(work, 'host-call-child.mjs');
  await build({
    input: join(HERE, 'fixtures', 'host-call-child.ts'),
    output: { file: bundle, format: 'esm' },
    platform: 'node',
    logLevel: 'silent',
  });
  const first = start(PROGRAM, HOST);
  if (first.status !== 'call') throw new Error('expected a host call');
  expect([first.name, first.args, { ...first.kwargs }]).toEqual(['fetch', ['a'], { retries: 2 }]);
  const there = join(work, 'at-first-call.snapshot');
  const back = join(work, 'at-second-call.snapshot');
  writeFileSync(there, first.snapshot());

  const child = spawnSync(process.execPath, [bundle, there, back], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(JSON.parse(child.stdout)).toEqual({
    answered: { name: 'fetch', args: ['a'], kwargs: { retries: 2 } },
    status: 'call',
    stdout: "loaded a 8 ['a']\n",
    stderr: '',
    next: { name: 'fetch', args: ['b'] },
  });
  const seen = JSON.parse(child.stdout) as { stdout: string };

  let state: RunState = restore(new Uint8Array(readFileSync(back)), HOST);
  let rest = '';
  while (state.status !== 'done') {
    state = state.status === 'call' ? answer(state) : state.resume();
    rest += state.stdout;
  }
  expect(first.stdout + seen.stdout + rest).toBe(EXPECTED);
  expect([state.exitCode, state.stderr]).toEqual([0, '']);
});
