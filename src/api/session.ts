// Sessions: one interpreter kept across several snippets, like a notebook or REPL. Globals, imported
// modules and the sandbox state (files, cwd, clock) persist; limits apply to each snippet afresh.

import type { RunEvent } from '../sandbox/event-log.js';
import type { Program } from './program.js';
import { Engine, type EngineOptions, type RunResult } from './runner.js';

/** Options of `createSession`: those of `run` (without `inputs`; use `session.set`). */
export interface SessionOptions extends EngineOptions {
  /** Globals set before the first snippet runs (converted like `run`'s inputs). */
  readonly inputs?: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;
}

/** Options of one `session.run`. */
export interface SnippetOptions {
  /** The file name of this snippet in tracebacks (default `<cell N>`, N counting from 1). */
  readonly filename?: string;
}

/** A notebook-like interpreter: each `run` sees the globals the previous ones left. */
export interface Session {
  /**
   * Runs a snippet (source or a compiled Program) in the session's `__main__`. The result has the
   * shape of `run`'s: the last expression's value, this snippet's output, statistics and events.
   * A failed snippet leaves the globals it already set; the session stays usable.
   */
  run(snippet: string | Program, options?: SnippetOptions): RunResult;
  /** A global of `__main__`, converted for the host (undefined when it is not bound). */
  get(name: string): unknown;
  /**
   * Binds a global of `__main__` to a host value (converted: null → None, Map → dict…).
   * @throws PyexError (kind `python`, TypeError) for a value that cannot convert.
   */
  set(name: string, value: unknown): void;
  /** The names bound in `__main__` (dunder names such as `__name__` left out). */
  names(): string[];
  /** Every nondeterministic input recorded since the session began. */
  readonly events: readonly RunEvent[];
}

class NotebookSession implements Session {
  private readonly engine: Engine;
  private cells = 0;

  constructor(options: SessionOptions) {
    this.engine = new Engine(options);
    if (options.inputs !== undefined) this.engine.setInputs(options.inputs);
  }

  run(snippet: string | Program, options: SnippetOptions = {}): RunResult {
    this.cells++;
    if (typeof snippet !== 'string') return this.engine.execute(snippet);
    return this.engine.runSource(snippet, options.filename ?? `<cell ${this.cells}>`);
  }

  get(name: string): unknown {
    return this.engine.get(name);
  }

  set(name: string, value: unknown): void {
    this.engine.set(name, value);
  }

  names(): string[] {
    const names: string[] = [];
    for (const [key] of this.engine.main.dict.entries()) {
      if (typeof key === 'string' && !(key.startsWith('__') && key.endsWith('__'))) names.push(key);
    }
    return names;
  }

  get events(): readonly RunEvent[] {
    return this.engine.allEvents();
  }
}

/**
 * Starts a session.
 * @throws TypeError for invalid options (an unknown limit name, a negative limit).
 * @example
 * const session = createSession();
 * session.run('import math\nr = 2');
 * session.run('math.pi * r ** 2').value; // 12.566370614359172
 */
export function createSession(options: SessionOptions = {}): Session {
  return new NotebookSession(options);
}
