// runAsync: the async entry point, where host functions may return Promises. Inside a running asyncio
// loop a call returns an awaitable (asyncio.events._HostCall); when the loop has nothing runnable it
// pauses at `_pyex_host.wait()` and this driver awaits the pending Promises. Outside a loop the call
// itself pauses and the driver awaits its Promise. Pausing is src/vm/host-call.ts; the loop, asyncio.

import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { recordEvent } from '../sandbox/capabilities.js';
import { HostCallSignal, type PyHostFunction } from '../vm/host-call.js';
import type { Interpreter } from '../vm/interpreter.js';
import { callInRunningLoop, HOST_WAIT_MODULE, HOST_WAIT_NAME } from './host-asyncio.js';
import { HostError, type HostResultHandler, isThenable } from './host-functions.js';
import {
  type CallRun,
  type DoneRun,
  type RunState,
  type StartOptions,
  startRun,
} from './pausable-run.js';
import type { Program } from './program.js';
import { PyexError } from './pyex-error.js';
import { toPy } from './values.js';

/** Options of `runAsync`: those of `start` (host functions may return Promises). */
export type AsyncRunOptions = Omit<StartOptions, 'externalFunctions'>;

interface Settlement {
  readonly id: number;
  readonly name: string;
  readonly ok: boolean;
  readonly value: unknown;
}

/** The host Promises of one run, by call id, and those settled but not yet handed to Python. */
class PendingCalls {
  private nextId = 1;
  readonly inFlight = new Map<number, Promise<void>>();
  readonly settled: Settlement[] = [];
  private wake: (() => void) | null = null;
  /** The run's interpreter (known from its first host call). */
  interp: Interpreter | null = null;

  track(name: string, promise: PromiseLike<unknown>): number {
    const id = this.nextId++;
    const done = (ok: boolean, value: unknown): void => {
      this.inFlight.delete(id);
      this.settled.push({ id, name, ok, value });
      const wake = this.wake;
      this.wake = null;
      wake?.();
    };
    this.inFlight.set(
      id,
      Promise.resolve(promise).then(
        (value) => done(true, value),
        (error: unknown) => done(false, error),
      ),
    );
    return id;
  }

  /** Resolves when a Promise settles (at once if one has), or after `timeoutMs` (null: never). */
  async next(timeoutMs: number | null): Promise<void> {
    if (this.settled.length > 0 || this.inFlight.size === 0) return;
    await new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      this.wake = () => {
        if (timer !== null) clearTimeout(timer);
        resolve();
      };
      if (timeoutMs !== null) {
        timer = setTimeout(() => {
          this.wake = null;
          resolve();
        }, timeoutMs);
      }
    });
  }

  /** Takes the settlement of call `id` if it has settled. */
  take(id: number): Settlement | undefined {
    const index = this.settled.findIndex((entry) => entry.id === id);
    return index < 0 ? undefined : this.settled.splice(index, 1)[0];
  }
}

/** `(typeName, message)` of a rejected Promise's reason, as a host function throw would raise. */
function rejection(reason: unknown): [string, string] {
  try {
    if (reason instanceof HostError) return [String(reason.pythonType), String(reason.message)];
    if (reason instanceof PyexError) return [reason.typeName, String(reason.message)];
    if (reason instanceof Error) return ['RuntimeError', String(reason.message)];
    return ['RuntimeError', String(reason)];
  } catch {
    return ['RuntimeError', 'a host Promise was rejected with a value that cannot be read'];
  }
}

function asyncResults(pending: PendingCalls): (interp: Interpreter) => HostResultHandler {
  return (interp) =>
    (func: PyHostFunction, result: unknown, owner: object): PyValue => {
      if (!isThenable(result)) return toPy(result, { owner });
      pending.interp = interp;
      const id = pending.track(func.hostName, result);
      const hostCall = callInRunningLoop(interp, '_HostCall', [id, func.hostName]);
      if (hostCall !== null) return hostCall;
      // No event loop: the call itself waits (the run pauses here and the driver awaits it).
      throw new HostCallSignal(func, [id], null);
    };
}

