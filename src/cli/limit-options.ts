// Turns the CLI's limit flags into the run API's options: the one place that knows how the library
// spells its limits. Defaults are the library's; a flag only overrides one limit.

import type { RunOptions } from '../api/run.js';
import type { LimitFlags, LimitValue } from './limit-flags.js';

/** The run options for the given limit flags (only the limits that were given). */
export function limitRunOptions(flags: LimitFlags): Partial<RunOptions> {
  const options: { -readonly [K in keyof RunOptions]?: RunOptions[K] } = {};
  if (flags.steps !== undefined) options.instructionBudget = unlimitedAs(flags.steps);
  if (flags.memoryBytes !== undefined) options.memoryLimit = unlimitedAs(flags.memoryBytes);
  return options;
}

function unlimitedAs(value: LimitValue): number {
  return value === 'none' ? Number.MAX_SAFE_INTEGER : value;
}
