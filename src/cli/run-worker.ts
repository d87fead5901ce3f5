// The worker thread of `pyex run`: loads the interpreter and runs the job the parent sent (run-job.ts).
// Bundled (dist/bin), the interpreter is the CommonJS file run-job.cjs, compiled through the V8 code
// cache the build recorded next to it (code-cache.ts); unbundled (dist/cli) it is imported as the ES
// module it is.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { type CachedBundle, loadCachedBundle } from './code-cache.js';
import type { RunJob, runJob as runJobFunction } from './run-job.js';

/** The bundled interpreter, next to this file in dist/bin. */
const RUN_JOB_BUNDLE = 'run-job.cjs';
/** Its code cache, written by the build. */
const RUN_JOB_CODE_CACHE = 'run-job.code-cache';

/** What the parent sends: the job, and (from the build's training run only) where to write the cache. */
interface RunWorkerData extends RunJob {
  readonly writeCodeCache?: string;
}

if (parentPort !== null) {
  const data = workerData as RunWorkerData;
  const bundlePath = fileURLToPath(new URL(`./${RUN_JOB_BUNDLE}`, import.meta.url));
  let bundle: CachedBundle | null = null;
  let runJob: typeof runJobFunction;
  if (existsSync(bundlePath)) {
    const cachePath = fileURLToPath(new URL(`./${RUN_JOB_CODE_CACHE}`, import.meta.url));
    bundle = loadCachedBundle(bundlePath, cachePath, data.writeCodeCache === undefined);
    runJob = bundle.exports.runJob as typeof runJobFunction;
  } else {
    const module: typeof import('./run-job.js') = await import(
      new URL('./run-job.js', import.meta.url).href
    );
    runJob = module.runJob;
  }
  runJob(parentPort, data);
  if (data.writeCodeCache !== undefined) bundle?.writeCache(data.writeCodeCache);
  // Leave at once: ending the script would first wait for the JIT's queued background compiles
  // (tens of ms after a short, busy program), which nothing needs any more. The messages posted
  // above are already in the parent's queue and are delivered before the worker's 'exit' event.
  process.exit(0);
}
