// Pausable runs: `start` runs a program for a number of charged instructions and returns either its
// outcome or a paused run that can `resume()` or be `snapshot()`ed to bytes; `restore` brings such bytes
// back (in this process or another). A run also stops at a call of an external host function
// (status 'call'). The byte format and graph walk live in src/vm/snapshot/; host calls in host-*.ts.

import '../builtins/builtins-module.js';
import '../stdlib/modules.js';
import '../vm/snapshot/library-classes.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { PyValue } from '../objects/py-object.js';
import { PythonError } from '../objects/python-error.js';
import { PyTuple } from '../objects/tuple.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
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
import { Interpreter, type OutputSink } from '../vm/interpreter.js';
import { SnapshotFormatError, SnapshotWriteError } from '../vm/snapshot/snapshot-format.js';
import { beginSlice, endSlices } from '../vm/snapshot/time-slice.js';
import { restoreInterpreter, snapshotInterpreter } from '../vm/snapshot/vm-snapshot.js';
import { firstLoopRequest, HOST_WAIT_NAME, loopAnswer } from './host-asyncio.js';
import {
  type HostFunctionOptions,
  type HostResultHandler,
  hostArguments,
  hostErrorToPython,
  hostLinker,
  installHostFunctions,
  pythonErrorNamed,
  recordHostError,
} from './host-functions.js';
import { PyexError } from './pyex-error.js';
import { describeFailure, type Failure, syntaxFailure } from './run-outcome.js';
import { toPy } from './values.js';

/** Options of `start` (host functions: see HostFunctionOptions, `externalFunctions` pause). */
export interface StartOptions extends HostFunctionOptions {
  /** The file name shown in tracebacks (default `<string>`). */
  readonly filename?: string;
  /** `sys.argv` (default `[filename]`). */
  readonly argv?: readonly string[];
  /** Receives everything written to sys.stdout (also collected in each RunState). */
  readonly stdout?: (text: string) => void;
  /** Receives everything written to sys.stderr, including the final traceback. */
  readonly stderr?: (text: string) => void;
  /** Standard input text. */
  readonly stdin?: string;
  /** Where `import` finds `.py` files. */
  readonly files?: FileSource | null;
  /** Directories searched for modules (sys.path). */
  readonly path?: readonly string[];
  /**
   * The run's hard instruction limit (backward jumps and calls), over all its slices together;
   * reaching it ends the run with a ResourceLimitError, exactly as in `run`.
   */
  readonly instructionBudget?: number;
  /** Memory limit in bytes for single program-controlled allocations. */
  readonly memoryLimit?: number;
  /** Initial recursion limit (default 1000). */
  readonly recursionLimit?: number;
  /**
   * Pause after this many charged instructions (the units of `instructionBudget`); absent: run to
   * the end. The pause happens at the first backward jump or call after the count is reached where
   * no native code is calling back into Python (inside `sorted(key=…)`, it waits until that returns).
   */
  readonly pauseAfter?: number;
}

/**
 * Options of `restore`: the host side of a run, which a snapshot never contains. Host functions are
 * linked by name: give the same `functions`/`modules` names and `externalFunctions` as at `start`
 * (a function not given again raises RuntimeError when called).
 */
export interface RestoreOptions extends HostFunctionOptions {
  /** Receives sys.stdout writes from now on. */
  readonly stdout?: (text: string) => void;
  /** Receives sys.stderr writes from now on. */
  readonly stderr?: (text: string) => void;
  /** Where `import` finds `.py` files from now on. */
  readonly files?: FileSource | null;
  /** The default slice size of `resume()` (see StartOptions.pauseAfter). */
  readonly pauseAfter?: number;
}

