// Pausable runs: `start` runs a program (set up by runner.ts's Engine, as `run` does) in slices, returning
// its outcome, a paused run to `resume()`/`snapshot()`, or a stop at an external host call; `restore`
// brings snapshot bytes back. Byte format: src/vm/snapshot/; sandbox state: sandbox-snapshot.ts.

import '../builtins/builtins-module.js';
import '../stdlib/modules.js';
import '../vm/snapshot/library-classes.js';
import './sandbox-classes.js';
import type { CodeObject } from '../compiler/code-object.js';
import { showCompileWarning } from '../compiler/warning-output.js';
import { codeFor, PyCode } from '../objects/code.js';
import type { PyBaseException } from '../objects/exceptions.js';
import { PyModule } from '../objects/module.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { PyTuple } from '../objects/tuple.js';
import { recordEvent } from '../sandbox/capabilities.js';
import { runFrame } from '../vm/eval-loop.js';
import { chainContext, exceptionFromThrown } from '../vm/exceptions-state.js';
import type { Frame } from '../vm/frame.js';
import {
  allowHostPauses,
  answerHostCall,
  pendingHostCall,
  restoreWithHostLinker,
} from '../vm/host-call.js';
import type { FileSource } from '../vm/import-system.js';
import { hostNowMs, type Interpreter, type OutputSink } from '../vm/interpreter.js';
import { durationLimitMessage } from '../vm/limits.js';
import { SnapshotFormatError, SnapshotWriteError } from '../vm/snapshot/snapshot-format.js';
import { beginSlice, endSlices } from '../vm/snapshot/time-slice.js';
import { restoreInterpreter, snapshotInterpreter } from '../vm/snapshot/vm-snapshot.js';
import { HOST_WAIT_NAME, loopAnswers, loopRequests } from './host-asyncio.js';
import {
  type HostFunctionOptions,
  type HostResultHandler,
  hostArguments,
  hostErrorToPython,
  hostLinker,
  pythonErrorNamed,
  recordHostError,
} from './host-functions.js';
import { resolveLimits } from './limits.js';
import { compileProgram, type Program } from './program.js';
import { PyexError } from './pyex-error.js';
import type { RunOptions } from './run.js';
import { describeFailure, type Failure } from './run-outcome.js';
import { Engine, type EngineOptions, type RunResult } from './runner.js';
import {
  captureSandbox,
  defaultSavedState,
  loadEventLog,
  loadFileSystem,
  loadRunState,
  restoreEngineOptions,
  type SavedRunState,
  storeRunState,
} from './sandbox-snapshot.js';
import { toPy } from './values.js';

/** Options of `start`: those of `run` (limits, capabilities, inputs, host functions), plus `pauseAfter`. */
export interface StartOptions extends RunOptions {
  /**
   * Pause after this many charged instructions (the units of `limits.instructions`); absent: run
   * to the end. The pause happens at the first backward jump or call after the count is reached
   * where no native code is calling back into Python (inside `sorted(key=…)`, it waits until that
   * returns). The instruction limit counts over all slices together; the time limit counts only
   * time inside slices (not while paused, nor inside host calls).
   */
  readonly pauseAfter?: number;
}

/**
 * Options of `restore`: the host side of a run, which a snapshot never contains. Host functions are
 * linked by name: give the same `functions`/`modules` names and `externalFunctions` as at `start`
 * (a function not given again raises RuntimeError when called). The sandbox state (in-memory
 * filesystem and cwd, seeded entropy, virtual clock, limits and what was spent) comes from the
 * snapshot; a `filesystem` given here replaces a host filesystem the snapshot could not hold.
 */
export interface RestoreOptions
  extends HostFunctionOptions,
    Pick<
      EngineOptions,
      'filesystem' | 'env' | 'clock' | 'entropy' | 'dicts' | 'recordEvents' | 'captureOutput'
    > {
  /** Receives sys.stdout writes from now on. */
  readonly stdout?: (text: string) => void;
  /** Receives sys.stderr writes from now on. */
  readonly stderr?: (text: string) => void;
  /** Where `import` finds `.py` files from now on. */
  readonly files?: FileSource | null;
  /** The default slice size of `resume()` (see StartOptions.pauseAfter). */
  readonly pauseAfter?: number;
}

