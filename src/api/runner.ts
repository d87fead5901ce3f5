// The engine under `run` and sessions: one interpreter with its `__main__` module, output sinks,
// capabilities, limits and event log; `execute` runs a compiled Program in it and reports the result.
// The wall-clock limit is enforced by running in time slices (the VM pauses at its outermost loop).

import '../builtins/builtins-module.js';
import '../stdlib/modules.js';
import { showCompileWarning } from '../compiler/warning-output.js';
import type { PyCode } from '../objects/code.js';
import type { PyDict } from '../objects/dict.js';
import { PyModule } from '../objects/module.js';
import type { PyValue } from '../objects/py-object.js';
import { PySyntaxError } from '../parser/syntax-errors.js';
import { bindCapabilities, type Capabilities } from '../sandbox/capabilities.js';
import { EventLog, type RunEvent } from '../sandbox/event-log.js';
import type { FileSource } from '../vm/import-system.js';
import { hostNowMs, Interpreter } from '../vm/interpreter.js';
import { durationLimitMessage, instructionLimitMessage, limitError } from '../vm/limits.js';
import { beginSlice, endSlices } from '../vm/snapshot/time-slice.js';
import { estimateHeap, type HeapEstimate, shallowHeap } from './heap-size.js';
import {
  type HostFunctionOptions,
  type HostResultHandler,
  installHostFunctions,
} from './host-functions.js';
import { type Limits, type ResolvedLimits, resolveLimits } from './limits.js';
import { OutputBudget, OutputCapture } from './output-capture.js';
import { compileProgram, type Program } from './program.js';
import type { PyexError } from './pyex-error.js';
import { describeFailure, type Failure, internalFailure, syntaxFailure } from './run-outcome.js';
import { capabilitiesFor, type SandboxOptions } from './sandbox-options.js';
import { convertForHost, toJs, toPy } from './values.js';

/** Charged instructions between two looks at the clock (about a millisecond of Python). */
const SLICE_UNITS = 16_384;

/** Charged instructions between two measures of the heap, at least. */
const MIN_HEAP_CHECK_UNITS = 1 << 20;
/** Charged instructions between two measures of the heap, at most. */
const MAX_HEAP_CHECK_UNITS = 1 << 23;
/**
 * After a walk of the heap that took w ms, the next periodic walk waits until WALK_SPACING × w ms
 * have passed, so periodic walks take at most about 5% of a run's time however large the heap.
 */
const WALK_SPACING = 20;
/**
 * A walk's forecast cost per item it visits (ms), process-wide: measured by each walk (the machine's
 * speed and load at the time), 100 ns before the first.
 */
let walkItemMs = 1e-4;
/** Heaps this small (items one level deep) are walked at the end of every run: it costs microseconds. */
const SMALL_HEAP_ITEMS = 4096;

/** The message of the memory limit error when the heap outgrew it. */
function heapLimitMessage(bytes: number, limit: number): string {
  return `memory limit exceeded: the program holds about ${bytes} bytes (limit ${limit} bytes)`;
}