/** A run that finished: its exit status and error exactly as `run` reports them. */
export interface DoneRun {
  readonly status: 'done';
  /** The process exit status python3 would have (0, 1, or a SystemExit code). */
  readonly exitCode: number;
  /** Why the program failed, or null when it completed (a SystemExit is not an error). */
  readonly error: PyexError | null;
  /** What the program wrote to sys.stdout during this slice. */
  readonly stdout: string;
  /** What the program wrote to sys.stderr during this slice (with the final traceback). */
  readonly stderr: string;
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
 * answer with `resume(value)` or `fail(typeName, message)`, or `snapshot()` it and answer after
 * `restore` (the restored run is in this same state).
 */
export interface CallRun {
  readonly status: 'call';
  /** The host name of the function called (`'fetch'`, `'tools.search'`). */
  readonly name: string;
  /** The positional arguments, converted with `toJs`. */
  readonly args: unknown[];
  /** The keyword arguments (a null-prototype object; empty when none), converted with `toJs`. */
  readonly kwargs: Record<string, unknown>;
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
   * Continues the run with `value` (converted with `toPy`; undefined → None) as the call's result.
   * A value that cannot convert raises TypeError at the call instead.
   */
  resume(value?: unknown, pauseAfter?: number): RunState;
  /**
   * Continues the run with the call raising `typeName(message)` (a built-in exception name such
   * as `'ValueError'`; any other name raises `RuntimeError('<typeName>: <message>')`).
   */
  fail(typeName: string, message: string, pauseAfter?: number): RunState;
}

/** Where a run is: finished, paused by its time slice, or waiting at an external host call. */
export type RunState = DoneRun | PausedRun | CallRun;

/** A snapshot that cannot be written or read. `message` says why (`invalid snapshot: …`). */
export class SnapshotError extends PyexError {
  constructor(message: string) {
    super('internal', 'SnapshotError', message, `pyex: ${message}\n`);
    this.name = 'SnapshotError';
  }
}

/** Collects one slice's output and forwards it to the host callback. */
class SliceOutput implements OutputSink {
  private readonly forward: ((text: string) => void) | undefined;
  private chunks: string[] = [];

  constructor(forward: ((text: string) => void) | undefined) {
    this.forward = forward;
  }

  write(text: string): void {
    this.chunks.push(text);
    this.forward?.(text);
  }