/**
 * A run that finished: what `run` returns (exit status, error, last expression `value`, `stats`,
 * `events`). `stdout`/`stderr` are what was written during this last slice; `stats` and `events`
 * cover the whole run (after `restore`: events since the restore).
 */
export interface DoneRun extends RunResult {
  readonly status: 'done';
}

/** A run stopped between two instructions; use it once: resume it or let it go. */
export interface PausedRun {
  readonly status: 'paused';
  /** What the program wrote to sys.stdout during this slice. */
  readonly stdout: string;
  /** What the program wrote to sys.stderr during this slice. */
  readonly stderr: string;
  /**
   * The whole VM state as bytes (versioned, checksummed): `restore` continues from them, in any
   * process. Output already written is not part of it.
   * @throws SnapshotError when the state holds something that cannot be saved (an open host file).
   */
  snapshot(): Uint8Array;
  /** Continues the run for `pauseAfter` more instructions (default: the previous slice size). */
  resume(pauseAfter?: number): RunState;
}

/**
 * A run stopped at a call of an external host function (see `externalFunctions`); use it once:
 * answer with `resume(value)` or `fail(typeName, message)` (this call), or `answer([...])` (any of
 * `calls`, by id), or `snapshot()` it and answer after `restore` (the restored run is in this same
 * state). `name`, `args` and `kwargs` are those of `calls[0]`.
 */
export interface CallRun {
  readonly status: 'call';
  /** The id of this call (`calls[0].id`). */
  readonly id: number;
  /** The host name of the function called (`'fetch'`, `'tools.search'`). */
  readonly name: string;
  /** The positional arguments, converted with `toJs`. */
  readonly args: unknown[];
  /** The keyword arguments (a null-prototype object; empty when none), converted with `toJs`. */
  readonly kwargs: Record<string, unknown>;
  /**
   * Every external call the run waits on at this stop, oldest first (this call is `calls[0]`).
   * Calls made from coroutines of a running asyncio loop (`asyncio.gather(fetch(a), fetch(b))`) are
   * in flight together and all listed here once the loop has nothing else to run; answer them
   * together with `answer`. A call made outside an event loop is alone (id 0).
   */
  readonly calls: readonly PendingCall[];
  /** What the program wrote to sys.stdout during this slice. */
  readonly stdout: string;
  /** What the program wrote to sys.stderr during this slice. */
  readonly stderr: string;
  /**
   * The whole VM state as bytes, waiting at this call; `restore` gives back a CallRun.
   * @throws SnapshotError when the state holds something that cannot be saved.
   */
  snapshot(): Uint8Array;
  /**
   * Continues the run with `value` (converted with `toPy`; undefined → None) as this call's result.
   * A value that cannot convert raises TypeError at the call instead.
   */
  resume(value?: unknown, pauseAfter?: number): RunState;
  /**
   * Continues the run with this call raising `typeName(message)` (a built-in exception name such
   * as `'ValueError'`; any other name raises `RuntimeError('<typeName>: <message>')`).
   */
  fail(typeName: string, message: string, pauseAfter?: number): RunState;
  /**
   * Answers the calls named by id (at least one, each once) and continues. Calls left unanswered
   * stay in flight: the run stops with them again (and any new ones) when it next waits.
   * @throws TypeError for an empty list, an unknown or repeated id, or a malformed error answer.
   */
  answer(answers: readonly CallAnswer[], pauseAfter?: number): RunState;
}

/** One external call a stopped run waits on (see `CallRun.calls`). */
export interface PendingCall {
  /** Identifies the call in `CallRun.answer` (unique within the run). */
  readonly id: number;
  /** The host name of the function called. */
  readonly name: string;
  /** The positional arguments, converted with `toJs`. */
  readonly args: unknown[];
  /** The keyword arguments (a null-prototype object), converted with `toJs`. */
  readonly kwargs: Record<string, unknown>;
}

/**
 * The answer to one pending call: its result (`value`, converted with `toPy`), or an exception it
 * raises (`error`, as in `CallRun.fail`).
 */
export type CallAnswer =
  | { readonly id: number; readonly value?: unknown }
  | {
      readonly id: number;
      readonly error: { readonly typeName: string; readonly message: string };
    };