/** Options shared by `run` and `createSession`. */
export interface EngineOptions extends SandboxOptions, HostFunctionOptions {
  /** The file name shown in tracebacks (default `<string>`). */
  readonly filename?: string;
  /** `sys.argv` (default `[filename]`). */
  readonly argv?: readonly string[];
  /** Receives sys.stdout writes as they happen (the result also carries them). */
  readonly stdout?: (text: string) => void;
  /** Receives sys.stderr writes as they happen, including the final traceback. */
  readonly stderr?: (text: string) => void;
  /**
   * Standard input for `input()` and `sys.stdin` (default empty): the whole text, or a function
   * called for each next line (with its newline) that returns null at end of input — for a
   * terminal read line by line. With a function, `sys.stdin.read()` returns one line at a time.
   */
  readonly stdin?: string | (() => string | null);
  /** Where `import` finds `.py` files (default: nowhere; built-in modules only). */
  readonly files?: FileSource | null;
  /** Directories searched for modules (`sys.path`). */
  readonly path?: readonly string[];
  /** Resource limits (see `Limits`; absent fields take `DEFAULT_LIMITS`). */
  readonly limits?: Limits;
  /** Keep stdout/stderr text in the result (default true; false only streams to the callbacks). */
  readonly captureOutput?: boolean;
  /**
   * Walk the heap once more when a run ends, so `stats.peakMemory` measures short runs too (default
   * true). False skips that last walk, for a host that does not read the figure (the CLI): the
   * memory limit is enforced the same during the run, and `peakMemory` then counts the walks made
   * while it ran and the largest allocation.
   */
  readonly measurePeakMemory?: boolean;
  /** How a dict result converts: `'map'` (default) or `'object'` (null-prototype objects). */
  readonly dicts?: 'map' | 'object';
  /** Record nondeterministic inputs in `RunResult.events` (default true). */
  readonly recordEvents?: boolean;
  /** @deprecated Use `limits.instructions`. */
  readonly instructionBudget?: number;
  /** @deprecated Use `limits.memoryBytes`. */
  readonly memoryLimit?: number;
  /** @deprecated Use `limits.recursion`. */
  readonly recursionLimit?: number;
}

/** Counters of one run. */
export interface RunStats {
  /** Charged instructions (backward jumps and calls, native loops by chunks): what `limits.instructions` counts. */
  readonly instructions: number;
  /** The largest single allocation the program asked for, in bytes: what `limits.memoryBytes` bounds. */
  readonly peakMemory: number;
  /** Wall-clock milliseconds the program ran (time inside host calls not counted). */
  readonly durationMs: number;
}

/** The outcome of a run (or of one session snippet). */
export interface RunResult {
  /** The process exit status python3 would have (0, 1, or a SystemExit code; 70: a Pyex bug). */
  readonly exitCode: number;
  /** Why the program failed, or null when it completed (a SystemExit is not an error). */
  readonly error: PyexError | null;
  /**
   * The value of the last statement when it is an expression statement (converted: None → null,
   * int → number or bigint, list → Array, dict → Map…; other objects → PyHandle), else undefined.
   * Undefined when the run failed.
   */
  readonly value: unknown;
  /** Everything written to sys.stdout (empty with `captureOutput: false`). */
  readonly stdout: string;
  /** Everything written to sys.stderr, with the final traceback (empty with `captureOutput: false`). */
  readonly stderr: string;
  /** Instructions, memory and time used. */
  readonly stats: RunStats;
  /** The nondeterministic inputs of the run (time readings, entropy, file reads, host calls). */
  readonly events: readonly RunEvent[];
}

/** One interpreter and its `__main__`, ready to run programs one after another. */
export class Engine {
  readonly interp: Interpreter;
  readonly main: PyModule;
  readonly limits: ResolvedLimits;
  readonly log: EventLog | null;
  private readonly stdout: OutputCapture;
  private readonly stderr: OutputCapture;
  private readonly outputBudget: OutputBudget;
  private readonly dicts: 'map' | 'object';
  private readonly measurePeakMemory: boolean;
  private eventsTaken = 0;
  private heapPeak = 0;
  private unitsSinceHeapCheck = 0;
  private nextHeapCheckUnits = MIN_HEAP_CHECK_UNITS;
  /** How long the last heap walk took (ms), and when it ended (`hostNowMs`). */
  private lastWalkMs = 0;
  private lastWalkEndMs = Number.NEGATIVE_INFINITY;
  /** The last walk's estimate, and whether the current run has walked yet. */
  private lastHeapBytes = 0;
  private walkedThisRun = false;
  /** When the current run started (`hostNowMs`): walks are spaced from there too. */
  private runStartMs = 0;

  /** The capability set the run was given (before event recording wraps it). */
  readonly capabilities: Capabilities;
  /** Output bytes counted against `limits.outputBytes`. */
  get outputBudgetUsed(): number {
    return this.outputBudget.usedBytes;
  }
  set outputBudgetUsed(bytes: number) {
    this.outputBudget.usedBytes = bytes;
  }

