// `run`: the one-call embedding API. Runs source (or a compiled Program) as `__main__` in a fresh
// interpreter under the given capabilities and limits, and returns the last expression's value, the
// captured output, statistics and the event log. Sessions (session.ts) keep one engine across runs.

import type { Program } from './program.js';
import { Engine, type EngineOptions, type RunResult } from './runner.js';

export type { RunResult, RunStats } from './runner.js';

/** Options of `run`. Every capability is denied unless given; limits default to `DEFAULT_LIMITS`. */
export interface RunOptions extends EngineOptions {
  /** Globals of `__main__` set before the program runs (converted: null → None, Map → dict…). */
  readonly inputs?: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;
}

/**
 * Runs `source` (or a compiled `Program`) as the `__main__` module. Never throws for anything the
 * program does: errors are in `result.error` (a PyexError) and the traceback in `result.stderr`.
 * @throws TypeError for invalid options (an unknown limit name, a negative limit).
 * @example
 * const result = run('sum(x * x for x in data)', { inputs: { data: [1, 2, 3] } });
 * result.value; // 14
 */
export function run(source: string | Program, options: RunOptions = {}): RunResult {
  const filename = typeof source === 'string' ? (options.filename ?? '<string>') : source.filename;
  // The engine defaults the file name the same way: copy the options only to change it.
  const engine = new Engine(
    typeof source === 'string' || options.filename === filename
      ? options
      : { ...options, filename },
  );
  if (options.inputs !== undefined) engine.setInputs(options.inputs);
  return typeof source === 'string' ? engine.runSource(source, filename) : engine.execute(source);
}