/** Where a run is: finished, paused by its time slice, or waiting at an external host call. */
export type RunState = DoneRun | PausedRun | CallRun;

/** A snapshot that cannot be written or read. `message` says why (`invalid snapshot: …`). */
export class SnapshotError extends PyexError {
  constructor(message: string) {
    super('internal', 'SnapshotError', message, `pyex: ${message}\n`);
    this.name = 'SnapshotError';
  }
}

/** What a run keeps between slices besides the interpreter (saved in snapshots as JSON). */
interface RunProgress {
  /** Which code runs: the body, the last expression statement, or nothing more. */
  phase: 'body' | 'last';
  /** The total instruction budget when the run started. */
  budgetAtStart: number;
  /** Milliseconds spent inside slices so far (host calls excluded). */
  spentMs: number;
  /** Milliseconds left of the time limit (null: none). */
  remainingMs: number | null;
}

interface Session {
  readonly engine: Engine;
  readonly interp: Interpreter;
  /** The last expression statement's code (null: the program ends with another statement). */
  readonly lastExpression: CodeObject | PyCode | null;
  readonly source: string;
  readonly filename: string;
  readonly progress: RunProgress;
  pauseAfter: number | undefined;
  readonly hostDicts: 'map' | 'object';
  /** Whether external calls made in an asyncio loop are presented as host calls (start, not runAsync). */
  readonly loopRequests: boolean;
}

/**
 * Runs `source` (or a compiled `Program`) as `__main__` until it ends or `options.pauseAfter`
 * instructions are spent. Takes every option of `run`. Never throws for anything the program
 * does (errors are in the DoneRun, as with `run`).
 */
export function start(source: string | Program, options: StartOptions = {}): RunState {
  return startRun(source, withLoopWait(options));
}

/** Host options plus the asyncio loop's wait point when there are external functions. */
function withLoopWait<T extends HostFunctionOptions>(options: T): T {
  const external = options.externalFunctions ?? [];
  if (external.length === 0 || external.includes(HOST_WAIT_NAME)) return options;
  return { ...options, externalFunctions: [...external, HOST_WAIT_NAME] };
}

/**
 * `start` with a custom handler of host function results (runAsync passes one that turns Promises
 * into awaitables). Internal: not exported from src/index.ts.
 */
export function startRun(
  source: string | Program,
  options: StartOptions,
  hostResults?: (interp: Interpreter) => HostResultHandler,
  loopRequests = true,
): RunState {
  const filename = typeof source === 'string' ? (options.filename ?? '<string>') : source.filename;
  const engine = new Engine({ ...options, filename }, undefined, hostResults);
  const interp = engine.interp;
  allowHostPauses(interp);
  if (options.inputs !== undefined) engine.setInputs(options.inputs);
  let program: Program;
  if (typeof source === 'string') {
    interp.sources.set(filename, source);
    try {
      program = compileProgram(source, filename, (warning) =>
        interp.activate(() => showCompileWarning(interp, warning, filename)),
      );
    } catch (error) {
      const failure = engine.writeFailure(error, filename, source);
      return { status: 'done', ...engine.conclude(failure, undefined, 0, 0) };
    }
  } else {
    program = source;
  }
  engine.beginProgram(program);
  const session: Session = {
    engine,
    interp,
    lastExpression: program.lastExpression,
    source: program.source,
    filename,
    progress: {
      phase: 'body',
      budgetAtStart: interp.budget + interp.budgetReserve,
      spentMs: 0,
      remainingMs: Number.isFinite(engine.limits.durationMs) ? engine.limits.durationMs : null,
    },
    pauseAfter: options.pauseAfter,
    hostDicts: options.hostDicts ?? 'map',
    loopRequests,
  };
  const body = program.body;
  return runSlice(session, options.pauseAfter, () => interp.execCode(body, engine.main.dict));
}

/**
 * Brings back a run from `PausedRun.snapshot()` bytes, linked to new host callbacks.
 * @throws SnapshotError (`invalid snapshot: checksum mismatch`, `truncated snapshot`,
 * `snapshot format version 3 is not supported (expected 1)`…) for bytes that are not a valid
 * snapshot of a paused run.
 */
