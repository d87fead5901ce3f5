// The sandbox state of a paused run that lives outside the interpreter graph: the in-memory
// filesystem tree and cwd, the seeded entropy and virtual clock, the limits and what was spent, the
// event log. It travels in the interpreter's options object, which the VM snapshot writes as data.

import { currentSession } from '../sandbox/capabilities.js';
import { VirtualClock } from '../sandbox/clock.js';
import { SeededEntropy } from '../sandbox/entropy.js';
import type { EventLog, RunEvent } from '../sandbox/event-log.js';
import { MemoryFileSystem } from '../sandbox/memory-filesystem.js';
import type { Interpreter } from '../vm/interpreter.js';
import type { LimitName, Limits } from './limits.js';
import type { Engine, EngineOptions } from './runner.js';

/** What a snapshot keeps of the run besides the interpreter (JSON). */
export interface SavedRunState {
  readonly phase: 'body' | 'last';
  readonly budgetAtStart: number | null;
  readonly spentMs: number;
  readonly remainingMs: number | null;
  readonly outputUsed: number;
  readonly source: string | null;
  readonly filename: string;
  /** Resolved limits (null: no limit). */
  readonly limits: Readonly<Record<string, number | null>>;
  /** Default slice size of `resume()`. */
  readonly pauseAfter: number | null;
  readonly cwd: string;
  readonly env: readonly (readonly [string, string])[];
  readonly entropyState: string | null;
  readonly clock: {
    readonly startNs: string;
    readonly nowNs: string;
    readonly tickNs: string;
  } | null;
}

/** The state of a snapshot made before sandbox headers existed. */
export function defaultSavedState(): SavedRunState {
  return {
    phase: 'body',
    budgetAtStart: null,
    spentMs: 0,
    remainingMs: null,
    outputUsed: 0,
    source: null,
    filename: '<string>',
    limits: {},
    pauseAfter: null,
    cwd: '/',
    env: [],
    entropyState: null,
    clock: null,
  };
}

/** The sandbox state of `engine`'s run (call while the run is stopped). */
export function captureSandbox(
  engine: Engine,
  run: Pick<
    SavedRunState,
    'phase' | 'budgetAtStart' | 'spentMs' | 'remainingMs' | 'source' | 'filename' | 'pauseAfter'
  >,
): SavedRunState {
  const capabilities = engine.capabilities;
  const clock = capabilities.clock;
  const entropy = capabilities.entropy;
  const limits: Record<string, number | null> = Object.create(null);
  for (const [name, value] of Object.entries(engine.limits)) {
    limits[name] = Number.isFinite(value) ? value : null;
  }
  const cwd = engine.interp.activate(() => currentSession().cwd);
  return {
    ...run,
    outputUsed: engine.outputBudgetUsed,
    limits,
    cwd,
    env: [...capabilities.environment],
    entropyState: entropy instanceof SeededEntropy ? entropy.state.toString() : null,
    clock:
      clock instanceof VirtualClock
        ? {
            startNs: clock.startNs.toString(),
            nowNs: clock.nowNs.toString(),
            tickNs: clock.tickNs.toString(),
          }
        : null,
  };
}

/** Engine options that rebuild the saved sandbox (fields the host gives again take precedence). */
export function restoreEngineOptions(
  saved: SavedRunState,
  savedFs: MemoryFileSystem | null,
  given: Pick<EngineOptions, 'filesystem' | 'env' | 'clock' | 'entropy'>,
): EngineOptions {
  const limits: Record<string, number | 'none'> = {};
  for (const [name, value] of Object.entries(saved.limits)) {
    limits[name as LimitName] = value === null ? 'none' : value;
  }
  const filesystem = savedFs ?? given.filesystem;
  let entropy = given.entropy;
  if (entropy === undefined && saved.entropyState !== null) {
    const seeded = new SeededEntropy(0);
    seeded.state = BigInt(saved.entropyState);
    entropy = seeded;
  }
  let clock = given.clock;
  if (clock === undefined && saved.clock !== null) {
    const virtual = new VirtualClock({
      startMs: Number(BigInt(saved.clock.startNs) / 1_000_000n),
      tickNanoseconds: Number(saved.clock.tickNs),
    });
    virtual.nowNs = BigInt(saved.clock.nowNs);
    clock = virtual;
  }
  return {
    filename: saved.filename,
    limits: limits as Limits,
    cwd: saved.cwd,
    env: given.env ?? Object.fromEntries(saved.env),
    ...(filesystem !== undefined ? { filesystem } : {}),
    ...(entropy !== undefined ? { entropy } : {}),
    ...(clock !== undefined ? { clock } : {}),
  };
}

