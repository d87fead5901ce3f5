// Shared loader for the golden files recorded by scripts/record-string-goldens.py: runs a case
// through a TS implementation and compares the value or the exception with CPython's.
import { readFileSync } from 'node:fs';
import { PythonError } from '../../src/objects/python-error.js';

/** A recorded result: a JSON value, bytes as {bytes: hex}, dicts as {dict: pairs}, or an error. */
export type Recorded = unknown;

/** [receiver, [[method, args, result], ...]] */
export type GoldenGroup = [unknown, [string, unknown[], Recorded][]];

/** Read one golden file from test/objects/golden. */
export function loadGolden<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8')) as T;
}

/** Bytes from a recorded {bytes: hex}. */
export function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Turn a TS result into the recorded JSON shape (Uint8Array as {bytes: hex}). */
export function normalise(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let hex = '';
    for (const byte of value) hex += byte.toString(16).padStart(2, '0');
    return { bytes: hex };
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** Run `compute`, recording its value or its PythonError like the golden recorder does. */
export function outcome(compute: () => unknown): Recorded {
  try {
    return normalise(compute());
  } catch (error) {
    if (error instanceof PythonError) return { error: error.typeName, message: error.message };
    throw error;
  }
}

/** One failed comparison, for a readable report. */
export interface Mismatch {
  method: string;
  receiver: unknown;
  args: unknown[];
  expected: Recorded;
  actual: Recorded;
}

/**
 * Run every case of the groups through `dispatch`; returns the mismatches and the number of cases.
 */
export function runGroups(
  groups: GoldenGroup[],
  dispatch: (method: string, receiver: unknown, args: unknown[]) => unknown,
): { mismatches: Mismatch[]; total: number } {
  const mismatches: Mismatch[] = [];
  let total = 0;
  for (const [receiver, entries] of groups) {
    for (const [method, args, expected] of entries) {
      total++;
      let actual: Recorded;
      try {
        actual = outcome(() => dispatch(method, receiver, args));
      } catch (error) {
        actual = { crash: String(error) };
      }
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        mismatches.push({ method, receiver, args, expected, actual });
      }
    }
  }
  return { mismatches, total };
}