export function restore(bytes: Uint8Array, options: RestoreOptions = {}): PausedRun | CallRun {
  // Output written after the restore goes to the engine's sinks, which exist only once the
  // engine is made (from the state the snapshot carries): the interpreter writes through these.
  const stdout = new ForwardingSink();
  const stderr = new ForwardingSink();
  let restored: Interpreter;
  try {
    restored = restoreWithHostLinker(hostLinker(withLoopWait(options)), () =>
      restoreInterpreter(bytes, { stdout, stderr, files: options.files ?? null }),
    );
  } catch (error) {
    if (error instanceof SnapshotFormatError) throw new SnapshotError(error.message);
    if (error instanceof RangeError) throw new SnapshotError('invalid snapshot: too large');
    throw error;
  }
  const saved = loadRunState(restored) ?? defaultSavedState();
  let engineOptions: EngineOptions;
  try {
    engineOptions = {
      ...withLoopWait(options),
      ...restoreEngineOptions(saved, loadFileSystem(restored), options),
    };
    resolveLimits(engineOptions.limits);
  } catch {
    throw new SnapshotError('invalid snapshot: bad sandbox state');
  }
  if (!(restored.modules.getStr('__main__') instanceof PyModule)) {
    throw new SnapshotError('invalid snapshot: no __main__ module');
  }
  let engine: Engine;
  try {
    engine = new Engine(engineOptions, (sinks) => {
      stdout.target = sinks.stdout;
      stderr.target = sinks.stderr;
      return restored;
    });
  } catch (error) {
    throw new SnapshotError(`invalid snapshot: ${error instanceof Error ? error.message : error}`);
  }
  const interp = engine.interp;
  if (interp.pausedFrame === null) throw new SnapshotError('invalid snapshot: not a paused run');
  allowHostPauses(interp);
  engine.outputBudgetUsed = saved.outputUsed;
  loadEventLog(restored, engine.log);
  let lastExpression: CodeObject | PyCode | null = null;
  const savedLast = (restored.options as unknown as Record<string, unknown>)[LAST_EXPRESSION_KEY];
  if (saved.phase === 'body' && (savedLast instanceof PyCode || savedLast === null)) {
    lastExpression = savedLast;
  } else if (saved.phase === 'body' && saved.source !== null) {
    // A snapshot without the compiled last expression: compile the source again.
    try {
      lastExpression = compileProgram(saved.source, saved.filename).lastExpression;
    } catch {
      throw new SnapshotError('invalid snapshot: the program source does not compile');
    }
  }
  return stoppedRun({
    engine,
    interp,
    lastExpression,
    source: saved.source ?? '',
    filename: saved.filename,
    progress: {
      phase: saved.phase,
      budgetAtStart: saved.budgetAtStart ?? interp.budget + interp.budgetReserve,
      spentMs: saved.spentMs,
      remainingMs: saved.remainingMs,
    },
    pauseAfter: options.pauseAfter ?? saved.pauseAfter ?? undefined,
    hostDicts: options.hostDicts ?? 'map',
    loopRequests: true,
  });
}

/** An output sink that forwards to a target set later (restore's engine sinks). */
class ForwardingSink implements OutputSink {
  target: OutputSink | null = null;

  write(text: string): void {
    this.target?.write(text);
  }
}

/** The key of the last expression statement's code (a PyCode, or null) in a snapshot's options. */
const LAST_EXPRESSION_KEY = 'pyexLastExpression';

/** Charged instructions between two looks at the clock or heap inside a slice. */
const CLOCK_UNITS = 16_384;

/**
 * Runs `body` (which starts or resumes the run and returns its entry frame's value), then goes on
 * through internal clock slices until the run ends, stops at a host call, or spends `pauseAfter`.
 */
