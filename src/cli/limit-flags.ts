// The limit flags of `pyex run` and `pyex repl`: --timeout SECONDS, --max-memory BYTES (512M, 2G),
// --max-steps N, --max-output BYTES, each also `none`. Parsed here into plain numbers; which run
// options they become is run-job.ts's business (the library owns the limits and their defaults).

import { capabilityFlagArity } from './capability-flags.js';

/** Usage lines for the flags (for the CLI's help text). */
export const LIMIT_USAGE = `limit options (before FILE or -c; each also accepts 'none' for no limit):
  --timeout SECONDS      wall-clock limit (fractions allowed: 0.5)
  --max-memory BYTES     memory limit: a number of bytes or with a unit: 64K, 512M, 2G (1024-based)
  --max-steps N          instruction budget (backward jumps and calls)
  --max-output BYTES     limit on what the program writes to stdout and stderr (units as above)
`;

/** A limit from the command line: a number, or 'none' (explicitly unlimited). */
export type LimitValue = number | 'none';

/** The limits given on the command line (absent: the library default). */
export interface LimitFlags {
  timeoutMs?: LimitValue;
  memoryBytes?: LimitValue;
  steps?: LimitValue;
  outputBytes?: LimitValue;
}

/** A bad limit flag: the message to print (with the usage) and exit status 2. */
export class LimitFlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LimitFlagError';
  }
}

const FLAG_NAMES = ['timeout', 'max-memory', 'max-steps', 'max-output'] as const;
type FlagName = (typeof FLAG_NAMES)[number];

function flagName(arg: string): FlagName | null {
  if (!arg.startsWith('--')) return null;
  const name = arg.slice(2).split('=')[0]!;
  return (FLAG_NAMES as readonly string[]).includes(name) ? (name as FlagName) : null;
}

const SIZE_UNITS = new Map<string, number>([
  ['', 1],
  ['b', 1],
  ['k', 2 ** 10],
  ['kb', 2 ** 10],
  ['kib', 2 ** 10],
  ['m', 2 ** 20],
  ['mb', 2 ** 20],
  ['mib', 2 ** 20],
  ['g', 2 ** 30],
  ['gb', 2 ** 30],
  ['gib', 2 ** 30],
  ['t', 2 ** 40],
  ['tb', 2 ** 40],
  ['tib', 2 ** 40],
]);

/** Parses a byte size: `4096`, `64K`, `512M`, `1.5G` (1024-based units, case-insensitive). */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zA-Z]*)$/.exec(text.trim().replaceAll('_', ''));
  if (match === null) return null;
  const unit = SIZE_UNITS.get(match[2]!.toLowerCase());
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

function parseValue(name: FlagName, text: string): LimitValue {
  if (text === 'none') return 'none';
  switch (name) {
    case 'timeout': {
      const seconds = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
      if (!(seconds > 0) || !Number.isFinite(seconds)) {
        throw new LimitFlagError(`--timeout expects a number of seconds or 'none', got '${text}'`);
      }
      return Math.max(1, Math.round(seconds * 1000));
    }
    case 'max-steps': {
      const digits = text.replaceAll('_', '');
      const steps = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
      if (!Number.isSafeInteger(steps) || steps <= 0) {
        throw new LimitFlagError(`--max-steps expects a positive integer or 'none', got '${text}'`);
      }
      return steps;
    }
    case 'max-memory':
    case 'max-output': {
      const bytes = parseByteSize(text);
      if (bytes === null) {
        throw new LimitFlagError(
          `--${name} expects a size in bytes (like 4096, 64K, 512M, 2G) or 'none', got '${text}'`,
        );
      }
      return bytes;
    }
    default: {
      const unknown: never = name;
      throw new LimitFlagError(`unknown limit flag ${String(unknown)}`);
    }
  }
}

/** Sets the parsed value on `flags`. */
function store(flags: LimitFlags, name: FlagName, value: LimitValue): void {
  if (name === 'timeout') flags.timeoutMs = value;
  else if (name === 'max-memory') flags.memoryBytes = value;
  else if (name === 'max-steps') flags.steps = value;
  else flags.outputBytes = value;
}

/**
 * Takes the limit flags out of the leading options of `args` (the options before FILE or -c, where
 * the sandbox flags also are); returns the limits and the remaining arguments, sandbox flags kept.
 * Throws LimitFlagError on a bad value.
 */
export function extractLimitFlags(args: readonly string[]): {
  limits: LimitFlags;
  rest: string[];
} {
  const limits: LimitFlags = {};
  const rest: string[] = [];
  let index = 0;
  while (index < args.length) {
    const arg = args[index]!;
    const name = flagName(arg);
    if (name !== null) {
      const equals = arg.indexOf('=');
      let value: string | undefined;
      if (equals >= 0) {
        value = arg.slice(equals + 1);
        index += 1;
      } else {
        value = args[index + 1];
        index += 2;
      }
      if (value === undefined) throw new LimitFlagError(`--${name} expects a value`);
      store(limits, name, parseValue(name, value));
      continue;
    }
    const arity = capabilityFlagArity(arg);
    if (arity === 0) break;
    rest.push(...args.slice(index, index + arity));
    index += arity;
  }
  rest.push(...args.slice(index));
  return { limits, rest };
}
