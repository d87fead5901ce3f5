// The worker thread of `pyex repl`: runs the interactive session (repl-session.ts) with a large JS
// stack, asking the main thread for each line through the blocking line channel. Output and prompts
// go to the main thread as messages, in order; the terminal itself is the main thread's business.

import { parentPort, workerData } from 'node:worker_threads';
import { applyCapabilityFlags } from './capability-flags.js';
import type { LimitFlags } from './limit-flags.js';
import { limitsFromFlags } from './limit-options.js';
import { LineReceiver } from './line-channel.js';
import { NodeFileSource } from './node-file-source.js';
import { INTERRUPTED, type ReplLine, runRepl } from './repl-session.js';

/** What the main thread gives the worker. */
export interface ReplJob {
  readonly lines: SharedArrayBuffer;
  /** The banner's first line, or null for none (`-q`). */
  readonly banner: string | null;
  /** The sandbox flags (`--allow-read DIR`, …). */
  readonly capabilityFlags: readonly string[];
  /** The limit flags (`--timeout`, `--max-memory`, …), applied to each input. */
  readonly limits: LimitFlags;
}

/** Messages from the worker. `read` asks for a line after showing `prompt`; `more` for a chunk. */
export type ReplMessage =
  | { readonly kind: 'stdout'; readonly text: string }
  | { readonly kind: 'stderr'; readonly text: string }
  | { readonly kind: 'read'; readonly prompt: string }
  | { readonly kind: 'more' }
  | { readonly kind: 'exit'; readonly code: number };

if (parentPort !== null) {
  const port = parentPort;
  const job = workerData as ReplJob;
  const post = (message: ReplMessage): void => port.postMessage(message);
  const receiver = new LineReceiver(job.lines);
  const readLine = (prompt: string): ReplLine => {
    receiver.takeInterrupt(); // a Ctrl-C that came after the code finished is not for the next
    const line = receiver.receive(
      () => post({ kind: 'read', prompt }),
      () => post({ kind: 'more' }),
    );
    if (line.kind === 'eof') return null;
    if (line.kind === 'interrupt') return INTERRUPTED;
    return line.text;
  };
  const sandbox = applyCapabilityFlags(
    job.capabilityFlags,
    (text) => post({ kind: 'stderr', text }),
    process.env,
    process.cwd(),
  );
  const code = runRepl({
    readLine,
    stdout: (text) => post({ kind: 'stdout', text }),
    stderr: (text) => post({ kind: 'stderr', text }),
    files: new NodeFileSource(['']),
    path: [''],
    ...(job.banner !== null ? { banner: job.banner } : {}),
    limits: limitsFromFlags(job.limits),
    interrupted: () => receiver.takeInterrupt(),
    ...(sandbox !== null ? { capabilities: sandbox.capabilities } : {}),
    ...(sandbox?.seed != null ? { seed: sandbox.seed } : {}),
  });
  sandbox?.finish();
  post({ kind: 'exit', code });
}