function runSlice(session: Session, pauseAfter: number | undefined, body: () => PyValue): RunState {
  const { interp, engine, progress } = session;
  const started = hostNowMs();
  const hostTimeAtStart = interp.hostTimeMs;
  const limits = engine.limits;
  // The deadline of this slice: time spent in host calls during it moves it (creditHostTime).
  const remainingMs = progress.remainingMs;
  if (remainingMs !== null) interp.startDeadline(limits.durationMs);
  const deadline = (): number =>
    remainingMs !== null
      ? started + remainingMs + (interp.hostTimeMs - hostTimeAtStart)
      : Number.isFinite(limits.memoryBytes)
        ? Number.MAX_VALUE
        : Number.POSITIVE_INFINITY;
  const watch = deadline() !== Number.POSITIVE_INFINITY;
  const measureHeap = Number.isFinite(limits.memoryBytes);
  let hostLeft =
    pauseAfter === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(pauseAfter));
  let value: PyValue | undefined;
  const slice = (): number => {
    const units = Math.min(hostLeft, watch ? CLOCK_UNITS : Number.POSITIVE_INFINITY);
    const prompt = units === hostLeft;
    // A slice that must end promptly keeps interp.deadlineMs Infinity (checkDeadline refills the
    // slice inside re-entrant loops); budgetSpent checks its deadline there, and the clock is read
    // between slices.
    if (Number.isFinite(units)) beginSlice(interp, units, prompt, prompt ? deadline() : undefined);
    else endSlices(interp);
    interp.deadlineMs = prompt ? Number.POSITIVE_INFINITY : deadline();
    return interp.budget + interp.budgetReserve;
  };
  const timeIsUp = (): boolean => remainingMs !== null && hostNowMs() > deadline();
  const outcome = interp.activate((): Failure | null | 'stopped' => {
    try {
      let before = slice();
      let result = body();
      for (;;) {
        if (interp.pausedFrame !== null) {
          if (pendingHostCall(interp) !== null) return 'stopped';
          const now = interp.budget + interp.budgetReserve;
          // At least one unit per pause: a slice that counted nothing (a corrupted budget in restored
          // bytes) must still bring the host's pause nearer, or this loop would never end.
          hostLeft -= Math.max(1, before - now);
          if (measureHeap && interp.budgetCause === 'instructions') engine.checkHeap(before - now);
          if (interp.budgetCause !== 'instructions') {
            // A limit ended the budget: the next charged instruction raises it.
          } else if (timeIsUp()) {
            interp.expireBudget('time', durationLimitMessage(interp.durationLimitMs));
          }
          if (hostLeft <= 0 && interp.budgetCause === 'instructions') return 'stopped';
          before = slice();
          result = interp.resumePaused();
          continue;
        }
        if (progress.phase === 'body' && session.lastExpression !== null) {
          progress.phase = 'last';
          before = slice();
          result = interp.execCode(session.lastExpression, engine.main.dict);
          continue;
        }
        if (progress.phase === 'last') value = result;
        interp.deadlineMs = deadline();
        engine.checkLateDeadline();
        return null;
      }
    } catch (error) {
      return describeFailure(interp, error, (text) => engine.writeError(text));
    }
  });
  endSlices(interp);
  const elapsed = Math.max(0, hostNowMs() - started - (interp.hostTimeMs - hostTimeAtStart));
  progress.spentMs += elapsed;
  if (remainingMs !== null) progress.remainingMs = Math.max(0, deadline() - hostNowMs());
  if (outcome === 'stopped') return stoppedRun(session);
  interp.pausedFrame = null;
  const used = engine.instructionsUsed(progress.budgetAtStart);
  return { status: 'done', ...engine.conclude(outcome, value, used, progress.spentMs) };
}

function resumeSlice(session: Session, throwIn: PyBaseException | null = null): PyValue {
  const interp = session.interp;
  const paused = interp.pausedFrame as Frame;
  interp.pausedFrame = null;
  let entry = paused;
  while (entry.parent !== null) entry = entry.parent;
  return runFrame(interp, entry, throwIn, paused);
}

/** The state of a stopped run: at an external host call, or paused by its time slice. */
function stoppedRun(session: Session): PausedRun | CallRun {
  const call = pendingHostCall(session.interp);
  if (call === null) return pausedRun(session);
  if (call.func.hostName === HOST_WAIT_NAME && session.loopRequests) return loopRequestRun(session);
  // External calls are logged here; runAsync's own stops log the Promise outcomes themselves.
  const logged = call.func.mode === 'external' && !call.func.hostName.startsWith('_pyex_host.');
  const stop: StopCall = {
    id: 0,
    name: call.func.hostName,
    args: call.args,
    kwnames: call.kwnames,
    logged,
  };
  return callRun(session, [stop], (answers) => {
    const [answer] = answers as [Delivered];
    if (!answer.ok) return () => answer.error;
    answerHostCall(session.interp, answer.value);
    return null;
  });
}

