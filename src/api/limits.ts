// The resource limits a host sets on a run (`RunOptions.limits`): their names, safe defaults for
// untrusted code, and validation. Enforcing them is the interpreter's (src/vm/interpreter.ts) and the
// run driver's (execution.ts) job.

/** The limits a run has, each configurable. */
export const LIMIT_NAMES = [
  'instructions',
  'durationMs',
  'memoryBytes',
  'recursion',
  'outputBytes',
  'intDigits',
] as const;

/** One limit's name. */
export type LimitName = (typeof LIMIT_NAMES)[number];

/** A limit's value: a positive number, or `'none'` to disable it explicitly. */
export type LimitSetting = number | 'none';

/**
 * Limits of a run. Absent fields take `DEFAULT_LIMITS`; `'none'` disables one.
 * - `instructions`: charged instructions (backward jumps, calls, and native loops by chunks).
 * - `durationMs`: wall-clock time the program runs, not counting time inside host calls.
 * - `memoryBytes`: the largest allocation whose size the program controls (a list or string of
 *   computed size, `bytes(n)`, `'a' * n`…), checked before allocating.
 * - `recursion`: the initial `sys.getrecursionlimit()` (the program may lower or raise it).
 * - `outputBytes`: UTF-8 bytes written to stdout and stderr together.
 * - `intDigits`: `sys.set_int_max_str_digits`: digits in an int↔str conversion (0 disables it).
 */
export type Limits = { readonly [K in LimitName]?: LimitSetting };

/** The defaults: safe for untrusted code, generous for ordinary programs. */
export const DEFAULT_LIMITS: Readonly<Record<LimitName, number>> = {
  instructions: 1_000_000_000,
  durationMs: 30_000,
  memoryBytes: 256 * 1024 * 1024,
  recursion: 1000,
  outputBytes: 16 * 1024 * 1024,
  intDigits: 4300,
};

/** Limits with every value decided: a number, or Infinity for 'none'. */
export type ResolvedLimits = Readonly<Record<LimitName, number>>;

/**
 * Fills in defaults and checks values.
 * @throws TypeError for an unknown limit name or a value that is not a non-negative number/'none'.
 */
export function resolveLimits(limits: Limits | undefined, legacy: Limits = {}): ResolvedLimits {
  const resolved: Record<LimitName, number> = { ...DEFAULT_LIMITS };
  for (const source of [legacy, limits ?? {}]) {
    for (const key of Object.keys(source)) {
      if (!(LIMIT_NAMES as readonly string[]).includes(key)) {
        throw new TypeError(`unknown limit '${key}' (known: ${LIMIT_NAMES.join(', ')})`);
      }
      const name = key as LimitName;
      const value = source[name];
      if (value === undefined) continue;
      if (value === 'none') {
        resolved[name] = name === 'intDigits' ? 0 : Number.POSITIVE_INFINITY;
        continue;
      }
      if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
        throw new TypeError(`limit '${name}' must be a non-negative number or 'none'`);
      }
      resolved[name] = value;
    }
  }
  if (resolved.recursion === Number.POSITIVE_INFINITY) resolved.recursion = 2 ** 31 - 1;
  return resolved;
}
