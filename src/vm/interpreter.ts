// The Interpreter: one Python world (builtins, sys, modules, limits, the frame stack) and its entry
// points (run a module, call a function from native code, resume a generator). It implements the
// object model's Runtime interface; the dispatch loop is eval-loop.ts.

import type { CodeObject } from '../compiler/code-object.js';
import { compile } from '../compiler/compile.js';
import { showCompileWarning } from '../compiler/warning-output.js';
import { codeFor, PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { memoryError, recursionError } from '../objects/errors.js';
import { exceptionTypeNamed, type LimitKind, type PyBaseException } from '../objects/exceptions.js';
import type { PyFunction } from '../objects/function.js';
import type { PyGenerator } from '../objects/generator.js';
import '../objects/install-methods.js';
import { PyModule } from '../objects/module.js';
import { getAttr } from '../objects/protocol-attr.js';
import { callObject } from '../objects/protocol-call.js';
import type { PyValue } from '../objects/py-object.js';
import {
  type ResumeMode,
  type ResumeResult,
  type Runtime,
  rt,
  setRuntime,
} from '../objects/runtime.js';
import { None } from '../objects/singletons.js';
import {
  type SipKey,
  setActiveSipKey,
  sipKeyForSeed,
  ZERO_SIP_KEY,
} from '../objects/string-hash.js';
import { parse } from '../parser/parser.js';
import {
  GENERATOR_FLAGS,
  generatorKindOf,
  initCells,
  makeFunctionFrame,
  makeGenerator,
} from './call.js';
import { runFrame } from './eval-loop.js';
import { ExcStateItem } from './exceptions-state.js';
import { Frame } from './frame.js';
import { resumeGeneratorNative } from './generators.js';
import { type FileSource, ImportSystem } from './import-system.js';
import {
  type BudgetCause,
  durationLimitMessage,
  instructionLimitMessage,
  limitError,
  memoryLimitMessage,
} from './limits.js';
import { chargeFromReserve } from './snapshot/time-slice.js';
import './zero-arg-super.js';
import './frame-object.js';

/** Where the interpreter writes `sys.stdout`/`sys.stderr` output. */
export interface OutputSink {
  write(text: string): void;
}

/** Configuration of an Interpreter. */
export interface InterpreterOptions {
  /** `sys.stdout` writes go here. */
  readonly stdout: OutputSink;
  /** `sys.stderr` writes go here. */
  readonly stderr: OutputSink;
  /** `sys.argv`. */
  readonly argv?: readonly string[];
  /** Reads `.py` files for imports (none: only built-in modules import). */
  readonly files?: FileSource | null;
  /** Directories searched for modules (`sys.path`), in order. */
  readonly path?: readonly string[];
  /** Instruction budget (backward jumps and calls); default 2**53 (practically unlimited). */
  readonly instructionBudget?: number;
  /** Memory limit in bytes for single allocations the program controls; default 1 GiB. */
  readonly memoryLimit?: number;
  /** Initial `sys.getrecursionlimit()`; default 1000. */
  readonly recursionLimit?: number;
  /** Initial `sys.get_int_max_str_digits()`; default 4300 (0 disables the check, as in CPython). */
  readonly intMaxStrDigits?: number;
  /**
   * Seeds `hash()` of str and bytes as CPython's PYTHONHASHSEED does (taken modulo 2**32); default
   * 0, which is CPython's PYTHONHASHSEED=0.
   */
  readonly hashSeed?: number | bigint | undefined;
  /** Standard input text (`input()`, `sys.stdin`). */
  readonly stdin?: string;
  /**
   * Where more standard input comes from once `stdin` is used up: called for the next line (with
   * its newline), returning null at end of input (a terminal the host reads line by line).
   */
  readonly stdinLines?: (() => string | null) | undefined;
}

/** The hooks that let other layers (builtins, sys) plug into an interpreter at creation. */
export interface InterpreterSetup {
  /** Makes the builtins module for an interpreter. */
  makeBuiltins(interp: Interpreter): PyModule;
  /** Makes the sys module for an interpreter. */
  makeSys(interp: Interpreter): PyModule;
  /** Runs once the interpreter is complete (links sys.path to the import system…). */
  afterCreate(interp: Interpreter): void;
}

let setupHooks: InterpreterSetup | null = null;

/** Installs how interpreters get their builtins and sys modules (done by src/builtins). */
export function setInterpreterSetup(setup: InterpreterSetup): void {
  setupHooks = setup;
}

/** Allocations this large fail in CPython too (a catchable MemoryError there and here): 1 TiB. */
const IMPOSSIBLE_ALLOCATION = 2 ** 40;

/** Instructions a re-entrant loop gets at a time once its time slice has run out. */
const NESTED_SLICE_UNITS = 4096;

/** Milliseconds from a monotonic host clock (the wall-clock limit's time base). */
export function hostNowMs(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf !== undefined ? perf.now() : Date.now();
}

/** A Python world: modules, builtins, limits and the frame stack. Implements Runtime. */
export class Interpreter implements Runtime, BudgetCause {
  declare readonly options: InterpreterOptions;
  declare readonly builtinsModule: PyModule;
  declare readonly builtins: PyDict;
  declare readonly sysModule: PyModule;
  /** `sys.modules`. */
  declare readonly modules: PyDict;
  declare readonly imports: ImportSystem;
  /** Source text of every compiled file, for tracebacks (linecache). */
  declare readonly sources: Map<string, string>;
  /** The frame executing now (null between runs). */
  declare frame: Frame | null;
  /** Python frames on the stack (recursion depth). */
  declare depth: number;
  /** `sys.getrecursionlimit()`. */
  declare recursionLimit: number;
  /** Remaining instruction budget. */
  declare budget: number;
  /** The memory limit in bytes. */
  declare readonly memoryLimit: number;
  /** The handled-exception chain (top = what sys.exception() sees). */
  declare excInfo: ExcStateItem;
  /** `sys.get_int_max_str_digits()`. */
  declare intMaxStrDigits: number;
  /** Set by the loop when an entry frame suspended (yield) rather than returned. */
  declare lastExitYielded: boolean;
  /** Standard input read ahead and not consumed yet (see `stdinText`). */
  declare stdinBuffer: string;
  /** Set once `options.stdinLines` reported the end of input. */
  declare stdinEnded: boolean;
  /** Pause/resume (snapshot/time-slice.ts): budget held back from `budget` while a time slice runs. */
  declare budgetReserve: number;
  /** Pause/resume: the innermost frame of a run paused when its time slice ended, else null. */
  declare pausedFrame: Frame | null;
  /** The limit reported when the instruction budget runs out (see limits.ts BudgetCause). */
  declare budgetCause: Exclude<LimitKind, null>;
  /** The message of that limit's error. */
  declare budgetCauseMessage: string;
  /** The instruction budget left when another limit ended it (see expireBudget), for statistics. */
  declare budgetLeftAtExpiry: number;
  /** Milliseconds spent inside host calls so far (creditHostTime), excluded from durations. */
  declare hostTimeMs: number;
  /** Bytes of program-sized allocations since the run driver last measured the heap. */
  declare allocatedSinceHeapCheck: number;
  /** Past this many allocated bytes the current time slice ends early (Infinity: never). */
  declare heapCheckAfterBytes: number;
  /** The SipHash key of `hash()` on str and bytes while this interpreter is active. */
  declare hashKey: SipKey;
  /** The wall-clock limit in ms (Infinity: none). */
  declare durationLimitMs: number;
  /** When the wall-clock limit passes (`hostNowMs()` time base; Infinity: never). */
  declare deadlineMs: number;
  /** The largest single allocation the program asked for, in bytes (the memory limit's measure). */
  declare largestAllocation: number;
  /** builtinsFor's one-entry cache: the globals dict last asked about (null: none). */
  declare builtinsCacheGlobals: PyDict | null;
  /** The version of `builtinsCacheGlobals` when cached. */
  declare builtinsCacheVersion: number;
  /** The entry index of its `__builtins__` (-1: absent). */
  declare builtinsCacheIndex: number;
  /** The `__builtins__` value seen then. */
  declare builtinsCacheValue: PyValue | undefined;
  /** The builtins dict builtinsFor answered. */
  declare builtinsCacheResult: PyDict | null;

  constructor(options: InterpreterOptions) {
    if (setupHooks === null)
      throw new Error('internal: builtins not installed (import src/builtins)');
    this.options = options;
    this.sources = new Map();
    this.frame = null;
    this.depth = 0;
    this.recursionLimit = options.recursionLimit ?? 1000;
    this.budget = options.instructionBudget ?? Number.MAX_SAFE_INTEGER;
    this.memoryLimit = options.memoryLimit ?? 1 << 30;
    this.excInfo = new ExcStateItem(None);
    this.intMaxStrDigits = 4300;
    this.lastExitYielded = false;
    this.stdinBuffer = options.stdin ?? '';
    this.stdinEnded = false;
    this.budgetReserve = 0;
    this.pausedFrame = null;
    this.budgetCause = 'instructions';
    this.budgetCauseMessage = instructionLimitMessage(this.budget);
    this.budgetLeftAtExpiry = 0;
    this.hostTimeMs = 0;
    this.allocatedSinceHeapCheck = 0;
    this.heapCheckAfterBytes = Number.POSITIVE_INFINITY;
    this.hashKey =
      options.hashSeed === undefined
        ? ZERO_SIP_KEY
        : sipKeyForSeed(Number(BigInt.asUintN(32, BigInt(options.hashSeed))));
    this.durationLimitMs = Number.POSITIVE_INFINITY;
    this.deadlineMs = Number.POSITIVE_INFINITY;
    this.largestAllocation = 0;
    this.builtinsCacheGlobals = null;
    this.builtinsCacheVersion = 0;
    this.builtinsCacheIndex = -1;
    this.builtinsCacheValue = undefined;
    this.builtinsCacheResult = null;
    if (options.intMaxStrDigits !== undefined) this.intMaxStrDigits = options.intMaxStrDigits;
    this.modules = new PyDict();
    const previous = setRuntime(this);
    const previousKey = setActiveSipKey(this.hashKey);
    try {
      this.builtinsModule = setupHooks.makeBuiltins(this);
      this.builtins = this.builtinsModule.dict;
      this.sysModule = setupHooks.makeSys(this);
      this.modules.setStr('builtins', this.builtinsModule);
      this.modules.setStr('sys', this.sysModule);
      this.imports = new ImportSystem(this, options.files ?? null, options.path ?? []);
      setupHooks.afterCreate(this);
    } finally {
      setRuntime(previous);
      setActiveSipKey(previousKey);
    }
  }

  /**
   * Remaining standard input: what is buffered, or (when that is empty) the next line from
   * `options.stdinLines`. Readers consume it by assigning the rest back.
   */
  get stdinText(): string {
    const pull = this.options.stdinLines;
    if (this.stdinBuffer === '' && pull !== undefined && !this.stdinEnded) {
      const line = pull();
      if (line === null) this.stdinEnded = true;
      else this.stdinBuffer = line;
    }
    return this.stdinBuffer;
  }

  set stdinText(text: string) {
    this.stdinBuffer = text;
  }

  /** Runs `fn` with this interpreter as the active runtime (natives reach it through `rt()`). */
  activate<T>(fn: () => T): T {
    const previous = setRuntime(this);
    const previousKey = setActiveSipKey(this.hashKey);
    try {
      return fn();
    } finally {
      setRuntime(previous);
      setActiveSipKey(previousKey);
    }
  }

  /**
   * Parses and compiles source (PySyntaxError on bad input), remembering it for tracebacks; its
   * compile-time SyntaxWarnings go to sys.stderr.
   */
  compileSource(
    source: string,
    filename: string,
    mode: 'exec' | 'eval' | 'single' = 'exec',
  ): CodeObject {
    this.sources.set(filename, source);
    const module = parse(source, filename);
    return compile(module, filename, mode, {
      onWarning: (warning) => showCompileWarning(this, warning, filename),
    });
  }

  /** A fresh module registered in sys.modules (not executed). */
  newModule(name: string, file: string | null): PyModule {
    const module = new PyModule(name);
    const dict = module.dict;
    dict.setStr('__doc__', None);
    dict.setStr('__package__', None);
    dict.setStr('__loader__', None);
    dict.setStr('__spec__', None);
    if (file !== null) dict.setStr('__file__', file);
    dict.setStr('__builtins__', this.builtinsModule);
    return module;
  }

  /** Executes module-level code in `globals` (also the locals), returning the code's result. */
  execCode(code: CodeObject | PyCode, globals: PyDict, locals: PyValue = globals): PyValue {
    const pyCode = code instanceof PyCode ? code : codeFor(code);
    const frame = new Frame(pyCode, null, globals, this.builtinsFor(globals), locals);
    frame.isEntry = true;
    frame.parent = this.frame;
    return this.runEntry(frame);
  }

  /** The builtins dict a frame with these globals sees (`__builtins__` if it is a module or dict). */
  builtinsFor(globals: PyDict): PyDict {
    // One-entry cache: valid while `globals` has the same entry layout (version) and its
    // `__builtins__` entry still holds the same value (a rebinding keeps the version).
    if (globals === this.builtinsCacheGlobals && globals.version === this.builtinsCacheVersion) {
      const index = this.builtinsCacheIndex;
      if (index < 0 || globals.valueList[index] === this.builtinsCacheValue)
        return this.builtinsCacheResult!;
    }
    const index = globals.findStrIndex('__builtins__');
    const value = index < 0 ? undefined : globals.valueList[index];
    let result = this.builtins;
    if (value instanceof PyModule) result = value.dict;
    else if (value instanceof PyDict) result = value;
    this.builtinsCacheGlobals = globals;
    this.builtinsCacheVersion = globals.version;
    this.builtinsCacheIndex = index;
    this.builtinsCacheValue = value;
    this.builtinsCacheResult = result;
    return result;
  }

  /**
   * Continues a run paused at the end of a time slice (`pausedFrame`), to its end or its next
   * pause; returns what its entry frame returns.
   */
  resumePaused(): PyValue {
    const paused = this.pausedFrame;
    if (paused === null) throw new Error('internal: resumePaused without a paused run');
    this.pausedFrame = null;
    let entry = paused;
    while (entry.parent !== null) entry = entry.parent;
    return runFrame(this, entry, null, paused);
  }

  /** Runs an entry frame in a nested loop (the loop counts its depth). */
  runEntry(frame: Frame): PyValue {
    return runFrame(this, frame);
  }

  // Runtime -----------------------------------------------------------------------------------------

  callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    const pyCode = func.code;
    const argCount = args.length;
    if (kwnames === null && pyCode.plainArgcount === argCount) {
      // The common call from natives (a key function, a map/filter function): exactly the
      // positional parameters of a plain function, bound here as CALL binds them.
      const globals = func.globals;
      const frame = new Frame(pyCode, func, globals, this.builtinsFor(globals), null);
      const fast = frame.fast;
      for (let index = 0; index < argCount; index++) fast[index] = args[index];
      if (pyCode.hasCells) initCells(func, fast);
      frame.isEntry = true;
      frame.parent = this.frame;
      return runFrame(this, frame);
    }
    const frame = makeFunctionFrame(
      func,
      this.builtinsFor(func.globals),
      args,
      0,
      args.length,
      kwnames,
    );
    const flags = func.code.code.flags;
    if ((flags & GENERATOR_FLAGS) !== 0) return makeGenerator(frame, generatorKindOf(flags)!);
    frame.isEntry = true;
    frame.parent = this.frame;
    return this.runEntry(frame);
  }

  /** Runtime.warn: `warnings.warn(message, category)` from native code, at the running Python line. */
  warn(categoryName: string, message: string): void {
    const warnings = this.imports.importDotted('warnings');
    callObject(getAttr(warnings, 'warn'), [message, exceptionTypeNamed(categoryName), 1]);
  }

  resumeGenerator(gen: PyGenerator, mode: ResumeMode, value: PyValue): ResumeResult {
    return resumeGeneratorNative(this, gen, mode, value);
  }

  chargeBudget(units: number): void {
    this.budget -= units;
    if (this.budget < 0) chargeFromReserve(this); // the limit error, unless a slice reserve covers it
    if (this.deadlineMs !== Number.POSITIVE_INFINITY) this.checkDeadline();
  }

  checkAllocation(bytes: number): void {
    this.allocatedSinceHeapCheck += bytes;
    if (this.allocatedSinceHeapCheck > this.heapCheckAfterBytes) this.requestSliceEnd();
    if (bytes > this.largestAllocation) {
      // What no machine could hold is CPython's own (catchable) MemoryError; the rest is the limit.
      if (bytes >= IMPOSSIBLE_ALLOCATION) throw memoryError();
      if (bytes > this.memoryLimit) {
        // The budget ends too, so no handler (except*, a generator's finally) can go on.
        this.expireBudget('memory', memoryLimitMessage(bytes, this.memoryLimit));
        throw limitError('memory', this.budgetCauseMessage);
      }
      this.largestAllocation = bytes;
    }
  }

  /**
   * Ends the current time slice early (the run driver then measures the heap): the slice's
   * remaining instructions move to the reserve, so the instruction count stays exact.
   */
  requestSliceEnd(): void {
    if (this.budget > 0) {
      this.budgetReserve += this.budget;
      this.budget = 0;
    }
  }

  /**
   * Starts the wall-clock limit: the run may take `limitMs` more milliseconds of its own time.
   * Infinity (or 'no limit') leaves the deadline unset.
   */
  startDeadline(limitMs: number): void {
    this.durationLimitMs = limitMs;
    this.deadlineMs = Number.isFinite(limitMs) ? hostNowMs() + limitMs : Number.POSITIVE_INFINITY;
  }

  /**
   * Time spent outside the program (inside a host function, or while paused) does not count
   * against the wall-clock limit: the host-call layer reports it here and the deadline moves.
   */
  creditHostTime(ms: number): void {
    if (ms <= 0) return;
    this.deadlineMs += ms;
    this.hostTimeMs += ms;
  }

  /**
   * Raises the wall-clock limit error when the deadline has passed, and collapses the instruction
   * budget so the next charged instruction of any loop raises it again (nothing can continue).
   */
  checkDeadline(): void {
    // Called when a slice ran out inside a re-entrant loop (which cannot pause): give that loop a
    // fresh chunk from the reserve so it goes on at full speed; the count stays exact.
    if (this.budget === 0 && this.budgetReserve > NESTED_SLICE_UNITS) {
      this.budget = NESTED_SLICE_UNITS;
      this.budgetReserve -= NESTED_SLICE_UNITS;
    }
    if (hostNowMs() <= this.deadlineMs) return;
    this.expireBudget('time', durationLimitMessage(this.durationLimitMs));
    throw limitError('time', this.budgetCauseMessage);
  }

  /**
   * Ends the run's budget because `cause` is spent: the next charged instruction raises that
   * limit's error (inside the program, with a traceback), and so does every one after it.
   */
  expireBudget(cause: Exclude<LimitKind, null>, message: string): void {
    if (this.budgetCause === 'instructions') {
      this.budgetLeftAtExpiry = Math.max(0, this.budget) + this.budgetReserve;
    }
    this.budgetCause = cause;
    this.budgetCauseMessage = message;
    this.budget = 0;
    this.budgetReserve = 0;
  }

  /** Whether the wall-clock deadline has passed (no side effects). */
  deadlinePassed(): boolean {
    return this.deadlineMs !== Number.POSITIVE_INFINITY && hostNowMs() > this.deadlineMs;
  }

  enterRecursion(suffix: string): void {
    if (this.depth + 1 > this.recursionLimit) throw recursionError(suffix);
    this.depth++;
  }

  leaveRecursion(): void {
    this.depth--;
  }

  handledException(): PyValue | undefined {
    for (let item: ExcStateItem | null = this.excInfo; item !== null; item = item.previous) {
      if (item.value !== None) return item.value;
    }
    return undefined;
  }

  /** The exception being handled (sys.exception()), or None. */
  currentException(): PyBaseException | null {
    const value = this.handledException();
    return value === undefined ? null : (value as PyBaseException);
  }
}

/** The interpreter running now (natives that need more than the Runtime interface use this). */
export function currentInterpreter(): Interpreter {
  return rt() as Interpreter;
}
