// The clock capability: where `time`, `datetime.now()` and file timestamps read the time. A real
// clock reads the host's; a virtual clock starts at a given instant and advances by a fixed tick per
// read and by `sleep`, so a run is reproducible. Its state is plain data (snapshots store it).

/** What `time.sleep` does on a real clock. */
export type SleepPolicy =
  /** Return at once and add the duration to the clock (the host thread never waits). */
  | 'advance'
  /** Wait for real (Atomics.wait; falls back to 'advance' where blocking is not allowed). */
  | 'block';

/** A source of time. All values are integers in nanoseconds. */
export interface Clock {
  /** `'real'` or `'virtual'` (for diagnostics and the CLI). */
  readonly kind: 'real' | 'virtual';
  /** Nanoseconds since the Unix epoch (`time.time_ns()`); a virtual clock ticks on each read. */
  epochNanoseconds(): bigint;
  /** The current instant without advancing a virtual clock (file timestamps). */
  peekEpochNanoseconds(): bigint;
  /** A monotonic reading in nanoseconds (`time.monotonic_ns()`, `perf_counter_ns()`). */
  monotonicNanoseconds(): bigint;
  /** `time.sleep(seconds)`: advances the clock (virtual) or waits / advances (real). */
  sleep(nanoseconds: bigint): void;
}

/** Options of a virtual clock. */
export interface VirtualClockOptions {
  /** The instant the run starts at, in milliseconds since the epoch (default 2024-01-01T00:00:00Z). */
  readonly startMs?: number;
  /** Nanoseconds every read advances the clock by (default 1 ms; 0 freezes time between sleeps). */
  readonly tickNanoseconds?: number;
}

/** 2024-01-01T00:00:00Z: the default start of a virtual clock. */
export const DEFAULT_VIRTUAL_START_MS = 1_704_067_200_000;

/** A deterministic clock: `now` advances by `tick` per read and by every sleep. */
export class VirtualClock implements Clock {
  readonly kind = 'virtual' as const;
  /** The instant the clock started at (epoch nanoseconds). */
  readonly startNs: bigint;
  /** The current instant (epoch nanoseconds). */
  nowNs: bigint;
  /** Advance per read. */
  readonly tickNs: bigint;

  constructor(options: VirtualClockOptions = {}) {
    this.startNs = BigInt(Math.round(options.startMs ?? DEFAULT_VIRTUAL_START_MS)) * 1_000_000n;
    this.nowNs = this.startNs;
    this.tickNs = BigInt(Math.max(0, Math.round(options.tickNanoseconds ?? 1_000_000)));
  }

  epochNanoseconds(): bigint {
    const value = this.nowNs;
    this.nowNs += this.tickNs;
    return value;
  }

  peekEpochNanoseconds(): bigint {
    return this.nowNs;
  }

  monotonicNanoseconds(): bigint {
    return this.epochNanoseconds() - this.startNs;
  }

  sleep(nanoseconds: bigint): void {
    if (nanoseconds > 0n) this.nowNs += nanoseconds;
  }
}

interface PerformanceLike {
  now(): number;
  readonly timeOrigin: number;
}

function hostPerformance(): PerformanceLike | null {
  const perf = (globalThis as { performance?: PerformanceLike }).performance;
  return perf !== undefined && typeof perf.now === 'function' ? perf : null;
}

/** Blocks the thread for `ms` milliseconds when the host allows it; false when it does not. */
function blockFor(ms: number): boolean {
  if (typeof SharedArrayBuffer === 'undefined' || typeof Atomics === 'undefined') return false;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return true;
  } catch {
    return false;
  }
}

/** The host's clock. Sleeping advances an offset (policy 'advance') or waits (policy 'block'). */
export class RealClock implements Clock {
  readonly kind = 'real' as const;
  readonly sleepPolicy: SleepPolicy;
  /** Time slept without waiting, added to every reading. */
  offsetNs: bigint;

  constructor(sleepPolicy: SleepPolicy = 'advance') {
    this.sleepPolicy = sleepPolicy;
    this.offsetNs = 0n;
  }

  epochNanoseconds(): bigint {
    const perf = hostPerformance();
    const ms = perf === null ? Date.now() : perf.timeOrigin + perf.now();
    return BigInt(Math.round(ms * 1000)) * 1000n + this.offsetNs;
  }

  peekEpochNanoseconds(): bigint {
    return this.epochNanoseconds();
  }

  monotonicNanoseconds(): bigint {
    const perf = hostPerformance();
    const ms = perf === null ? Date.now() : perf.now();
    return BigInt(Math.round(ms * 1_000_000)) + this.offsetNs;
  }

  sleep(nanoseconds: bigint): void {
    if (nanoseconds <= 0n) return;
    if (this.sleepPolicy === 'block' && blockFor(Number(nanoseconds) / 1e6)) return;
    this.offsetNs += nanoseconds;
  }
}
