// The sandbox flags of `pyex run`: --allow-read DIR, --allow-write DIR, --env KEY=VALUE,
// --allow-env, --seed N, --virtual-clock[=ISO] — parsed (before the script name) into a capability
// set. With no flags the program gets an empty in-memory filesystem, no environment, the real clock.

import { parseArgs } from 'node:util';
import {
  type Capabilities,
  createCapabilities,
  setDefaultCapabilities,
} from '../sandbox/capabilities.js';
import { RealClock, VirtualClock } from '../sandbox/clock.js';
import type { FileSystem } from '../sandbox/filesystem.js';
import { MemoryFileSystem } from '../sandbox/memory-filesystem.js';
import { NodeDirectoryFileSystem } from '../sandbox/node-directory-filesystem.js';

/** Usage lines for the flags (for the CLI's help text). */
export const CAPABILITY_USAGE = `sandbox options (before FILE or -c):
  --allow-read DIR       the program sees DIR as its filesystem root, read-only
  --allow-write DIR      the program sees DIR as its filesystem root, read-write
  --env KEY=VALUE        grant one environment variable (repeatable)
  --allow-env            grant the whole host environment
  --seed N               deterministic entropy (os.urandom, random.seed(None))
  --virtual-clock[=ISO]  a virtual clock starting at ISO (default 2024-01-01T00:00:00Z)
`;

const OPTIONS = {
  'allow-read': { type: 'string', multiple: true },
  'allow-write': { type: 'string', multiple: true },
  env: { type: 'string', multiple: true },
  'allow-env': { type: 'boolean' },
  seed: { type: 'string' },
} as const;

const VIRTUAL_CLOCK = 'virtual-clock';

/** The outcome of parsing the sandbox flags. */
export interface CapabilityFlags {
  /** The capability set to run the program with. */
  readonly capabilities: Capabilities;
  /** The `--seed` value (also for the run's `seed` option: hash() of str and bytes), if given. */
  readonly seed: bigint | null;
  /** The arguments after the sandbox flags (FILE args… or -c CODE args…). */
  readonly rest: string[];
  /**
   * The sandbox path of a host file inside the granted directory, or null (the CLI can show a
   * script's `__file__` this way so `os.path.dirname(__file__)` names a sandbox directory).
   */
  sandboxPath(hostPath: string): string | null;
  /** Call after the run: flushes and closes files the program left open on the host. */
  finish(): void;
}

/** A flag error: the message to print (with the usage) and exit status 2. */
export class CapabilityFlagError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CapabilityFlagError';
  }
}

/**
 * How many arguments the sandbox flag at `arg` takes up (1, or 2 when its value is the next
 * argument), or 0 when `arg` is not a sandbox flag.
 */
export function capabilityFlagArity(arg: string): number {
  if (!arg.startsWith('--') || arg === '--') return 0;
  const name = arg.slice(2).split('=')[0]!;
  if (name === VIRTUAL_CLOCK) return 1;
  if (!Object.hasOwn(OPTIONS, name)) return 0;
  const takesValue = OPTIONS[name as keyof typeof OPTIONS].type === 'string';
  return takesValue && !arg.includes('=') ? 2 : 1;
}

/** Splits off the leading sandbox flags (they must come before the script name or -c). */
function leadingFlags(args: readonly string[]): number {
  let index = 0;
  while (index < args.length) {
    const arity = capabilityFlagArity(args[index]!);
    if (arity === 0) break;
    index += arity;
  }
  return Math.min(index, args.length);
}

/**
 * Parses the sandbox flags at the start of `args` (throws CapabilityFlagError on a bad flag).
 * `hostEnvironment` is what --allow-env grants (process.env in the CLI).
 */
