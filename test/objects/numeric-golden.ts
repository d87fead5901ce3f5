// Shared helpers for the numeric golden tests (files written by scripts/record-numeric-goldens.py):
// loading, exact double and int decoding, and recording results in the recorder's shape.
import { readFileSync } from 'node:fs';
import type { IntValue } from '../../src/objects/int-math.js';
import { PythonError } from '../../src/objects/python-error.js';

/** ['ok', value] or ['error', 'Type: message'], as the recorder writes outcomes. */
export type Outcome = ['ok', unknown] | ['error', string];

/** Reads one golden file from test/objects/golden. */
export function loadNumericGolden<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8')) as T;
}

const view = new DataView(new ArrayBuffer(8));

/** A double from 16 hex digits of its IEEE bits. */
export function fromBits(hex: string): number {
  view.setUint32(0, Number.parseInt(hex.slice(0, 8), 16));
  view.setUint32(4, Number.parseInt(hex.slice(8), 16));
  return view.getFloat64(0);
}

/** The 16 hex digits of a double's IEEE bits. */
export function toBits(value: number): string {
  view.setFloat64(0, value);
  return (
    view.getUint32(0).toString(16).padStart(8, '0') +
    view.getUint32(4).toString(16).padStart(8, '0')
  );
}

/** A recorded decimal int in the runtime's representation (number when safe, else bigint). */
export function intFrom(text: string): IntValue {
  const big = BigInt(text);
  return big >= -9007199254740991n && big <= 9007199254740991n ? Number(big) : big;
}

/** Runs `compute` and records its result like the recorder (errors as 'Type: message'). */
export function outcomeOf(compute: () => unknown): Outcome {
  try {
    return ['ok', compute()];
  } catch (error) {
    if (error instanceof PythonError) return ['error', `${error.typeName}: ${error.message}`];
    throw error;
  }
}

/** Collects cases whose actual outcome differs from the recorded one. */
export class MismatchLog {
  /** The first 20 differences. */
  readonly mismatches: unknown[] = [];
  /** Cases compared. */
  count = 0;
  /** Cases that differed. */
  failed = 0;

  /** Compares as JSON (whole values). */
  check(input: unknown, expected: unknown, actual: unknown): void {
    this.count++;
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      this.failed++;
      if (this.mismatches.length < 20) {
        this.mismatches.push(JSON.stringify({ input, expected, actual }));
      }
    }
  }

  /** What a passing run reports: no failures. */
  get summary(): { failed: number; mismatches: unknown[] } {
    return { failed: this.failed, mismatches: this.mismatches };
  }
}
