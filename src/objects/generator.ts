// Generator, coroutine and async generator objects: each holds its suspended frame (plain data).
// Resuming, yielding and returning are the VM's job (src/vm/generators.ts); methods in generator-methods.ts.

import { asyncGeneratorType, coroutineType, generatorType } from './builtin-types.js';
import { PyObject, type PyValue } from './py-object.js';
import { None } from './singletons.js';

/**
 * One slot of the VM's handled-exception chain (CPython's _PyErr_StackItem). Every running
 * generator links its own slot on top of the chain, so `sys.exception()` inside it sees what it is
 * handling, and what it was handling survives a yield.
 */
export class ExcStateSlot {
  /** The exception being handled, or None. */
  declare value: PyValue;
  /** The slot below, or null at the bottom. */
  declare previous: ExcStateSlot | null;

  constructor(value: PyValue) {
    this.value = value;
    this.previous = null;
  }
}

/** Which kind of resumable frame a PyGenerator wraps. */
export type GeneratorKind = 'generator' | 'coroutine' | 'async_generator';

/**
 * A generator, coroutine or async generator. `frame` is the VM frame (opaque here), null once the
 * generator has finished. `running` guards against re-entrant resumption ("generator already executing").
 */
export class PyGenerator extends PyObject {
  declare readonly kind: GeneratorKind;
  declare frame: object | null;
  declare name: string;
  declare qualname: string;
  declare running: boolean;
  /** True once the frame has executed its first instruction. */
  declare started: boolean;
  /** The sub-iterator of a `yield from`/`await` in progress (`gi_yieldfrom`), or null. */
  declare yieldFrom: PyValue | null;
  /** For coroutines: whether `await` has been used on it (RuntimeWarning "never awaited" is not emitted). */
  declare awaited: boolean;
  /** The generator's own handled-exception slot, linked into the chain while it runs. */
  declare readonly excState: ExcStateSlot;
  /** Async generators: an asend/athrow awaitable is driving it (CPython's `ag_running_async`). */
  declare runningAsync: boolean;
  /** Async generators: aclose() ran or it finished by StopAsyncIteration/GeneratorExit (`ag_closed`). */
  declare closedAsync: boolean;

  constructor(kind: GeneratorKind, frame: object, name: string, qualname: string) {
    super(
      kind === 'generator'
        ? generatorType
        : kind === 'coroutine'
          ? coroutineType
          : asyncGeneratorType,
    );
    this.kind = kind;
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
    this.running = false;
    this.started = false;
    this.yieldFrom = null;
    this.awaited = false;
    this.excState = new ExcStateSlot(None);
    this.runningAsync = false;
    this.closedAsync = false;
  }
}
