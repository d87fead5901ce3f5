// Bundles the compiled CLI (dist/cli, from `tsc`) into dist/bin, then records the code cache of the
// interpreter the `pyex run` worker loads:
// - dist/bin/pyex.js and its REPL worker, sharing chunks (ES modules). Node then loads a few files
//   instead of ~300 modules, which halves the command's start-up CPU time.
// - dist/bin/run-worker.js, the small worker entry, and dist/bin/run-job.cjs, the interpreter it
//   loads: one CommonJS file, because Node 20 gives a code cache to scripts, not to ES modules.
// - dist/bin/run-job.code-cache: V8's code cache of run-job.cjs after a training run of
//   scripts/code-cache-training.py, so a worker skips parsing the bundle and compiling the
//   functions that run used (src/cli/code-cache.ts).
// The library (dist/index.js) stays unbundled for other bundlers.

import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli');
const out = join(root, 'dist', 'bin');
// A one-byte (ASCII) source without doc comments: V8 keeps it as a Latin-1 string half the size of
// a UTF-16 one, and Node decodes and V8 scans it faster at every start.
const text = { charset: 'ascii', comments: false };

rmSync(out, { recursive: true, force: true });
await build({
  // The workers keep their file names: run-command.ts and repl-command.ts start them by URL
  // ('./run-worker.js' next to the chunk that holds the command), and every chunk lands in `out`.
  input: {
    pyex: join(cli, 'main.js'),
    'run-worker': join(cli, 'run-worker.js'),
    'repl-worker': join(cli, 'repl-worker.js'),
  },
  output: {
    dir: out,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    ...text,
  },
  platform: 'node',
  logLevel: 'warn',
});
await build({
  input: join(cli, 'run-job.js'),
  output: { file: join(out, 'run-job.cjs'), format: 'cjs', codeSplitting: false, ...text },
  platform: 'node',
  logLevel: 'warn',
});

// The training run: the worker as `pyex run` starts it, told to write the cache when done.
const training = join(root, 'scripts', 'code-cache-training.py');
const worker = new Worker(join(out, 'run-worker.js'), {
  workerData: {
    source: readFileSync(training, 'utf8'),
    filename: training,
    argv: [training],
    path: [dirname(training)],
    stdin: '',
    limits: {},
    writeCodeCache: join(out, 'run-job.code-cache'),
  },
  // As run-command.ts starts it (V8 rejects a cache made under other flags).
  resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 4096 },
});
const output = [];
let status = 70;
worker.on('message', (message) => {
  if (message.kind === 'exit') status = message.code;
  else if (message.kind !== 'started') output.push(message.text);
});
await new Promise((resolve, reject) => {
  worker.on('exit', resolve);
  worker.on('error', reject);
});
if (status !== 0) {
  process.stderr.write(output.join(''));
  throw new Error(`the code cache's training run failed (exit status ${status})`);
}