  /** The text written since the last call. */
  take(): string {
    const text = this.chunks.join('');
    this.chunks = [];
    return text;
  }
}

interface Session {
  readonly interp: Interpreter;
  readonly stdout: SliceOutput;
  readonly stderr: SliceOutput;
  pauseAfter: number | undefined;
  readonly hostDicts: 'map' | 'object';
  /** Whether external calls made in an asyncio loop are presented as host calls (start, not runAsync). */
  readonly loopRequests: boolean;
}

/**
 * Runs `source` as `__main__` until it ends or `options.pauseAfter` instructions are spent.
 * Never throws for anything the program does (errors are in the DoneRun, as with `run`).
 */
export function start(source: string, options: StartOptions = {}): RunState {
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
  source: string,
  options: StartOptions,
  hostResults?: (interp: Interpreter) => HostResultHandler,
  loopRequests = true,
): RunState {
  const filename = options.filename ?? '<string>';
  const stdout = new SliceOutput(options.stdout);
  const stderr = new SliceOutput(options.stderr);
  const interp = new Interpreter({
    stdout,
    stderr,
    argv: options.argv ?? [filename],
    files: options.files ?? null,
    path: options.path ?? [],
    stdin: options.stdin ?? '',
    ...(options.instructionBudget !== undefined
      ? { instructionBudget: options.instructionBudget }
      : {}),
    ...(options.memoryLimit !== undefined ? { memoryLimit: options.memoryLimit } : {}),
    ...(options.recursionLimit !== undefined ? { recursionLimit: options.recursionLimit } : {}),
  });
  allowHostPauses(interp);
  const session: Session = {
    interp,
    stdout,
    stderr,
    pauseAfter: options.pauseAfter,
    hostDicts: options.hostDicts ?? 'map',
    loopRequests,
  };
  return runSlice(session, options.pauseAfter, (): void => {
    let code: ReturnType<Interpreter['compileSource']>;
    try {
      code = interp.compileSource(source, filename);
    } catch (error) {
      if (error instanceof PySyntaxError) throw new SyntaxFailure(error, filename, source);
      throw error;
    }
    const main = interp.newModule('__main__', filename);
    main.dict.setStr('__file__', filename);
    interp.modules.setStr('__main__', main);
    installHostFunctions(interp, main.dict, options, hostResults?.(interp));
    interp.execCode(code, main.dict);
  });
}

/**
 * Brings back a run from `PausedRun.snapshot()` bytes, linked to new host callbacks.
 * @throws SnapshotError (`invalid snapshot: checksum mismatch`, `truncated snapshot`,
 * `snapshot format version 3 is not supported (expected 1)`…) for bytes that are not a valid
 * snapshot of a paused run.
 */
export function restore(bytes: Uint8Array, options: RestoreOptions = {}): PausedRun | CallRun {
  const stdout = new SliceOutput(options.stdout);
  const stderr = new SliceOutput(options.stderr);
  let interp: Interpreter;
  try {
    interp = restoreWithHostLinker(hostLinker(withLoopWait(options)), () =>
      restoreInterpreter(bytes, { stdout, stderr, files: options.files ?? null }),
    );
  } catch (error) {
    if (error instanceof SnapshotFormatError) throw new SnapshotError(error.message);
    if (error instanceof RangeError) throw new SnapshotError('invalid snapshot: too large');
    throw error;
  }
  if (interp.pausedFrame === null) throw new SnapshotError('invalid snapshot: not a paused run');
  allowHostPauses(interp);
  return stoppedRun({
    interp,
    stdout,
    stderr,
    pauseAfter: options.pauseAfter,
    hostDicts: options.hostDicts ?? 'map',
    loopRequests: true,
  });
}

/** Thrown inside a slice to report a syntax error of the main source. */
class SyntaxFailure {
  readonly error: PySyntaxError;
  readonly filename: string;
  readonly source: string;
  constructor(error: PySyntaxError, filename: string, source: string) {
    this.error = error;
    this.filename = filename;
    this.source = source;
  }
}

function resumeSlice(session: Session, throwIn: PyBaseException | null = null): void {
  const interp = session.interp;
  const paused = interp.pausedFrame as Frame;
  interp.pausedFrame = null;
  let entry = paused;
  while (entry.parent !== null) entry = entry.parent;
  runFrame(interp, entry, throwIn, paused);
}

function runSlice(session: Session, pauseAfter: number | undefined, body: () => void): RunState {
  const interp = session.interp;
  if (pauseAfter !== undefined) beginSlice(interp, Math.max(1, Math.floor(pauseAfter)), true);
  else endSlices(interp);
  const outcome = interp.activate(() => {
    try {
      body();
      return null;
    } catch (error) {
      return failure(interp, error, session.stderr);
    }
  });
  if (outcome === null && interp.pausedFrame !== null) return stoppedRun(session);
  return {
    status: 'done',
    exitCode: outcome?.exitCode ?? 0,
    error: outcome?.error ?? null,
    stdout: session.stdout.take(),
    stderr: session.stderr.take(),
  };
}

/** The state of a stopped run: at an external host call, or paused by its time slice. */
function stoppedRun(session: Session): PausedRun | CallRun {
  const call = pendingHostCall(session.interp);
  if (call === null) return pausedRun(session);
  if (call.func.hostName === HOST_WAIT_NAME && session.loopRequests) return loopRequestRun(session);
  // External calls are logged here; runAsync's own stops log the Promise outcomes themselves.
  const logged = call.func.mode === 'external' && !call.func.hostName.startsWith('_pyex_host.');
  return callRun(session, call.func.hostName, call.args, call.kwnames, logged, {
    value: (result) => answerHostCall(session.interp, result),
    error: (raise) => raise,
  });
}

/**
 * The idle asyncio loop waits at `_pyex_host.wait()` on external calls made in it: the oldest one
 * is presented as the run's host call, and its answer goes back to the loop.
 */
function loopRequestRun(session: Session): PausedRun | CallRun {
  const interp = session.interp;
  const request = interp.activate(() => firstLoopRequest(interp));
  if (request === null) {
    const error = pythonErrorNamed(
      'RuntimeError',
      'the event loop waits for host calls never made',
    );
    return stopAgain(session, () => error);
  }
  return callRun(session, request.name, request.args, request.kwnames, true, {
    value: (result) => answerHostCall(interp, loopAnswer(request.id, true, result)),
    error: (raise) => {
      const error = raise();
      const typeName = error instanceof PythonError ? error.typeName : 'RuntimeError';
      const message = error instanceof Error ? error.message : String(error);
      answerHostCall(interp, loopAnswer(request.id, false, new PyTuple([typeName, message])));
      return null;
    },
  });
}

/** Continues a run that stopped at once again (for stops the host is not shown). */
function stopAgain(session: Session, raise: () => unknown): PausedRun | CallRun {
  const state = continueRun(session, undefined, raise);
  if (state.status === 'done') throw new Error('internal: a run ended while answering a stop');
  return state;
}

/** Where a host call's answer goes: the call's result slot, or the asyncio loop's request. */
interface CallAnswer {
  /** Delivers a converted result. */
  value(result: PyValue): void;
  /** Delivers an error; returns what to raise at the pause point (null: nothing). */
  error(raise: () => unknown): (() => unknown) | null;
}

function callRun(
  session: Session,
  name: string,
  args: readonly PyValue[],
  kwnameList: readonly string[],
  logged: boolean,
  deliver: CallAnswer,
): CallRun {
  const kwnames = kwnameList.length === 0 ? null : kwnameList;
  const convert = (dicts: 'map' | 'object') =>
    session.interp.activate(() => hostArguments(args, kwnames, session.interp, dicts));
  let converted: { args: unknown[]; kwargs: Record<string, unknown> };
  try {
    converted = convert(session.hostDicts);
  } catch {
    // A dict with non-str keys under hostDicts 'object': that call gets Maps instead.
    converted = convert('map');
  }
  let used = false;
  const claim = (what: string): void => {
    if (used) throw new Error(`this host call was already answered (${what})`);
  };
  const answer = (what: string): void => {
    claim(what);
    used = true;
  };
  const fail = (raise: () => unknown, pauseAfter: number | undefined): RunState =>
    continueRun(session, pauseAfter, deliver.error(raise));
  return {
    status: 'call',
    name,
    args: converted.args,
    kwargs: converted.kwargs,
    stdout: session.stdout.take(),
    stderr: session.stderr.take(),
    snapshot: () => {
      claim('snapshot');
      return snapshotOf(session);
    },
    resume: (value?: unknown, pauseAfter?: number) => {
      answer('resume');
      let result: PyValue | undefined;
      let error: unknown = null;
      session.interp.activate(() => {
        try {
          result = toPy(value, { owner: session.interp });
          if (logged) recordEvent({ kind: 'host-call', name, result: value });
        } catch (conversionError) {
          const raised =
            conversionError instanceof PythonError
              ? conversionError
              : hostErrorToPython(conversionError);
          error = raised;
          if (logged) recordHostError(name, raised);
        }
      });
      if (error !== null) return fail(() => error, pauseAfter);
      deliver.value(result as PyValue);
      return continueRun(session, pauseAfter, null);
    },
    fail: (typeName: string, message: string, pauseAfter?: number) => {
      answer('fail');
      const raised = pythonErrorNamed(typeName, message);
      if (logged) session.interp.activate(() => recordHostError(name, raised));
      return fail(() => raised, pauseAfter);
    },
  };
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
    resumeSlice(session, throwIn);
  });
}

function snapshotOf(session: Session): Uint8Array {
  try {
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
    stdout: session.stdout.take(),
    stderr: session.stderr.take(),
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

/** The outcome of an error leaving the main module, as `run` reports it (run-outcome.ts). */
function failure(interp: Interpreter, error: unknown, stderr: SliceOutput): Failure {
  const writeErr = (text: string): void => stderr.write(text);
  if (error instanceof SyntaxFailure) {
    return syntaxFailure(error.error, error.filename, writeErr, error.source);
  }
  return describeFailure(interp, error, writeErr);
}
