// Turns the CLI's limit flags into the run API's `limits` option: the one place that knows how the
// library spells its limits. Defaults are the library's (DEFAULT_LIMITS); a flag overrides one.

import type { LimitSetting, Limits } from '../api/limits.js';
import type { LimitFlags } from './limit-flags.js';

/** The `limits` run option for the given flags (only the limits that were given). */
export function limitsFromFlags(flags: LimitFlags): Limits {
  const limits: { -readonly [K in keyof Limits]: LimitSetting } = {};
  if (flags.steps !== undefined) limits.instructions = flags.steps;
  if (flags.timeoutMs !== undefined) limits.durationMs = flags.timeoutMs;
  if (flags.memoryBytes !== undefined) limits.memoryBytes = flags.memoryBytes;
  if (flags.outputBytes !== undefined) limits.outputBytes = flags.outputBytes;
  return limits;
}
