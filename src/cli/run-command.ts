// `pyex run FILE [args]`, `pyex FILE [args]` and `pyex -c CODE [args]`: runs a program like python3
// (stdout/stderr on the process streams, the exit status). The program runs in a worker thread with
// a large stack (run-worker.ts); imports read the host filesystem.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../api/limits.js';
import { decodeSource } from '../parser/source-encoding.js';
import { CAPABILITY_USAGE, splitCapabilityFlags } from './capability-flags.js';
import { extractLimitFlags, LIMIT_USAGE, LimitFlagError } from './limit-flags.js';
import type { RunJob, RunMessage } from './run-job.js';

const USAGE = 'usage: pyex run [options] FILE [args...] | -c CODE [args...] | - [args...]\n';

/** What main.ts passes for `pyex` alone with a program piped in (never typed by a user). */
export const STDIN_WITHOUT_DASH = '\u0000stdin';

/** `pyex run --help`. */
const HELP = `${USAGE}
Runs a Python program like python3: FILE, the code after -c, or the program on stdin (-).
With no options the program sees an empty in-memory filesystem, no environment variables, and runs
under the library's default limits. A limit breach prints a traceback ending in the limit error and
exits with status 1.

${LIMIT_USAGE}
${CAPABILITY_USAGE}`;

/**
 * The wall-clock limit is enforced inside the VM between instructions; a single native operation
 * (a huge big-int power) cannot be interrupted there. Past the limit plus this much grace (and at
 * least the limit again), the worker is stopped from outside.
 */
const HARD_STOP_GRACE_MS = 2000;

/** JS stack of the worker: deep native re-entrancy (recursive __eq__, sort keys) needs room. */
const WORKER_STACK_MB = 256;

/** Builds the job from the command line, or returns an exit status for a usage error. */
function makeJob(args: string[]): Omit<RunJob, 'limits'> | number {
  if (args[0] === '-' || args[0] === STDIN_WITHOUT_DASH) {
    // `python3 -` has sys.argv[0] '-'; `python3` reading a piped program has ''.
    const argv = args[0] === '-' ? args.slice() : [''];
    return { source: readStdin(), filename: '<stdin>', argv, path: [''], stdin: '' };
  }
  if (args[0] === '-c') {
    if (args.length < 2) {
      process.stderr.write(`Argument expected for the -c option\n${USAGE}`);
      return 2;
    }
    return {
      source: args[1]!,
      filename: '<string>',
      argv: ['-c', ...args.slice(2)],
      path: [''],
      stdin: readStdin(),
    };
  }
  const file = args[0];
  if (file === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    process.stderr.write(
      `python3: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`,
    );
    return 2;
  }
  let source: string;
  try {
    source = decodeSource(bytes, file).text;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  // CPython 3.9+ makes the script path absolute (co_filename, __file__); argv[0] stays as given.
  const filename = resolve(file);
  return { source, filename, argv: args.slice(), path: [dirname(filename)], stdin: readStdin() };
}

function readStdin(): string {
  if (process.stdin.isTTY) return '';
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/** Runs `pyex run` with the arguments after the command name; returns the exit status. */
export async function runCommand(args: string[]): Promise<number> {
  if (args[0] === '-h' || args[0] === '--help') {
    process.stdout.write(HELP);
    return 0;
  }
  let limited: ReturnType<typeof extractLimitFlags>;
  try {
    limited = extractLimitFlags(args);
  } catch (error) {
    if (!(error instanceof LimitFlagError)) throw error;
    process.stderr.write(`pyex: ${error.message}\n${LIMIT_USAGE}`);
    return 2;
  }
  // Sandbox flags are checked here and rebuilt into a capability set inside the worker.
  const sandbox = splitCapabilityFlags(limited.rest, (text) => process.stderr.write(text));
  if (sandbox === null) return 2;
  if (sandbox.rest[0]?.startsWith('--') === true) {
    process.stderr.write(`pyex: unknown option '${sandbox.rest[0]}'\n${HELP}`);
    return 2;
  }
  const job = makeJob(sandbox.rest);
  if (typeof job === 'number') return job;
  const worker = new Worker(new URL('./run-worker.js', import.meta.url), {
    workerData: { ...job, capabilityFlags: sandbox.flags, limits: limited.limits } satisfies RunJob,
    resourceLimits: { stackSizeMb: WORKER_STACK_MB, maxOldGenerationSizeMb: 4096 },
  });
  const timeoutMs = limited.limits.timeoutMs ?? DEFAULT_LIMITS.durationMs;
  return new Promise<number>((resolvePromise) => {
    let exitCode = 70;
    // Armed when the program starts (worker start-up does not count against its time).
    let hardStop: ReturnType<typeof setTimeout> | null = null;
    const armHardStop = (): void => {
      if (timeoutMs === 'none') return;
      hardStop = setTimeout(() => {
        exitCode = 1;
        process.stderr.write(
          `pyex: time limit exceeded (${timeoutMs} ms): stopped from outside the interpreter (a long native operation or a sleep)\n`,
        );
        void worker.terminate();
      }, timeoutMs + Math.max(timeoutMs, HARD_STOP_GRACE_MS));
    };
    worker.on('message', (message: RunMessage) => {
      if (message.kind === 'stdout') process.stdout.write(message.text);
      else if (message.kind === 'stderr') process.stderr.write(message.text);
      else if (message.kind === 'started') armHardStop();
      else exitCode = message.code;
    });
    worker.on('error', (error) => {
      process.stderr.write(`pyex: internal error: ${error.stack ?? String(error)}\n`);
      exitCode = 70;
    });
    worker.on('exit', () => {
      if (hardStop !== null) clearTimeout(hardStop);
      resolvePromise(exitCode);
    });
  });
}
