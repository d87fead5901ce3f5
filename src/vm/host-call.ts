// Host functions inside the VM: the `PyHostFunction` object (a native function named by the host, relinked
// by name after a snapshot), and pausing the outermost loop at a call of an *external* host function. The
// JS side (argument conversion, HostError, the start/resume API) is src/api/host-*.ts.

import { pyError, runtimeError } from '../objects/errors.js';
import type { NativeFn } from '../objects/native-function.js';
import { PyNativeFunction } from '../objects/native-function.js';
import type { PyValue } from '../objects/py-object.js';
import type { PythonError } from '../objects/python-error.js';
import { registerStatic } from '../objects/registry.js';
import { PyTuple } from '../objects/tuple.js';
import type { Frame } from './frame.js';
import type { Interpreter } from './interpreter.js';

/** How a host function runs: called at once, pausing the run, or returning a Promise. */
export const HOST_FUNCTION_MODES = ['sync', 'external', 'async'] as const;
/** One of HOST_FUNCTION_MODES. */
export type HostFunctionMode = (typeof HOST_FUNCTION_MODES)[number];

/**
 * A host function as Python sees it: a `builtin_function_or_method` whose `fn` calls the host.
 * `hostName` is the name the host gave (`'fetch'`, or `'tools.search'` for a module member); it is
 * what snapshots keep, and `restore` links it to the function the host supplies again.
 */
export class PyHostFunction extends PyNativeFunction {
  /** The host's name of the function (`'fetch'`, `'tools.search'`). */
  declare hostName: string;
  /** How calls run (see HostFunctionMode). */
  declare mode: HostFunctionMode;

  constructor(hostName: string, module: string, mode: HostFunctionMode, fn: NativeFn) {
    const dot = hostName.lastIndexOf('.');
    const name = hostName.slice(dot + 1);
    super(name, name, fn, undefined, module, null, `host:${hostName}`);
    this.hostName = hostName;
    this.mode = mode;
  }

  /** Replaces the JS function (at creation of external functions, and when relinked by restore). */
  link(fn: NativeFn, mode: HostFunctionMode): void {
    (this as { fn: NativeFn }).fn = fn;
    this.mode = mode;
  }
}

/**
 * Thrown by an external host function's `fn` to ask the loop to pause at its call. The loop that
 * catches it pauses when it is the outermost one and the call is its own CALL/CALL_FUNCTION_EX;
 * anywhere else the signal becomes a RuntimeError (see `pauseAtHostCall`). Never escapes the VM.
 */
export class HostCallSignal {
  readonly func: PyHostFunction;
  readonly args: PyValue[];
  readonly kwnames: readonly string[] | null;

  constructor(func: PyHostFunction, args: PyValue[], kwnames: readonly string[] | null) {
    this.func = func;
    this.args = args;
    this.kwnames = kwnames;
  }
}

/** Interpreters whose runs may pause at host calls (start/restore/runAsync; not `run`). */
const pausableRuns = new WeakSet<Interpreter>();

/** Lets `interp`'s run pause at external host functions (its driver answers the calls). */
export function allowHostPauses(interp: Interpreter): void {
  pausableRuns.add(interp);
}

/** Whether `interp`'s run may pause at external host functions. */
export function hostPausesAllowed(interp: Interpreter): boolean {
  return pausableRuns.has(interp);
}

/** The RuntimeError of an external function called in a run that cannot pause (`run`). */
export function externalOutsidePausableRun(func: PyHostFunction): PythonError {
  return runtimeError(
    `external function '${func.hostName}' can only be called in a run made by start() or restore(), ` +
      'which pause at it for the host to answer',
  );
}

/**
 * The first item of the tuple a paused host call leaves on its frame's value stack, where the
 * call's result goes on resume: `(PENDING_MARK, func, args, kwnames)`. Python code never sees it.
 */
const PENDING_MARK = registerStatic('pyex.host_call_pending', new PyTuple([]));

const CALL = 91;
const CALL_FUNCTION_EX = 93;

/**
 * The loop's catch calls this for a HostCallSignal (`pc` is after the raising instruction, `sp` the
 * loop's stack pointer at that moment). When the loop is the outermost one and the instruction is a
 * CALL (or CALL_FUNCTION_EX) of that very function, the frame is left as if the call had returned
 * a placeholder, the interpreter is marked paused, and null is returned (the loop then returns
 * None). Otherwise returns the RuntimeError to raise in its place.
 */
