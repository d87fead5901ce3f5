// A blocking line channel between the REPL worker (which runs Python synchronously and must wait for
// the next line inside `input()` or at a prompt) and the main thread (which owns the terminal).
// Shared memory plus Atomics.wait; long lines travel in chunks. Message passing is left to callers.

/** Bytes of line text carried per hand-over. */
const CHUNK_BYTES = 1 << 16;

/** Header slots (Int32). */
const STATE = 0;
const STATUS = 1;
const LENGTH = 2;
const MORE = 3;
/** Set by the main thread on Ctrl-C while code runs; the worker polls and clears it. */
const INTERRUPT = 4;
const HEADER_SLOTS = 5;

/** STATE values. */
const EMPTY = 0;
const FULL = 1;

/** What a hand-over carries. */
const STATUS_CODES = { line: 0, eof: 1, interrupt: 2 } as const;

/** What the worker receives: a line (with its newline, if it had one), EOF, or Ctrl-C. */
export type ChannelLine =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'eof' }
  | { readonly kind: 'interrupt' };

/** Makes the shared buffer both sides wrap. */
export function createLineBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_SLOTS * 4 + CHUNK_BYTES);
}

/** The main thread's end: hands lines over, one chunk at a time. */
export class LineSender {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;
  private pending: Uint8Array | null = null;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, HEADER_SLOTS);
    this.data = new Uint8Array(buffer, HEADER_SLOTS * 4);
  }

  /** Hands over a line, EOF or an interrupt (the worker must have asked for one). */
  send(line: ChannelLine): void {
    if (line.kind === 'line') {
      this.pending = new TextEncoder().encode(line.text);
      this.sendChunk();
      return;
    }
    this.pending = null;
    this.publish(STATUS_CODES[line.kind], 0, false);
  }

  /**
   * Flags Ctrl-C for the running code; returns false when an earlier flag is still unread (the
   * code is stuck where it cannot look).
   */
  interrupt(): boolean {
    return Atomics.exchange(this.header, INTERRUPT, 1) === 0;
  }

  /** Sends the next chunk of a long line (the worker asked for it). */
  sendChunk(): void {
    const bytes = this.pending ?? new Uint8Array(0);
    const size = Math.min(bytes.length, CHUNK_BYTES);
    this.data.set(bytes.subarray(0, size));
    const more = size < bytes.length;
    this.pending = more ? bytes.subarray(size) : null;
    this.publish(STATUS_CODES.line, size, more);
  }

  private publish(status: number, length: number, more: boolean): void {
    this.header[STATUS] = status;
    this.header[LENGTH] = length;
    this.header[MORE] = more ? 1 : 0;
    Atomics.store(this.header, STATE, FULL);
    Atomics.notify(this.header, STATE);
  }
}

/** The worker's end: blocks until the main thread hands something over. */
export class LineReceiver {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, HEADER_SLOTS);
    this.data = new Uint8Array(buffer, HEADER_SLOTS * 4);
  }

  /** Whether Ctrl-C was flagged since the last call (clears the flag). */
  takeInterrupt(): boolean {
    return Atomics.exchange(this.header, INTERRUPT, 0) === 1;
  }

  /**
   * Asks for a line (`ask` posts the request to the main thread) and waits for it; `askMore`
   * requests the next chunk of a long line.
   */
  receive(ask: () => void, askMore: () => void): ChannelLine {
    const parts: Uint8Array[] = [];
    ask();
    for (;;) {
      Atomics.wait(this.header, STATE, EMPTY);
      const status = this.header[STATUS];
      const length = this.header[LENGTH] ?? 0;
      const more = this.header[MORE] === 1;
      parts.push(this.data.slice(0, length));
      Atomics.store(this.header, STATE, EMPTY);
      if (status === STATUS_CODES.eof) return { kind: 'eof' };
      if (status === STATUS_CODES.interrupt) return { kind: 'interrupt' };
      if (!more) break;
      askMore();
    }
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    return { kind: 'line', text: new TextDecoder().decode(joined) };
  }
}
