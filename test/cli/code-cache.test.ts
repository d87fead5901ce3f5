// The CLI's code cache (src/cli/code-cache.ts): a bundle loads with and without a cache, V8 takes a
// cache made for the same source and rejects one made for another (the bundle still runs), and the
// cache `npm run build` records for dist/bin/run-job.cjs is taken by a worker started as
// `pyex run` starts it (`npm run build` first, as for the other CLI tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCachedBundle } from '../../src/cli/code-cache.js';

const bin = join(import.meta.dirname, '..', '..', 'dist', 'bin');
const codeCacheModule = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'code-cache.js');

function bundleFile(source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pyex-code-cache-')), 'bundle.cjs');
  writeFileSync(file, source);
  return file;
}

const BUNDLE = [
  'function answer() { return 6 * 7; }',
  'exports.answer = answer;',
  'exports.strict = (function () { return this === undefined; })();',
  'exports.viaRequire = require("node:path").basename(__filename);',
].join('\n');

describe('loadCachedBundle', () => {
  it('evaluates a CommonJS bundle in strict mode without a cache', () => {
    const file = bundleFile(BUNDLE);
    const bundle = loadCachedBundle(file, `${file}.cache`, true);
    expect(bundle.cacheRejected).toBe(null);
    expect((bundle.exports.answer as () => number)()).toBe(42);
    expect(bundle.exports.strict).toBe(true);
    expect(bundle.exports.viaRequire).toBe('bundle.cjs');
  });

  it('takes the cache it wrote for the same source', () => {
    const file = bundleFile(BUNDLE);
    const cache = `${file}.cache`;
    const first = loadCachedBundle(file, cache, false);
    (first.exports.answer as () => number)();
    first.writeCache(cache);
    const second = loadCachedBundle(file, cache, true);
    expect(second.cacheRejected).toBe(false);
    expect((second.exports.answer as () => number)()).toBe(42);
  });

  it('rejects a cache made for other source and still runs the bundle', () => {
    const other = bundleFile('exports.answer = () => 1;');
    const cache = `${other}.cache`;
    loadCachedBundle(other, cache, false).writeCache(cache);
    const file = bundleFile(BUNDLE);
    const bundle = loadCachedBundle(file, cache, true);
    expect(bundle.cacheRejected).toBe(true);
    expect((bundle.exports.answer as () => number)()).toBe(42);
  });

  it('rejects a cache file of garbage and still runs the bundle', () => {
    const file = bundleFile(BUNDLE);
    writeFileSync(`${file}.cache`, Buffer.alloc(4096, 0x5a));
    const bundle = loadCachedBundle(file, `${file}.cache`, true);
    expect(bundle.cacheRejected).toBe(true);
    expect((bundle.exports.answer as () => number)()).toBe(42);
  });
});

describe('the built run worker', () => {
  it('takes the code cache the build recorded', () => {
    // A fresh process (vitest's own flags are not the CLI's), loading as run-worker.ts does.
    const script = `
      import { Worker } from 'node:worker_threads';
      const body = ${JSON.stringify(`
        const { loadCachedBundle } = await import(${JSON.stringify(codeCacheModule)});
        const { parentPort } = await import('node:worker_threads');
        const bundle = loadCachedBundle(${JSON.stringify(join(bin, 'run-job.cjs'))},
          ${JSON.stringify(join(bin, 'run-job.code-cache'))}, true);
        parentPort.postMessage([bundle.cacheRejected, typeof bundle.exports.runJob]);
      `)};
      const worker = new Worker(body, {
        eval: true,
        resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 4096 },
      });
      worker.on('message', (message) => console.log(JSON.stringify(message)));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: '[false,"function"]\n',
      stderr: '',
    });
  });
});
