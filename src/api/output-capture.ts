// The sinks behind a run's sys.stdout and sys.stderr: they collect the text for the result, forward
// it to the host's callbacks as it is written, and enforce the output limit over both streams.

import { hasRuntime } from '../objects/runtime.js';
import { currentInterpreter } from '../vm/interpreter.js';
import { limitError, outputLimitMessage } from '../vm/limits.js';

/** The output budget shared by a run's stdout and stderr. */
export class OutputBudget {
  /** The limit in UTF-8 bytes (Infinity: none). */
  readonly limitBytes: number;
  /** Bytes written so far. */
  usedBytes: number;

  constructor(limitBytes: number) {
    this.limitBytes = limitBytes;
    this.usedBytes = 0;
  }

  /** Counts `text`; raises the output limit error (writing nothing of it) past the limit. */
  charge(text: string): void {
    const bytes = utf8Length(text);
    if (this.usedBytes + bytes > this.limitBytes) {
      this.usedBytes = this.limitBytes;
      const message = outputLimitMessage(this.limitBytes);
      // The budget ends too, so no handler (except*, a generator's finally) can go on.
      if (hasRuntime()) currentInterpreter().expireBudget('output', message);
      throw limitError('output', message);
    }
    this.usedBytes += bytes;
  }
}

/** UTF-8 length of a JS string (lone surrogates count 3, as the replacement they become). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2; // four bytes for the pair's two units
        index++;
        continue;
      }
      bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** One output stream of a run: collected (optionally), forwarded, and charged to the budget. */
export class OutputCapture {
  private readonly forward: ((text: string) => void) | undefined;
  private readonly budget: OutputBudget;
  private readonly keep: boolean;
  private chunks: string[] = [];

  constructor(forward: ((text: string) => void) | undefined, budget: OutputBudget, keep: boolean) {
    this.forward = forward;
    this.budget = budget;
    this.keep = keep;
  }

  /** sys.stdout/sys.stderr writes: charged to the output limit first. */
  write(text: string): void {
    this.budget.charge(text);
    this.emit(text);
  }

  /** Writes the run's own messages (the final traceback): not charged, never refused. */
  emit(text: string): void {
    if (this.keep) this.chunks.push(text);
    this.forward?.(text);
  }

  /** The text written since the last call. */
  take(): string {
    const text = this.chunks.join('');
    this.chunks = [];
    return text;
  }
}