/**
 * The idle asyncio loop waits at `_pyex_host.wait()` on the external calls made in it: all of them
 * are presented together (the oldest first), and the answers go back to the loop in one batch.
 */
function loopRequestRun(session: Session): PausedRun | CallRun {
  const interp = session.interp;
  const requests = interp.activate(() => loopRequests(interp));
  if (requests.length === 0) {
    const error = pythonErrorNamed(
      'RuntimeError',
      'the event loop waits for host calls never made',
    );
    return stopAgain(session, () => error);
  }
  const stops = requests.map(
    (request): StopCall => ({
      id: request.id,
      name: request.name,
      args: request.args,
      kwnames: request.kwnames,
      logged: true,
    }),
  );
  return callRun(session, stops, (answers) => {
    const settled = answers.map((answer) => {
      if (answer.ok) return { id: answer.id, ok: true, payload: answer.value };
      const error = answer.error;
      const typeName = error instanceof PythonError ? error.typeName : 'RuntimeError';
      const message = error instanceof Error ? error.message : String(error);
      return { id: answer.id, ok: false, payload: new PyTuple([typeName, message]) };
    });
    answerHostCall(interp, loopAnswers(settled));
    return null;
  });
}

/** Continues a run that stopped at once again (for stops the host is not shown). */
function stopAgain(session: Session, raise: () => unknown): PausedRun | CallRun {
  const state = continueRun(session, undefined, raise);
  if (state.status === 'done') throw new Error('internal: a run ended while answering a stop');
  return state;
}

/** One external call a stopped run waits on. */
interface StopCall {
  /** Its id in `CallRun.calls` (0 for a call made outside an event loop). */
  readonly id: number;
  readonly name: string;
  readonly args: readonly PyValue[];
  readonly kwnames: readonly string[];
  /** Whether its answer goes to the event log here. */
  readonly logged: boolean;
}

/** An answer converted for the program: a result, or the error to raise (a PythonError). */
type Delivered =
  | { readonly id: number; readonly ok: true; readonly value: PyValue }
  | { readonly id: number; readonly ok: false; readonly error: unknown };

/**
 * Hands converted answers to where the program waits (the call's result slot, or the event loop);
 * returns what to raise at the pause point (null: nothing).
 */
type DeliverAnswers = (answers: readonly Delivered[]) => (() => unknown) | null;

function callRun(session: Session, stops: readonly StopCall[], deliver: DeliverAnswers): CallRun {
  const interp = session.interp;
  const convert = (stop: StopCall, dicts: 'map' | 'object') => {
    const kwnames = stop.kwnames.length === 0 ? null : stop.kwnames;
    return interp.activate(() => hostArguments(stop.args, kwnames, interp, dicts));
  };
  const calls = stops.map((stop): PendingCall => {
    let converted: { args: unknown[]; kwargs: Record<string, unknown> };
    try {
      converted = convert(stop, session.hostDicts);
    } catch {
      // A dict with non-str keys under hostDicts 'object': that call gets Maps instead.
      converted = convert(stop, 'map');
    }
    return { id: stop.id, name: stop.name, args: converted.args, kwargs: converted.kwargs };
  });
  const first = calls[0]!;
  let used = false;
  const claim = (what: string): void => {
    if (used) throw new Error(`this host call was already answered (${what})`);
  };
  const answer = (
    answers: readonly CallAnswer[],
    pauseAfter: number | undefined,
    what: string,
  ): RunState => {
    claim(what);
    checkAnswers(answers, stops);
    used = true;
    const delivered = interp.activate(() =>
      answers.map((given): Delivered => {
        const stop = stops.find((candidate) => candidate.id === given.id)!;
        if ('error' in given) {
          const raised = pythonErrorNamed(given.error.typeName, given.error.message);
          if (stop.logged) recordHostError(stop.name, raised);
          return { id: given.id, ok: false, error: raised };
        }
        try {
          const value = toPy(given.value, { owner: interp });
          if (stop.logged) recordEvent({ kind: 'host-call', name: stop.name, result: given.value });
          return { id: given.id, ok: true, value };
        } catch (conversionError) {
          const raised =
            conversionError instanceof PythonError
              ? conversionError
              : hostErrorToPython(conversionError);
          if (stop.logged) recordHostError(stop.name, raised);
          return { id: given.id, ok: false, error: raised };
        }
      }),
    );
    return continueRun(session, pauseAfter, deliver(delivered));
  };
  return {
    status: 'call',
    id: first.id,
    name: first.name,
    args: first.args,
    kwargs: first.kwargs,
    calls,
    stdout: session.engine.takeStdout(),
    stderr: session.engine.takeStderr(),
    snapshot: () => {
      claim('snapshot');
      return snapshotOf(session);
    },
    resume: (value?: unknown, pauseAfter?: number) =>
      answer([{ id: first.id, value }], pauseAfter, 'resume'),
    fail: (typeName: string, message: string, pauseAfter?: number) =>
      answer([{ id: first.id, error: { typeName, message } }], pauseAfter, 'fail'),
    answer: (answers: readonly CallAnswer[], pauseAfter?: number) =>
      answer(answers, pauseAfter, 'answer'),
  };
}