  /**
   * `restored`: an interpreter brought back from a snapshot (pausable-run.ts), made with the
   * engine's output sinks; it already holds its `__main__`.
   */
  constructor(
    options: EngineOptions,
    restored?: (sinks: { stdout: OutputCapture; stderr: OutputCapture }) => Interpreter,
    hostResults?: (interp: Interpreter) => HostResultHandler,
  ) {
    const filename = options.filename ?? '<string>';
    this.limits = engineLimits(options);
    this.outputBudget = new OutputBudget(this.limits.outputBytes);
    const keep = options.captureOutput ?? true;
    this.stdout = new OutputCapture(options.stdout, this.outputBudget, keep);
    this.stderr = new OutputCapture(options.stderr, this.outputBudget, keep);
    this.dicts = options.dicts ?? 'map';
    this.measurePeakMemory = options.measurePeakMemory ?? true;
    const stdin = typeof options.stdin === 'string' ? options.stdin : '';
    this.log = (options.recordEvents ?? true) ? new EventLog() : null;
    this.capabilities = capabilitiesFor(options, stdin);
    if (restored !== undefined) {
      this.interp = restored({ stdout: this.stdout, stderr: this.stderr });
      bindCapabilities(this.interp, this.capabilities, this.log);
      const main = this.interp.modules.getStr('__main__');
      if (!(main instanceof PyModule)) throw new Error('internal: a restored run without __main__');
      // Its host functions were linked by name while it was read (restoreWithHostLinker).
      this.main = main;
      return;
    }
    // Every field written, none spread: one object shape, built without a runtime call.
    this.interp = new Interpreter({
      stdout: this.stdout,
      stderr: this.stderr,
      argv: options.argv ?? [filename],
      files: options.files ?? null,
      path: options.path ?? [],
      stdin,
      stdinLines: typeof options.stdin === 'function' ? options.stdin : undefined,
      memoryLimit: this.limits.memoryBytes,
      recursionLimit: this.limits.recursion,
      intMaxStrDigits: this.limits.intDigits,
      hashSeed: options.seed,
    });
    if (options.seed !== undefined) this.log?.record({ kind: 'seed', seed: options.seed });
    bindCapabilities(this.interp, this.capabilities, this.log);
    this.main = this.interp.newModule('__main__', null);
    this.interp.modules.setStr('__main__', this.main);
    this.interp.activate(() => {
      installHostFunctions(this.interp, this.main.dict, options, hostResults?.(this.interp));
    });
  }

  /** Compiles `source` (syntax errors become a failed result) and runs it. */
  runSource(source: string, filename: string): RunResult {
    let program: Program;
    const interp = this.interp;
    interp.sources.set(filename, source);
    try {
      program = compileProgram(source, filename, (warning) =>
        interp.activate(() => showCompileWarning(interp, warning, filename)),
      );
    } catch (error) {
      const failure =
        error instanceof PySyntaxError
          ? syntaxFailure(error, filename, (text) => this.stderr.emit(text), source)
          : internalFailure(error, (text) => this.stderr.emit(text));
      return this.result(failure, undefined, 0, 0);
    }
    return this.execute(program);
  }

  /** Runs a compiled program in `__main__`; never throws for anything the program does. */
  execute(program: Program): RunResult {
    const interp = this.interp;
    const started = hostNowMs();
    this.beginProgram(program);
    const globals = this.main.dict;
    const budgetAtStart = interp.budget;
    const hostTimeAtStart = interp.hostTimeMs;
    let value: PyValue | undefined;
    const failure = interp.activate((): Failure | null => {
      try {
        if (!program.bodyIsEmpty) this.drive(program.bodyCode, globals);
        const last = program.lastExpressionCode;
        if (last !== null) value = this.drive(last, globals);
        this.checkLateDeadline();
        return null;
      } catch (error) {
        return describeFailure(interp, error, (text) => this.stderr.emit(text));
      }
    });
    const used = this.instructionsUsed(budgetAtStart);
    const durationMs = Math.max(0, hostNowMs() - started - (interp.hostTimeMs - hostTimeAtStart));
    return this.conclude(failure, value, used, durationMs);
  }

