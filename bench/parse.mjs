#!/usr/bin/env node
// Parser speed against CPython: parses every .py file of python3's stdlib (site-packages
// included) with Pyex and with CPython's ast.parse, each timed in-process over sources already
// in memory, and prints MB/s for each and the ratio. Usage: npm run bench:parse [-- DIR]

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Times ast.parse over the same files in one python3 process; prints JSON. */
const CPYTHON_TIMER = String.raw`
import ast, json, sys, time, warnings
warnings.simplefilter('ignore')
sources = []
for path in sys.stdin.read().split('\n'):
    if not path:
        continue
    with open(path, 'rb') as f:
        data = f.read()
    try:
        ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        continue
    sources.append(data)
import gc
gc.disable()
best = None
for _ in range(int(sys.argv[1])):
    start = time.perf_counter()
    for data in sources:
        ast.parse(data)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(json.dumps({'files': len(sources), 'bytes': sum(len(d) for d in sources), 'seconds': best}))
`;

function listPythonFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.py')) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

const rounds = 3;
const dir =
  process.argv[2] ??
  spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
    encoding: 'utf8',
  }).stdout.trim();
spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
const { parse } = await import(join(root, 'dist/parser/parser.js'));
const { decodeSource } = await import(join(root, 'dist/parser/source-encoding.js'));

const paths = listPythonFiles(dir);
const sources = [];
let bytes = 0;
for (const path of paths) {
  const data = readFileSync(path);
  let text;
  try {
    text = decodeSource(new Uint8Array(data), path).text;
    parse(text, path);
  } catch {
    continue;
  }
  sources.push(text);
  bytes += data.length;
}
let best = Infinity;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  for (const text of sources) parse(text);
  best = Math.min(best, (performance.now() - start) / 1000);
}

const cpython = JSON.parse(
  spawnSync('python3', ['-c', CPYTHON_TIMER, String(rounds)], {
    input: paths.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  }).stdout,
);

const mb = (n) => n / (1024 * 1024);
const pyexRate = mb(bytes) / best;
const cpythonRate = mb(cpython.bytes) / cpython.seconds;
process.stdout.write(
  `parse benchmark over ${dir} (best of ${rounds})\n` +
    `  pyex:    ${sources.length} files, ${mb(bytes).toFixed(1)} MB in ${best.toFixed(2)}s = ${pyexRate.toFixed(2)} MB/s\n` +
    `  cpython: ${cpython.files} files, ${mb(cpython.bytes).toFixed(1)} MB in ${cpython.seconds.toFixed(2)}s = ${cpythonRate.toFixed(2)} MB/s\n` +
    `  time ratio pyex/cpython (per MB): ${(cpythonRate / pyexRate).toFixed(2)}\n`,
);