/** Throws (a host mistake, not a Python error) unless `answers` name distinct pending calls. */
function checkAnswers(answers: readonly CallAnswer[], stops: readonly StopCall[]): void {
  if (!Array.isArray(answers) || answers.length === 0)
    throw new TypeError('answer() needs at least one answer');
  const seen = new Set<number>();
  for (const given of answers) {
    const id = (given as { id?: unknown } | null)?.id;
    if (typeof id !== 'number' || !stops.some((stop) => stop.id === id))
      throw new TypeError(`answer() got the id ${String(id)}, which is not a pending call`);
    if (seen.has(id)) throw new TypeError(`answer() got the id ${id} twice`);
    seen.add(id);
    if ('error' in given) {
      const error = (given as { error?: { typeName?: unknown; message?: unknown } }).error;
      if (typeof error?.typeName !== 'string' || typeof error.message !== 'string')
        throw new TypeError('an error answer needs { typeName, message } strings');
    }
  }
}

/** Resumes a stopped run, raising `raise()`'s error at the pause point when given. */
function continueRun(
  session: Session,
  pauseAfter: number | undefined,
  raise: (() => unknown) | null,
): RunState {
  if (pauseAfter !== undefined) session.pauseAfter = pauseAfter;
  return runSlice(session, session.pauseAfter, () => {
    const throwIn = raise === null ? null : exceptionFromThrown(raise());
    // Raised at the call, so an exception being handled there becomes its __context__.
    const handled = throwIn === null ? undefined : session.interp.handledException();
    if (throwIn !== null && handled !== undefined) chainContext(throwIn, handled);
    return resumeSlice(session, throwIn);
  });
}

/** The run's sandbox state and progress, for a snapshot. */
function savedStateOf(session: Session): SavedRunState {
  const { progress } = session;
  return captureSandbox(session.engine, {
    phase: progress.phase,
    budgetAtStart: progress.budgetAtStart,
    spentMs: progress.spentMs,
    remainingMs: progress.remainingMs,
    source: session.source,
    filename: session.filename,
    pauseAfter: session.pauseAfter ?? null,
  });
}

function snapshotOf(session: Session): Uint8Array {
  try {
    const { engine, lastExpression } = session;
    // The last expression's code travels with the snapshot (restore need not compile the source).
    (session.interp.options as unknown as Record<string, unknown>)[LAST_EXPRESSION_KEY] =
      lastExpression === null || lastExpression instanceof PyCode
        ? lastExpression
        : codeFor(lastExpression);
    storeRunState(
      session.interp,
      savedStateOf(session),
      engine.capabilities.filesystem,
      engine.log,
    );
    return snapshotInterpreter(session.interp);
  } catch (error) {
    if (error instanceof SnapshotWriteError) throw new SnapshotError(error.message);
    throw error;
  }
}

function pausedRun(session: Session): PausedRun {
  let used = false;
  const claim = (what: string): void => {
    if (used) throw new Error(`this paused run was already resumed (${what})`);
  };
  return {
    status: 'paused',
    stdout: session.engine.takeStdout(),
    stderr: session.engine.takeStderr(),
    snapshot: () => {
      claim('snapshot');
      return snapshotOf(session);
    },
    resume: (pauseAfter?: number) => {
      claim('resume');
      used = true;
      return continueRun(session, pauseAfter, null);
    },
  };
}
