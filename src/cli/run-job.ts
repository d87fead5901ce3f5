// The body of `pyex run`'s worker: runs one job (a program with its flags) and reports its output in
// batches and its exit status last. run-worker.ts loads this module (bundled as dist/bin/run-job.cjs,
// through V8's code cache) and calls `runJob`; a worker gets a large JS stack, so Python code that
// re-enters the VM through native callbacks (recursive __eq__, key functions) can nest as deeply as
// CPython allows.

import type { MessagePort } from 'node:worker_threads';
import { run } from '../api/run.js';
import { applyCapabilityFlags } from './capability-flags.js';
import type { LimitFlags } from './limit-flags.js';
import { limitsFromFlags } from './limit-options.js';
import { NodeFileSource } from './node-file-source.js';

/** What the parent sends to the worker. */
export interface RunJob {
  readonly source: string;
  readonly filename: string;
  readonly argv: readonly string[];
  readonly path: readonly string[];
  readonly stdin: string;
  /** The sandbox flags (`--allow-read DIR`, `--env K=V`, …) given before FILE or -c. */
  readonly capabilityFlags?: readonly string[];
  /** The limit flags (`--timeout`, `--max-memory`, …). */
  readonly limits: LimitFlags;
}

/** Messages from the worker: `started` when the program begins, output chunks, the exit status. */
export type RunMessage =
  | { readonly kind: 'stdout'; readonly text: string }
  | { readonly kind: 'stderr'; readonly text: string }
  | { readonly kind: 'started' }
  | { readonly kind: 'exit'; readonly code: number };

/** Runs `job`, posting RunMessages to `port` (the exit status last). Does not end the worker. */
export function runJob(port: MessagePort, job: RunJob): void {
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    port.postMessage({ kind: 'stdout', text: pending.join('') } satisfies RunMessage);
    pending = [];
    size = 0;
  };
  const sandbox = applyCapabilityFlags(
    job.capabilityFlags ?? [],
    (text) => port.postMessage({ kind: 'stderr', text } satisfies RunMessage),
    process.env,
    process.cwd(),
  );
  port.postMessage({ kind: 'started' } satisfies RunMessage);
  const result = run(job.source, {
    filename: job.filename,
    argv: job.argv,
    path: job.path,
    files: new NodeFileSource(job.path),
    stdin: job.stdin,
    limits: limitsFromFlags(job.limits),
    // The CLI does not print stats.peakMemory: no heap walk when the program ends.
    measurePeakMemory: false,
    ...(sandbox !== null ? { capabilities: sandbox.capabilities } : {}),
    ...(sandbox?.seed != null ? { seed: sandbox.seed } : {}),
    captureOutput: false,
    stdout: (text) => {
      pending.push(text);
      size += text.length;
      if (size > 1 << 16) flush();
    },
    stderr: (text) => {
      flush();
      port.postMessage({ kind: 'stderr', text } satisfies RunMessage);
    },
  });
  flush();
  sandbox?.finish();
  port.postMessage({ kind: 'exit', code: result.exitCode } satisfies RunMessage);
}
