// The event log of a run: every nondeterministic input the program received (clock readings, entropy,
// file reads, host call results), in order, so a host can audit or replay a run. The clock, entropy
// and filesystem capabilities are wrapped here to record themselves; host calls record through
// `recordEvent` (src/api/host-* does that).

import type { Clock } from './clock.js';
import type { EntropySource } from './entropy.js';
import type { FileHandle, FileSystem, OpenOptions } from './filesystem.js';

/** One nondeterministic input of a run. */
export type RunEvent =
  /** The seed the run's determinism derives from (first event of a seeded run). */
  | { readonly kind: 'seed'; readonly seed: number | bigint }
  /** A clock reading: `clock` says which reading, `nanoseconds` what the program got. */
  | { readonly kind: 'time'; readonly clock: 'epoch' | 'monotonic'; readonly nanoseconds: bigint }
  /** A `time.sleep` (the clock advanced by `nanoseconds`). */
  | { readonly kind: 'sleep'; readonly nanoseconds: bigint }
  /**
   * Random 32-bit words drawn from the entropy capability (os.urandom, random.seed(None), uuid4…):
   * `words` holds them for draws of at most ENTROPY_WORDS_LOGGED words, else null.
   */
  | { readonly kind: 'entropy'; readonly count: number; readonly words: readonly number[] | null }
  /** A file opened for reading (the sandbox path) and how many bytes the program read from it. */
  | { readonly kind: 'file-read'; readonly path: string; readonly bytes: number }
  /** A host function's result (recorded by the host-call layer). */
  | { readonly kind: 'host-call'; readonly name: string; readonly result: unknown }
  /** A host function that raised: the Python exception type and message the program saw. */
  | {
      readonly kind: 'host-error';
      readonly name: string;
      readonly typeName: string;
      readonly message: string;
    };

/** Entropy draws up to this many words are logged with their values. */
export const ENTROPY_WORDS_LOGGED = 64;

/** Events beyond this many are counted in `dropped` but not kept (a loop reading the clock). */
export const EVENT_LOG_CAPACITY = 100_000;

/** The events of one run (or session), bounded. */
export class EventLog {
  /** The events, oldest first (at most EVENT_LOG_CAPACITY). */
  readonly events: RunEvent[] = [];
  /** Events not kept because the log was full. */
  dropped = 0;

  /** Appends an event (or counts it as dropped when the log is full). */
  record(event: RunEvent): void {
    if (this.events.length < EVENT_LOG_CAPACITY) this.events.push(event);
    else this.dropped++;
  }
}

/** A clock that records every reading the program makes into `log`. */
export class RecordingClock implements Clock {
  readonly kind: 'real' | 'virtual';
  private readonly inner: Clock;
  private readonly log: EventLog;

  constructor(inner: Clock, log: EventLog) {
    this.kind = inner.kind;
    this.inner = inner;
    this.log = log;
  }

  epochNanoseconds(): bigint {
    const nanoseconds = this.inner.epochNanoseconds();
    this.log.record({ kind: 'time', clock: 'epoch', nanoseconds });
    return nanoseconds;
  }

  peekEpochNanoseconds(): bigint {
    return this.inner.peekEpochNanoseconds();
  }

  monotonicNanoseconds(): bigint {
    const nanoseconds = this.inner.monotonicNanoseconds();
    this.log.record({ kind: 'time', clock: 'monotonic', nanoseconds });
    return nanoseconds;
  }

  sleep(nanoseconds: bigint): void {
    this.log.record({ kind: 'sleep', nanoseconds });
    this.inner.sleep(nanoseconds);
  }
}

/** An entropy source that records the words it hands out. */
export class RecordingEntropy implements EntropySource {
  readonly kind: 'host' | 'seeded';
  private readonly inner: EntropySource;
  private readonly log: EventLog;

  constructor(inner: EntropySource, log: EventLog) {
    this.kind = inner.kind;
    this.inner = inner;
    this.log = log;
  }

  words(count: number): Uint32Array {
    const words = this.inner.words(count);
    // Big draws (seeding a Mersenne Twister takes 624 words) are logged by size only.
    this.log.record({
      kind: 'entropy',
      count,
      words: count <= ENTROPY_WORDS_LOGGED ? Array.from(words) : null,
    });
    return words;
  }
}

/** A filesystem that records each file opened for reading and the bytes read from it. */
export class RecordingFileSystem implements FileSystem {
  private readonly inner: FileSystem;
  private readonly log: EventLog;

  constructor(inner: FileSystem, log: EventLog) {
    this.inner = inner;
    this.log = log;
  }

  get writable(): boolean {
    return this.inner.writable;
  }

  stat(path: string): ReturnType<FileSystem['stat']> {
    return this.inner.stat(path);
  }

  listdir(path: string): string[] {
    return this.inner.listdir(path);
  }

  mkdir(path: string): void {
    this.inner.mkdir(path);
  }

  rmdir(path: string): void {
    this.inner.rmdir(path);
  }

  unlink(path: string): void {
    this.inner.unlink(path);
  }

  rename(from: string, to: string): void {
    this.inner.rename(from, to);
  }

  open(path: string, options: OpenOptions): FileHandle {
    const handle = this.inner.open(path, options);
    return options.read ? new RecordingFileHandle(handle, path, this.log) : handle;
  }

  setTimeSource(now: () => number): void {
    this.inner.setTimeSource?.(now);
  }
}

/** Finds the running interpreter's event log (capabilities.ts installs it; no import cycle). */
let runningLog: () => EventLog | null = () => null;

/** Installs how a restored file handle finds the event log of the run it now belongs to. */
export function setRunningLogLookup(lookup: () => EventLog | null): void {
  runningLog = lookup;
}

/**
 * A file opened for reading: counts the bytes read and records one `file-read` event when closed.
 * A class of plain fields, so a paused run holding the file open can be snapshotted; the log is not
 * part of the snapshot (a restored handle records into the log of the run that restored it).
 */
export class RecordingFileHandle implements FileHandle {
  readonly inner: FileHandle;
  readonly path: string;
  /** The log to record into; null after a restore (then the running interpreter's log). */
  log: EventLog | null;
  bytes = 0;
  logged = false;

  constructor(inner: FileHandle, path: string, log: EventLog | null) {
    this.inner = inner;
    this.path = path;
    this.log = log;
  }

  read(position: number, length: number): Uint8Array {
    const data = this.inner.read(position, length);
    this.bytes += data.length;
    return data;
  }

  write(position: number, data: Uint8Array): void {
    this.inner.write(position, data);
  }

  size(): number {
    return this.inner.size();
  }

  truncate(length: number): void {
    this.inner.truncate(length);
  }

  flush(): void {
    this.inner.flush();
  }

  close(): void {
    if (!this.logged) {
      (this.log ?? runningLog())?.record({ kind: 'file-read', path: this.path, bytes: this.bytes });
    }
    this.logged = true;
    this.inner.close();
  }
}
