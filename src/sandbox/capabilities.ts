// The capability set of a run (filesystem, environment, clock, entropy, stdin) and how natives find
// the current run's set: a session per interpreter, kept in a WeakMap keyed by the active runtime
// (`rt()`), so src/vm needs no field for it. The Python modules over it live in src/stdlib.

import { rt } from '../objects/runtime.js';
import { type Clock, RealClock, VirtualClock, type VirtualClockOptions } from './clock.js';
import { type EntropySource, HostEntropy, SeededEntropy } from './entropy.js';
import {
  type EventLog,
  RecordingClock,
  RecordingEntropy,
  RecordingFileSystem,
  type RunEvent,
  setRunningLogLookup,
} from './event-log.js';
import type { FileSystem } from './filesystem.js';
import { resolveSandboxPath } from './sandbox-path.js';

/**
 * What a run may reach of the host. Everything absent is denied: no filesystem means `open()`
 * raises PermissionError; an empty environment means `os.environ` is empty.
 */
export interface Capabilities {
  /** The filesystem `open`, `os`, `pathlib`… operate on, or null (every access is denied). */
  readonly filesystem: FileSystem | null;
  /** The initial working directory inside the sandbox (absolute, normalised). */
  readonly cwd: string;
  /** The environment `os.environ` starts from. */
  readonly environment: ReadonlyMap<string, string>;
  /** Where every reading of time comes from. */
  readonly clock: Clock;
  /** Random words for os.urandom, random.seed(None), SystemRandom. */
  readonly entropy: EntropySource;
  /** Standard input text (the interpreter's `stdin` option takes it). */
  readonly stdin: string;
}

/** Options of `createCapabilities`; every field is optional and defaults to "not granted". */
export interface CapabilityOptions {
  /** A backend, or null/absent for none. */
  readonly filesystem?: FileSystem | null;
  /** Initial sandbox working directory (default `/`). */
  readonly cwd?: string;
  /** Environment variables granted to the program (default none). */
  readonly environment?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** A clock; default a real clock whose sleep advances time without waiting. */
  readonly clock?: Clock;
  /** Shorthand for `clock: new VirtualClock(options)`. */
  readonly virtualClock?: VirtualClockOptions;
  /** An entropy source; default the host's crypto (or a seeded stream when `seed` is given). */
  readonly entropy?: EntropySource;
  /** Makes entropy deterministic: `new SeededEntropy(seed)`. */
  readonly seed?: number | bigint;
  /** Standard input text (default empty). */
  readonly stdin?: string;
}

function environmentMap(
  environment: CapabilityOptions['environment'],
): ReadonlyMap<string, string> {
  if (environment === undefined) return new Map();
  if (environment instanceof Map) return new Map(environment);
  const map = new Map<string, string>();
  for (const key of Object.keys(environment)) {
    map.set(key, (environment as Readonly<Record<string, string>>)[key]!);
  }
  return map;
}

/** A capability set; the filesystem's timestamps are wired to the set's clock. */
export function createCapabilities(options: CapabilityOptions = {}): Capabilities {
  const clock =
    options.clock ??
    (options.virtualClock !== undefined ? new VirtualClock(options.virtualClock) : new RealClock());
  const entropy =
    options.entropy ??
    (options.seed !== undefined ? new SeededEntropy(options.seed) : new HostEntropy());
  const filesystem = options.filesystem ?? null;
  filesystem?.setTimeSource?.(() => Number(clock.peekEpochNanoseconds() / 1000n) / 1000);
  return {
    filesystem,
    cwd: resolveSandboxPath('/', options.cwd ?? '/'),
    environment: environmentMap(options.environment),
    clock,
    entropy,
    stdin: options.stdin ?? '',
  };
}

/** The per-run state over a capability set: the working directory `os.chdir` moves. */
export class SandboxSession {
  readonly capabilities: Capabilities;
  /** The current working directory (absolute, normalised sandbox path). */
  cwd: string;
  /** Where the run's nondeterministic inputs are recorded, or null. */
  readonly log: EventLog | null;

  constructor(capabilities: Capabilities, log: EventLog | null = null) {
    this.capabilities = capabilities;
    this.cwd = capabilities.cwd;
    this.log = log;
  }
}

const sessions = new WeakMap<object, SandboxSession>();
let defaultCapabilities: Capabilities | null = null;

/**
 * Gives the interpreter `runtime` its capability set (call once, after creating it and before
 * running code). The run API does this with `RunOptions.capabilities`.
 */
export function bindCapabilities(
  runtime: object,
  capabilities: Capabilities,
  log: EventLog | null = null,
): SandboxSession {
  const granted = log === null ? capabilities : recordingCapabilities(capabilities, log);
  const session = new SandboxSession(granted, log);
  sessions.set(runtime, session);
  return session;
}

/** The same capabilities, recording clock readings, entropy and file reads into `log`. */
function recordingCapabilities(capabilities: Capabilities, log: EventLog): Capabilities {
  return {
    ...capabilities,
    clock: new RecordingClock(capabilities.clock, log),
    entropy: new RecordingEntropy(capabilities.entropy, log),
    filesystem:
      capabilities.filesystem === null
        ? null
        : new RecordingFileSystem(capabilities.filesystem, log),
  };
}

/**
 * Appends `event` to the running interpreter's event log (when it keeps one). The host-call layer
 * records each host function's result here.
 */
export function recordEvent(event: RunEvent): void {
  currentSession().log?.record(event);
}

/**
 * Sets the capabilities an interpreter gets when none were bound to it (the fallback until the
 * run API binds them; the CLI sets it before running). Returns the previous default.
 * Initially: no filesystem, empty environment, real clock, host entropy.
 */
export function setDefaultCapabilities(capabilities: Capabilities | null): Capabilities | null {
  const previous = defaultCapabilities;
  defaultCapabilities = capabilities;
  return previous;
}

/** The capabilities `setDefaultCapabilities` installed, or null. */
export function defaultCapabilitiesSet(): Capabilities | null {
  return defaultCapabilities;
}

setRunningLogLookup(() => currentSession().log);

/** The session of the running interpreter (made from the default capabilities on first use). */
export function currentSession(): SandboxSession {
  const runtime = rt();
  let session = sessions.get(runtime);
  if (session === undefined) {
    defaultCapabilities ??= createCapabilities();
    session = new SandboxSession(defaultCapabilities);
    sessions.set(runtime, session);
  }
  return session;
}

/** The capability set of the running interpreter. */
export function currentCapabilities(): Capabilities {
  return currentSession().capabilities;
}