export function parseCapabilityFlags(
  args: readonly string[],
  hostEnvironment: Readonly<Record<string, string | undefined>> = {},
  hostCwd: string | null = null,
): CapabilityFlags {
  const count = leadingFlags(args);
  const flags = args.slice(0, count);
  const parsed = flags.filter((arg) => !arg.startsWith(`--${VIRTUAL_CLOCK}`));
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
  try {
    values = parseArgs({ args: parsed, options: OPTIONS, strict: true }).values;
  } catch (error) {
    throw new CapabilityFlagError((error as Error).message);
  }
  const readDirs = values['allow-read'] ?? [];
  const writeDirs = values['allow-write'] ?? [];
  const dirs = new Set([...readDirs, ...writeDirs]);
  if (dirs.size > 1) {
    throw new CapabilityFlagError(
      'only one directory can be granted (use the same DIR for --allow-read and --allow-write)',
    );
  }
  let filesystem: FileSystem;
  let hostFilesystem: NodeDirectoryFileSystem | null = null;
  const dir = [...dirs][0];
  if (dir !== undefined) {
    try {
      hostFilesystem = new NodeDirectoryFileSystem({ root: dir, writable: writeDirs.length > 0 });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const reason =
        code === 'ENOENT'
          ? 'no such directory'
          : code === 'ENOTDIR' || code === undefined
            ? 'not a directory'
            : (error as Error).message;
      throw new CapabilityFlagError(`cannot grant ${dir}: ${reason}`);
    }
    filesystem = hostFilesystem;
  } else {
    filesystem = new MemoryFileSystem();
  }
  const environment = new Map<string, string>();
  if (values['allow-env']) {
    for (const [key, value] of Object.entries(hostEnvironment)) {
      if (value !== undefined) environment.set(key, value);
    }
  }
  for (const pair of values.env ?? []) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new CapabilityFlagError(`--env expects KEY=VALUE, got '${pair}'`);
    environment.set(pair.slice(0, equals), pair.slice(equals + 1));
  }
  let seed: bigint | undefined;
  if (values.seed !== undefined) {
    if (!/^-?\d+$/.test(values.seed)) {
      throw new CapabilityFlagError(`--seed expects an integer, got '${values.seed}'`);
    }
    seed = BigInt(values.seed);
  }
  const clock = clockOption(flags);
  // Inside the granted directory, the host working directory becomes the sandbox one.
  const cwd =
    hostFilesystem !== null && hostCwd !== null
      ? (hostFilesystem.sandboxPathOf(hostCwd) ?? '/')
      : '/';
  const capabilities = createCapabilities({
    filesystem,
    cwd,
    environment,
    clock,
    ...(seed !== undefined ? { seed } : {}),
  });
  return {
    capabilities,
    seed: seed ?? null,
    rest: args.slice(count),
    sandboxPath: (hostPath) => hostFilesystem?.sandboxPathOf(hostPath) ?? null,
    finish: () => hostFilesystem?.closeAll(),
  };
}

/** --virtual-clock (optionally =ISO) or the real clock, whose sleep waits for real in the CLI. */
function clockOption(flags: readonly string[]): RealClock | VirtualClock {
  const flag = flags.find((arg) => arg === '--virtual-clock' || arg.startsWith('--virtual-clock='));
  if (flag === undefined) return new RealClock('block');
  const iso = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : '';
  if (iso === '') return new VirtualClock();
  const startMs = Date.parse(iso);
  if (Number.isNaN(startMs)) {
    throw new CapabilityFlagError(`--virtual-clock expects an ISO date, got '${iso}'`);
  }
  return new VirtualClock({ startMs });
}

/**
 * Parses the sandbox flags and installs the capability set for the runs that follow (through
 * setDefaultCapabilities, until the run API takes `capabilities`). Prints the error and usage and
 * returns null on a bad flag (the caller exits with status 2).
 */
export function applyCapabilityFlags(
  args: readonly string[],
  writeError: (text: string) => void,
  hostEnvironment: Readonly<Record<string, string | undefined>> = {},
  hostCwd: string | null = null,
): CapabilityFlags | null {
  try {
    const flags = parseCapabilityFlags(args, hostEnvironment, hostCwd);
    setDefaultCapabilities(flags.capabilities);
    return flags;
  } catch (error) {
    if (error instanceof CapabilityFlagError) {
      writeError(`pyex: ${error.message}\n${CAPABILITY_USAGE}`);
      return null;
    }
    throw error;
  }
}

/**
 * Separates and checks the sandbox flags in the parent process (the run happens in a worker, where
 * `applyCapabilityFlags(flags)` builds the capability set again). Prints the error and usage and
 * returns null on a bad flag (exit status 2).
 */
export function splitCapabilityFlags(
  args: readonly string[],
  writeError: (text: string) => void,
): { readonly flags: string[]; readonly rest: string[] } | null {
  try {
    const parsed = parseCapabilityFlags(args);
    parsed.finish();
    return { flags: args.slice(0, args.length - parsed.rest.length), rest: parsed.rest };
  } catch (error) {
    if (error instanceof CapabilityFlagError) {
      writeError(`pyex: ${error.message}\n${CAPABILITY_USAGE}`);
      return null;
    }
    throw error;
  }
}