  /**
   * Prepares `__main__` for `program` (file name, loader, compile warnings) and resets the limits
   * and counters of a new run.
   */
  beginProgram(program: Program): void {
    const interp = this.interp;
    this.resetLimits();
    interp.sources.set(program.filename, program.source);
    const globals = this.main.dict;
    if (globals.getStr('__file__') === undefined) {
      globals.setStr('__file__', program.filename);
      interp.activate(() => interp.imports.prepareMainModule(this.main, program.filename));
    }
  }

  /**
   * One native operation (a huge int power) can outlast the deadline without a check inside it:
   * the run still fails with the time limit. Call inside `interp.activate`.
   */
  checkLateDeadline(): void {
    const interp = this.interp;
    if (interp.deadlinePassed() && interp.deadlineMs !== Number.MAX_VALUE) {
      throw limitError('time', durationLimitMessage(interp.durationLimitMs));
    }
  }

  /** Charged instructions spent since the total budget was `budgetAtStart`. */
  instructionsUsed(budgetAtStart: number): number {
    const interp = this.interp;
    const left =
      interp.budgetCause === 'instructions'
        ? Math.max(0, interp.budget) + interp.budgetReserve
        : interp.budgetLeftAtExpiry;
    return Math.max(0, budgetAtStart - left);
  }

  /**
   * The result of a finished run: `failure` null when it completed with `value` (the last
   * expression's, converted here), and the counters.
   */
  conclude(
    failure: Failure | null,
    value: PyValue | undefined,
    instructions: number,
    durationMs: number,
  ): RunResult {
    const interp = this.interp;
    if (this.measurePeakMemory && Number.isFinite(this.limits.memoryBytes)) this.measureFinalHeap();
    if (failure !== null) return this.result(failure, undefined, instructions, durationMs);
    let converted: unknown;
    try {
      converted =
        value === undefined
          ? undefined
          : interp.activate(() => toJs(value, { dicts: this.dicts, owner: interp }));
    } catch (error) {
      const conversion = interp.activate(() =>
        describeFailure(interp, error, (text) => this.stderr.emit(text)),
      );
      return this.result(conversion, undefined, instructions, durationMs);
    }
    return this.result({ exitCode: 0, error: null }, converted, instructions, durationMs);
  }

  /** A failure written to the run's stderr (a syntax error of the source, an internal error). */
  writeFailure(error: unknown, filename: string, source: string | null): Failure {
    const writeErr = (text: string): void => this.stderr.emit(text);
    return error instanceof PySyntaxError
      ? syntaxFailure(error, filename, writeErr, source)
      : this.interp.activate(() => describeFailure(this.interp, error, writeErr));
  }

  /** Writes `text` to the run's stderr (a traceback). */
  writeError(text: string): void {
    this.stderr.emit(text);
  }

  /** Text written to sys.stdout since the last take. */
  takeStdout(): string {
    return this.stdout.take();
  }

  /** Text written to sys.stderr since the last take. */
  takeStderr(): string {
    return this.stderr.take();
  }

  /** A global of `__main__`, converted for the host (undefined when unbound). */
  get(name: string): unknown {
    const value = this.main.dict.getStr(name);
    if (value === undefined) return undefined;
    return this.interp.activate(() =>
      convertForHost(() => toJs(value, { dicts: this.dicts, owner: this.interp })),
    );
  }

  /** Binds a global of `__main__` to a converted host value. */
  set(name: string, value: unknown): void {
    const converted = this.interp.activate(() =>
      convertForHost(() => toPy(value, { owner: this.interp })),
    );
    this.main.dict.setStr(name, converted);
  }

  /** Makes each entry a global of `__main__`. */
  setInputs(inputs: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>): void {
    const entries = inputs instanceof Map ? [...inputs] : Object.entries(inputs);
    for (const [name, value] of entries) this.set(name, value);
  }

  /** Every event recorded since the engine was made. */
  allEvents(): readonly RunEvent[] {
    return this.log === null ? [] : this.log.events;
  }

