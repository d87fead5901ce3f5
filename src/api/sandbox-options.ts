// What a run may reach of the host, as RunOptions spell it (filesystem backend, environment, stdin,
// clock, entropy, seed), turned into the capability set src/sandbox enforces. Nothing is ambient:
// every absent option means "not granted" (the filesystem defaults to a fresh, empty in-memory one).

import {
  type Capabilities,
  createCapabilities,
  defaultCapabilitiesSet,
} from '../sandbox/capabilities.js';
import type { Clock, VirtualClockOptions } from '../sandbox/clock.js';
import type { EntropySource } from '../sandbox/entropy.js';
import type { FileSystem } from '../sandbox/filesystem.js';
import { MemoryFileSystem } from '../sandbox/memory-filesystem.js';

/** The capability part of RunOptions / SessionOptions. */
export interface SandboxOptions {
  /**
   * The filesystem behind `open`, `os`, `pathlib`…: `'memory'` (the default: a fresh empty
   * in-memory tree per run or session), a backend (`new MemoryFileSystem({ files })`,
   * `new OverlayFileSystem(lower)`, a `NodeDirectoryFileSystem` jailed to a host directory), or
   * `null` for none (every access raises PermissionError naming the filesystem capability).
   */
  readonly filesystem?: FileSystem | 'memory' | null;
  /** The initial working directory inside the sandbox (default `/`). */
  readonly cwd?: string;
  /** Environment variables `os.environ` starts with (default: none). */
  readonly env?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** A clock (default: the host's clock; `time.sleep` advances it without blocking). */
  readonly clock?: Clock;
  /**
   * A virtual clock: time starts at `startMs` (default 2024-01-01T00:00:00Z) and advances by
   * `tickNanoseconds` (default 1 ms) per reading and by each `time.sleep`. `true` takes the defaults.
   */
  readonly virtualClock?: VirtualClockOptions | boolean;
  /** Where randomness comes from (default: the host's crypto, or a seeded stream with `seed`). */
  readonly entropy?: EntropySource;
  /**
   * Makes the run reproducible: `random` (and `random.seed()` without argument), `os.urandom`,
   * `uuid.uuid4()` and `hash()` of str/bytes (as CPython with PYTHONHASHSEED=seed) derive from it.
   */
  readonly seed?: number | bigint;
  /** A capability set built beforehand (`createCapabilities`); overrides the fields above. */
  readonly capabilities?: Capabilities;
}

const SANDBOX_KEYS = [
  'filesystem',
  'cwd',
  'env',
  'clock',
  'virtualClock',
  'entropy',
  'seed',
] as const satisfies readonly (keyof SandboxOptions)[];

/** The capability set of a run from its options. */
export function capabilitiesFor(options: SandboxOptions, stdin: string): Capabilities {
  if (options.capabilities !== undefined) return options.capabilities;
  // A process-wide default (setDefaultCapabilities, as the CLI sets from its flags) applies when
  // the run names no capability of its own.
  const fallback = defaultCapabilitiesSet();
  if (fallback !== null && SANDBOX_KEYS.every((key) => options[key] === undefined)) return fallback;
  const filesystem =
    options.filesystem === undefined || options.filesystem === 'memory'
      ? new MemoryFileSystem()
      : options.filesystem;
  const virtualClock =
    options.virtualClock === true
      ? {}
      : options.virtualClock === false
        ? undefined
        : options.virtualClock;
  return createCapabilities({
    filesystem,
    stdin,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    ...(options.env !== undefined ? { environment: options.env } : {}),
    ...(options.clock !== undefined ? { clock: options.clock } : {}),
    ...(virtualClock !== undefined ? { virtualClock } : {}),
    ...(options.entropy !== undefined ? { entropy: options.entropy } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
}
