// Decoding of the tagged values in the stdlib golden files written by scripts/record-*-goldens.py,
// and exact comparison of results against them (floats bit for bit, NaNs equal to NaNs).

import { type IntValue, normalizeInt } from '../../src/objects/int-math.js';
import { ldexp } from '../../src/stdlib/math/float-bits.js';

/** A value as the golden files tag it. */
export type Tagged =
  | { f: string }
  | { i: string }
  | { b: boolean }
  | { n: null }
  | { t: Tagged[] }
  | { l: Tagged[] }
  | { c: [string, string] }
  | { y: string }
  | { s: string }
  | { error: [string, string] };

/** A decoded golden value. */
export type Decoded =
  | { kind: 'float'; value: number }
  | { kind: 'int'; value: IntValue }
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'tuple'; items: Decoded[] }
  | { kind: 'list'; items: Decoded[] }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'str'; value: string }
  | { kind: 'error'; type: string; message: string };

/** Parses Python's float.hex() output exactly. */
export function parseFloatHex(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return Number.NaN;
  const match = /^(-?)0x([01])\.([0-9a-f]*)p([-+]\d+)$/.exec(text);
  if (!match) throw new Error(`bad float hex ${text}`);
  const digits = match[3]!;
  const mantissa = BigInt(`0x${match[2]}${digits || '0'}`);
  const magnitude = ldexp(Number(mantissa), Number(match[4]) - 4 * digits.length);
  return match[1] === '-' ? -magnitude : magnitude;
}

/** Decodes one tagged golden value. */
export function decode(value: Tagged): Decoded {
  if ('f' in value) return { kind: 'float', value: parseFloatHex(value.f) };
  if ('i' in value) return { kind: 'int', value: normalizeInt(BigInt(value.i)) };
  if ('b' in value) return { kind: 'bool', value: value.b };
  if ('n' in value) return { kind: 'none' };
  if ('t' in value) return { kind: 'tuple', items: value.t.map(decode) };
  if ('l' in value) return { kind: 'list', items: value.l.map(decode) };
  if ('c' in value) {
    return { kind: 'complex', real: parseFloatHex(value.c[0]), imag: parseFloatHex(value.c[1]) };
  }
  if ('y' in value) return { kind: 'bytes', value: hexToBytes(value.y) };
  if ('s' in value) return { kind: 'str', value: value.s };
  return { kind: 'error', type: value.error[0], message: value.error[1] };
}

/** Bytes from a hex string. */
export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Bit-exact float equality where all NaNs are equal. */
export function sameFloat(a: number, b: number): boolean {
  if (Number.isNaN(a)) return Number.isNaN(b);
  return Object.is(a, b);
}

/** Whether an actual decoded value equals the expected one exactly. */
export function sameDecoded(actual: Decoded, expected: Decoded): boolean {
  if (actual.kind !== expected.kind) return false;
  switch (actual.kind) {
    case 'float':
      return sameFloat(actual.value, (expected as { value: number }).value);
    case 'int':
    case 'bool':
    case 'str':
      return actual.value === (expected as { value: unknown }).value;
    case 'none':
      return true;
    case 'tuple':
    case 'list': {
      const other = expected as { items: Decoded[] };
      return (
        actual.items.length === other.items.length &&
        actual.items.every((item, index) => sameDecoded(item, other.items[index]!))
      );
    }
    case 'complex': {
      const other = expected as { real: number; imag: number };
      return sameFloat(actual.real, other.real) && sameFloat(actual.imag, other.imag);
    }
    case 'bytes': {
      const other = (expected as { value: Uint8Array }).value;
      return actual.value.length === other.length && actual.value.every((b, i) => b === other[i]);
    }
    case 'error': {
      const other = expected as { type: string; message: string };
      return actual.type === other.type && actual.message === other.message;
    }
  }
}

/** A short text form of a decoded value for failure messages. */
export function describe(value: Decoded): string {
  switch (value.kind) {
    case 'float':
      return String(value.value);
    case 'int':
    case 'bool':
    case 'str':
      return String(value.value);
    case 'none':
      return 'None';
    case 'tuple':
    case 'list':
      return `(${value.items.map(describe).join(', ')})`;
    case 'complex':
      return `(${value.real}, ${value.imag}j)`;
    case 'bytes':
      return `bytes[${value.value.length}]`;
    case 'error':
      return `${value.type}: ${value.message}`;
  }
}