  /** Sets the limits' budgets for a new run. */
  resetLimits(): void {
    const interp = this.interp;
    const instructions = Number.isFinite(this.limits.instructions)
      ? this.limits.instructions
      : Number.MAX_SAFE_INTEGER;
    interp.budget = instructions;
    interp.budgetReserve = 0;
    interp.budgetCause = 'instructions';
    interp.budgetCauseMessage = instructionLimitMessage(instructions);
    interp.budgetLeftAtExpiry = 0;
    interp.startDeadline(this.limits.durationMs);
    this.outputBudget.usedBytes = 0;
    const memory = this.limits.memoryBytes;
    // Slicing for the heap measure needs the deadline hooks even without a time limit.
    if (!Number.isFinite(interp.deadlineMs) && Number.isFinite(memory)) {
      interp.deadlineMs = Number.MAX_VALUE;
    }
    interp.allocatedSinceHeapCheck = 0;
    interp.heapCheckAfterBytes = Number.isFinite(memory) ? memory / 2 : Number.POSITIVE_INFINITY;
    this.heapPeak = 0;
    this.walkedThisRun = false;
    this.runStartMs = hostNowMs();
  }

  /**
   * Between two slices: measures the heap when the counted allocations since the last measure may
   * have taken it past the limit, or when enough instructions and enough time (WALK_SPACING times
   * the last walk's duration) have passed; ends the run's budget with the memory limit when over.
   */
  checkHeap(unitsRun: number): void {
    const interp = this.interp;
    this.unitsSinceHeapCheck += unitsRun;
    if (interp.allocatedSinceHeapCheck <= interp.heapCheckAfterBytes) {
      if (this.unitsSinceHeapCheck < this.nextHeapCheckUnits) return;
      // Past the most instructions allowed between walks, or when a look at the heap forecasts
      // more than half the limit (where the check matters), walk whatever it costs.
      if (this.unitsSinceHeapCheck < MAX_HEAP_CHECK_UNITS) {
        const shallow = shallowHeap(interp, this.main);
        if (shallow.forecastBytes <= this.limits.memoryBytes / 2) {
          const forecast = Math.max(this.lastWalkMs, shallow.items * walkItemMs);
          if (this.msSinceWalk() < WALK_SPACING * forecast) return;
        }
      }
    }
    const estimate = this.walkHeap();
    this.unitsSinceHeapCheck = 0;
    interp.allocatedSinceHeapCheck = 0;
    // Space walks in proportion to the heap too, but not so far apart that it grows unchecked.
    this.nextHeapCheckUnits = Math.min(
      MAX_HEAP_CHECK_UNITS,
      Math.max(MIN_HEAP_CHECK_UNITS, estimate.objects * 8),
    );
    // Counted allocations cannot take the heap past the limit before they add up to the headroom
    // left (at least an eighth of the limit, so checks stay frequent near it).
    const limit = this.limits.memoryBytes;
    interp.heapCheckAfterBytes = Math.max(limit / 8, limit - estimate.bytes);
    if (estimate.bytes > limit) {
      interp.expireBudget('memory', heapLimitMessage(estimate.bytes, limit));
    }
  }

  /**
   * peakMemory at the end of a run: one more walk, so short runs are measured too — unless it would
   * cost more than 1/WALK_SPACING of the time since the run started or last walked (a walk at the end
   * of every run would double a big run's cost). Then the last estimate plus the allocations counted
   * since, or a one-level look at the heap (a lower bound), stands in for it.
   */
  private measureFinalHeap(): void {
    const interp = this.interp;
    const since = this.msSinceWalk();
    if (this.walkedThisRun && since < WALK_SPACING * this.lastWalkMs) {
      this.heapPeak = Math.max(this.heapPeak, this.lastHeapBytes + interp.allocatedSinceHeapCheck);
      return;
    }
    const shallow = shallowHeap(interp, this.main);
    if (shallow.items <= SMALL_HEAP_ITEMS || since >= WALK_SPACING * shallow.items * walkItemMs) {
      this.walkHeap();
      return;
    }
    const grown = this.walkedThisRun ? this.lastHeapBytes + interp.allocatedSinceHeapCheck : 0;
    this.heapPeak = Math.max(this.heapPeak, grown, shallow.bytes);
  }

