// The Interpreter: one Python world (builtins, sys, modules, limits, the frame stack) and its entry
// points (run a module, call a function from native code, resume a generator). It implements the
// object model's Runtime interface; the dispatch loop is eval-loop.ts.

import type { CodeObject } from '../compiler/code-object.js';
import { compile } from '../compiler/compile.js';
import { codeFor, PyCode } from '../objects/code.js';
import { PyDict } from '../objects/dict.js';
import { memoryError, recursionError } from '../objects/errors.js';
import type { PyBaseException } from '../objects/exceptions.js';
import type { PyFunction } from '../objects/function.js';
import type { PyGenerator } from '../objects/generator.js';
import '../objects/install-methods.js';
import { PyModule } from '../objects/module.js';
import type { PyValue } from '../objects/py-object.js';
import {
  type ResumeMode,
  type ResumeResult,
  type Runtime,
  rt,
  setRuntime,
} from '../objects/runtime.js';
import { None } from '../objects/singletons.js';
import { parse } from '../parser/parser.js';
import { GENERATOR_FLAGS, generatorKindOf, makeFunctionFrame, makeGenerator } from './call.js';
import { runFrame } from './eval-loop.js';
import { ExcStateItem } from './exceptions-state.js';
import { Frame } from './frame.js';
import { resumeGeneratorNative } from './generators.js';
import { type FileSource, ImportSystem } from './import-system.js';
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
  /** Standard input text (`input()`, `sys.stdin`). */
  readonly stdin?: string;
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

/** A Python world: modules, builtins, limits and the frame stack. Implements Runtime. */
export class Interpreter implements Runtime {
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
  /** Remaining standard input. */
  declare stdinText: string;
  /** Pause/resume (snapshot/time-slice.ts): budget held back from `budget` while a time slice runs. */
  declare budgetReserve: number;
  /** Pause/resume: the innermost frame of a run paused when its time slice ended, else null. */
  declare pausedFrame: Frame | null;

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
    this.stdinText = options.stdin ?? '';
    this.budgetReserve = 0;
    this.pausedFrame = null;
    this.modules = new PyDict();
    const previous = setRuntime(this);
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
    }
  }

  /** Runs `fn` with this interpreter as the active runtime (natives reach it through `rt()`). */
  activate<T>(fn: () => T): T {
    const previous = setRuntime(this);
    try {
      return fn();
    } finally {
      setRuntime(previous);
    }
  }

  /** Parses and compiles source (PySyntaxError on bad input), remembering it for tracebacks. */
  compileSource(
    source: string,
    filename: string,
    mode: 'exec' | 'eval' | 'single' = 'exec',
  ): CodeObject {
    this.sources.set(filename, source);
    const module = parse(source, filename);
    return compile(module, filename, mode);
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
    const value = globals.getStr('__builtins__');
    if (value instanceof PyModule) return value.dict;
    if (value instanceof PyDict) return value;
    return this.builtins;
  }

  /** Runs an entry frame in a nested loop (the loop counts its depth). */
  runEntry(frame: Frame): PyValue {
    return runFrame(this, frame);
  }

  // Runtime -----------------------------------------------------------------------------------------

  callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
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

  resumeGenerator(gen: PyGenerator, mode: ResumeMode, value: PyValue): ResumeResult {
    return resumeGeneratorNative(this, gen, mode, value);
  }

  chargeBudget(units: number): void {
    this.budget -= units;
    if (this.budget < 0) chargeFromReserve(this); // the limit error, unless a slice reserve covers it
  }

  checkAllocation(bytes: number): void {
    if (bytes > this.memoryLimit) throw memoryError();
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