/** The key of the saved state in the interpreter's options object (a plain object, snapshotted). */
const STATE_KEY = 'pyexRunState';

/** The key of the in-memory filesystem (a graph object: open files share it) in the options. */
const FILESYSTEM_KEY = 'pyexFileSystem';

/** The key of the event log so far (graph data: bigints, host results) in the options. */
const EVENTS_KEY = 'pyexEvents';

/** The event log as a snapshot holds it. */
interface SavedEvents {
  readonly events: readonly RunEvent[];
  readonly dropped: number;
}

/**
 * Stores `state` (and the run's in-memory filesystem, `filesystem`, and its event log so far, `log`)
 * in `interp`'s options, so the next VM snapshot carries them.
 */
export function storeRunState(
  interp: Interpreter,
  state: SavedRunState,
  filesystem: unknown,
  log: EventLog | null,
): void {
  const options = interp.options as unknown as Record<string, unknown>;
  options[STATE_KEY] = JSON.stringify(state);
  options[FILESYSTEM_KEY] = filesystem instanceof MemoryFileSystem ? filesystem : null;
  const saved: SavedEvents | null =
    log === null ? null : { events: log.events, dropped: log.dropped };
  options[EVENTS_KEY] = saved;
}

/**
 * Puts the events a restored interpreter's snapshot carries at the front of `log` (the new engine's,
 * still empty), so the finished run reports the events of the whole run. Malformed entries (a
 * hostile snapshot) are left out.
 */
export function loadEventLog(interp: Interpreter, log: EventLog | null): void {
  const saved = (interp.options as unknown as Record<string, unknown>)[EVENTS_KEY] as
    | Partial<SavedEvents>
    | null
    | undefined;
  if (log === null || typeof saved !== 'object' || saved === null) return;
  const events = saved.events;
  if (!Array.isArray(events)) return;
  const kept: RunEvent[] = [];
  for (const event of events as unknown[]) if (isEvent(event)) kept.push(event);
  const later = log.events.splice(0);
  for (const event of kept) log.record(event);
  for (const event of later) log.record(event);
  const dropped = saved.dropped;
  if (Number.isSafeInteger(dropped) && (dropped as number) > 0) log.dropped += dropped as number;
}

const EVENT_KINDS: ReadonlySet<string> = new Set([
  'seed',
  'time',
  'sleep',
  'entropy',
  'file-read',
  'host-call',
  'host-error',
]);

function isEvent(value: unknown): value is RunEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    EVENT_KINDS.has((value as { kind?: unknown }).kind as string)
  );
}

/** The in-memory filesystem a restored interpreter carries, or null. */
export function loadFileSystem(interp: Interpreter): MemoryFileSystem | null {
  const value = (interp.options as unknown as Record<string, unknown>)[FILESYSTEM_KEY];
  return value instanceof MemoryFileSystem ? value : null;
}

/** The state a restored interpreter carries (null: none, or unreadable). */
export function loadRunState(interp: Interpreter): SavedRunState | null {
  const text = (interp.options as unknown as Record<string, unknown>)[STATE_KEY];
  if (typeof text !== 'string') return null;
  try {
    const state = JSON.parse(text) as SavedRunState;
    return validState(state) ? state : null;
  } catch {
    return null;
  }
}
function validState(state: SavedRunState): boolean {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state.phase === 'body' || state.phase === 'last') &&
    typeof state.filename === 'string' &&
    typeof state.cwd === 'string' &&
    typeof state.spentMs === 'number' &&
    typeof state.outputUsed === 'number' &&
    Array.isArray(state.env) &&
    typeof state.limits === 'object' &&
    state.limits !== null
  );
}