  /** Milliseconds since the last heap walk or the start of the run, whichever is later. */
  private msSinceWalk(): number {
    return hostNowMs() - Math.max(this.lastWalkEndMs, this.runStartMs);
  }

  /**
   * Walks the heap, timing the walk, and records the estimate in the run's peak: the bounding walk
   * (shared scalar leaves counted at each reference), and the exact one only when the bound is over
   * the limit.
   */
  private walkHeap(): HeapEstimate {
    const started = hostNowMs();
    let estimate = estimateHeap(this.interp, this.main, true);
    if (estimate.bytes > this.limits.memoryBytes) estimate = estimateHeap(this.interp, this.main);
    const ended = hostNowMs();
    this.lastWalkMs = ended - started;
    // Big walks only: a short one's time is mostly clock resolution.
    if (estimate.items >= 10_000) walkItemMs = this.lastWalkMs / estimate.items;
    this.lastWalkEndMs = ended;
    this.lastHeapBytes = estimate.bytes;
    this.walkedThisRun = true;
    this.heapPeak = Math.max(this.heapPeak, estimate.bytes);
    return estimate;
  }

  /**
   * Runs module-level code; with a wall-clock limit, in slices: between two slices the clock is
   * read, and past the deadline the budget collapses so the next instruction raises the limit.
   */
  private drive(code: PyCode, globals: PyDict): PyValue {
    const interp = this.interp;
    const measureHeap = Number.isFinite(this.limits.memoryBytes);
    if (!Number.isFinite(interp.deadlineMs) && !measureHeap) {
      return interp.execCode(code, globals);
    }
    let left = interp.budget + interp.budgetReserve;
    beginSlice(interp, SLICE_UNITS);
    try {
      let result = interp.execCode(code, globals);
      while (interp.pausedFrame !== null) {
        const nowLeft = interp.budget + interp.budgetReserve;
        if (measureHeap && interp.budgetCause === 'instructions') this.checkHeap(left - nowLeft);
        left = nowLeft;
        if (interp.budgetCause !== 'instructions') {
          // A limit ended the budget: the next charged instruction raises it.
        } else if (interp.deadlinePassed()) {
          interp.expireBudget('time', durationLimitMessage(interp.durationLimitMs));
        } else {
          beginSlice(interp, SLICE_UNITS);
        }
        result = interp.resumePaused();
      }
      return result;
    } finally {
      interp.pausedFrame = null;
      endSlices(interp);
    }
  }

  private result(
    failure: Failure,
    value: unknown,
    instructions: number,
    durationMs: number,
  ): RunResult {
    const events = this.log === null ? [] : this.log.events.slice(this.eventsTaken);
    this.eventsTaken = this.log === null ? 0 : this.log.events.length;
    return {
      exitCode: failure.exitCode,
      error: failure.error,
      value,
      stdout: this.stdout.take(),
      stderr: this.stderr.take(),
      stats: {
        instructions,
        peakMemory: Math.max(this.interp.largestAllocation, this.heapPeak),
        durationMs,
      },
      events,
    };
  }
}

/** The defaults, resolved once (most runs name no limit). */
const DEFAULT_RESOLVED_LIMITS: ResolvedLimits = resolveLimits(undefined);

/** The limits of a run: its `limits` over the deprecated single-limit options over the defaults. */
function engineLimits(options: EngineOptions): ResolvedLimits {
  const { instructionBudget, memoryLimit, recursionLimit } = options;
  if (
    instructionBudget === undefined &&
    memoryLimit === undefined &&
    recursionLimit === undefined
  ) {
    return options.limits === undefined ? DEFAULT_RESOLVED_LIMITS : resolveLimits(options.limits);
  }
  const legacy: { -readonly [K in keyof Limits]: Limits[K] } = {};
  if (instructionBudget !== undefined) legacy.instructions = instructionBudget;
  if (memoryLimit !== undefined) legacy.memoryBytes = memoryLimit;
  if (recursionLimit !== undefined) legacy.recursion = recursionLimit;
  return resolveLimits(options.limits, legacy);
}