/**
 * Runs `source` as `__main__` like `run`, but host functions may be async (return a Promise).
 * In `asyncio.run(...)` code, calling one returns an awaitable; while the event loop has nothing
 * runnable, every pending host Promise is in flight at once, so `asyncio.gather(f(1), f(2))` runs
 * them concurrently. Outside an event loop, a call simply waits for its Promise. Timers
 * (`asyncio.sleep`) run on the loop's virtual clock, except while host Promises are pending: then
 * the loop waits for them for at most the time to its next timer, in real time.
 * With `pauseAfter`, the run yields to the host's event loop between slices of that many
 * instructions, so a long computation does not block other JS work.
 * Takes every option of `run` (limits, capabilities, inputs…; the time limit counts only time the
 * program runs, not time awaiting host Promises). Resolves to the finished run, with what `run`
 * returns (`value`, `stats`, `events`, `error`); never rejects for anything the program does;
 * `stdout`/`stderr` hold everything the program wrote.
 */
export async function runAsync(
  source: string | Program,
  options: AsyncRunOptions = {},
): Promise<DoneRun> {
  const pending = new PendingCalls();
  const modules = { ...(options.modules ?? {}) };
  modules[HOST_WAIT_MODULE] = {};
  let state: RunState = startRun(
    source,
    { ...options, modules, externalFunctions: [HOST_WAIT_NAME] },
    asyncResults(pending),
    false,
  );
  let stdout = state.stdout;
  let stderr = state.stderr;
  while (state.status !== 'done') {
    if (state.status === 'paused') {
      // A time slice ended (`pauseAfter`): let the host's event loop run before the next one.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      state = state.resume();
    } else state = await answer(state, pending);
    stdout += state.stdout;
    stderr += state.stderr;
  }
  return { ...state, stdout, stderr };
}

/** Answers a stop of runAsync's run: the event loop's wait, or a call waiting for its Promise. */
async function answer(call: CallRun, pending: PendingCalls): Promise<RunState> {
  if (call.name === HOST_WAIT_NAME) {
    const timeout = call.args[0];
    const timeoutMs = typeof timeout === 'number' ? Math.max(0, timeout * 1000) : null;
    const began = performance.now();
    await pending.next(timeoutMs);
    const elapsed = (performance.now() - began) / 1000;
    const settled = pending.settled.splice(0, pending.settled.length);
    return call.resume([elapsed, settled.map((entry) => deliverable(entry, pending.interp))]);
  }
  const id = call.args[0] as number;
  let outcome = pending.take(id);
  while (outcome === undefined) {
    await pending.next(null);
    outcome = pending.take(id);
  }
  const delivered = deliverable(outcome, pending.interp);
  if (delivered[1] !== true) {
    const [typeName, message] = delivered[2] as [string, string];
    return call.fail(typeName, message);
  }
  return call.resume(outcome.value);
}

/** `[id, ok, value-or-(type, message)]` for the event loop, checking the value converts. */
function deliverable(entry: Settlement, interp: Interpreter | null): unknown[] {
  let outcome: unknown[];
  if (!entry.ok) {
    outcome = [entry.id, false, rejection(entry.value)];
  } else {
    outcome = [entry.id, true, entry.value];
    try {
      interp?.activate(() => toPy(entry.value, { owner: interp }));
    } catch (error) {
      const [typeName, message] =
        error instanceof PythonError ? [error.typeName, error.message] : rejection(error);
      outcome = [entry.id, false, [typeName, message]];
    }
  }
  interp?.activate(() => recordSettlement(entry.name, outcome));
  return outcome;
}

/** Records a settled host Promise in the run's event log as a result or an error. */
function recordSettlement(name: string, outcome: unknown[]): void {
  if (outcome[1] === true) {
    recordEvent({ kind: 'host-call', name, result: outcome[2] });
  } else {
    const [typeName, message] = outcome[2] as [string, string];
    recordEvent({ kind: 'host-error', name, typeName, message });
  }
}