export function pauseAtHostCall(
  interp: Interpreter,
  signal: HostCallSignal,
  frame: Frame,
  pc: number,
  sp: number,
  outermost: boolean,
  outerDepth: number,
): PythonError | null {
  const at = (pc - 1) << 1;
  const op = frame.instructions[at];
  const fast = frame.fast;
  let base = -1;
  let caller: PyValue | undefined;
  if (op === CALL) {
    const argc = frame.instructions[at + 1]!;
    const start = sp - argc - 2;
    caller = fast[start] === undefined ? fast[start + 1] : fast[start];
    base = start;
  } else if (op === CALL_FUNCTION_EX) {
    // [NULL, callable, args, kwargs] are popped; `sp` is at the NULL, or one above it when the loop
    // already advanced it for the result.
    base = fast[sp] === signal.func ? sp - 1 : sp;
    caller = fast[base + 1];
  }
  if (!pausableRuns.has(interp)) return externalOutsidePausableRun(signal.func);
  if (!outermost || caller !== signal.func) {
    let by = '';
    if (outermost && caller instanceof PyNativeFunction)
      by = ` (it was called by ${caller.name}())`;
    else if (!outermost) {
      const native = reenteringNative(frame);
      if (native !== null) by = ` (inside ${native}())`;
    }
    return runtimeError(
      `cannot pause at external function '${signal.func.hostName}' here: it was called from ` +
        `native code${by}; call it directly from Python code`,
    );
  }
  const kwnames = signal.kwnames === null ? PyTuple.EMPTY : new PyTuple(signal.kwnames);
  fast[base] = new PyTuple([PENDING_MARK, signal.func, new PyTuple(signal.args), kwnames]);
  for (let index = base + 1; index < sp; index++) fast[index] = undefined;
  frame.sp = base + 1;
  frame.pc = pc;
  frame.lastInstruction = pc - 1;
  interp.pausedFrame = frame;
  interp.frame = null;
  interp.depth = outerDepth;
  return null;
}

/**
 * The name of the native function whose call re-entered the loop running `frame` (`sorted` for a
 * `key=` lambda), found at the CALL its caller's frame is in; null when it is not a plain call.
 */
function reenteringNative(frame: Frame): string | null {
  let entry: Frame = frame;
  for (let steps = 0; !entry.isEntry && entry.parent !== null && steps < 10_000; steps++) {
    entry = entry.parent;
  }
  const caller = entry.parent;
  if (caller === null) return null;
  const at = caller.lastInstruction << 1;
  if (caller.instructions[at] !== CALL) return null;
  const start = caller.sp - caller.instructions[at + 1]! - 2;
  if (start < caller.stackBase) return null;
  const callable = caller.fast[start] === undefined ? caller.fast[start + 1] : caller.fast[start];
  return callable instanceof PyNativeFunction ? callable.name : null;
}

/** A host call a paused run is waiting on. */
export interface PendingHostCall {
  readonly func: PyHostFunction;
  /** Positional values followed by keyword values. */
  readonly args: readonly PyValue[];
  /** Names of the trailing keyword values. */
  readonly kwnames: readonly string[];
}

/** The host call the paused run waits on, or null when it paused for another reason. */
export function pendingHostCall(interp: Interpreter): PendingHostCall | null {
  const frame = interp.pausedFrame;
  if (frame === null || frame.sp <= frame.stackBase) return null;
  const top = frame.fast[frame.sp - 1];
  if (!(top instanceof PyTuple) || top.items[0] !== PENDING_MARK) return null;
  const [, func, args, kwnames] = top.items;
  if (!(func instanceof PyHostFunction) || !(args instanceof PyTuple)) return null;
  if (!(kwnames instanceof PyTuple) || !validKeywords(kwnames.items, args.items.length))
    return null;
  return { func, args: args.items, kwnames: kwnames.items as string[] };
}

/** Whether `names` can name the trailing keyword values of `argCount` arguments (restored data). */
export function validKeywords(names: readonly PyValue[], argCount: number): boolean {
  if (names.length > argCount) return false;
  for (const name of names) if (typeof name !== 'string') return false;
  return true;
}

/**
 * Puts the host's answer where the paused call's result goes; the run then continues with
 * `runFrame(interp, entry, null, interp.pausedFrame)`.
 */
export function answerHostCall(interp: Interpreter, value: PyValue): void {
  const frame = interp.pausedFrame as Frame;
  frame.fast[frame.sp - 1] = value;
}

/**
 * Host function linking during restore: each restored PyHostFunction asks `linker` for its JS
 * function. Set only while `restoreWithHostLinker` runs.
 */
let activeLinker: ((func: PyHostFunction) => void) | null = null;

/** Runs `restore` (a snapshot read) with `linker` relinking every PyHostFunction it rebuilds. */
export function restoreWithHostLinker<T>(
  linker: (func: PyHostFunction) => void,
  restore: () => T,
): T {
  const previous = activeLinker;
  activeLinker = linker;
  try {
    return restore();
  } finally {
    activeLinker = previous;
  }
}

/** The `fn` of a host function the host did not supply again at restore. */
export function missingHostFunction(func: PyHostFunction): NativeFn {
  return () => {
    throw pyError(
      'RuntimeError',
      `host function '${func.hostName}' is not available: it was not given to restore()`,
    );
  };
}

/**
 * The snapshot reader's fix-up for a restored PyHostFunction (registered in class-registry.ts):
 * unlinked until the active linker (see `restoreWithHostLinker`) supplies the host's function.
 * Returns false for a malformed object (the reader then rejects the snapshot).
 */
export function relinkHostFunction(func: PyHostFunction): boolean {
  if (typeof func.hostName !== 'string' || !HOST_FUNCTION_MODES.includes(func.mode)) return false;
  func.link(missingHostFunction(func), func.mode);
  activeLinker?.(func);
  return true;
}
