// Decoding of NUMBER token text into a Constant value: ints (number or bigint), floats, imaginary.
// The tokenizer has already rejected malformed literals; this only converts well-formed ones.

import type { ConstantValue } from './ast.js';

/**
 * The value of a well-formed Python numeric literal: `number` for ints that are safe integers,
 * `bigint` beyond, a tagged float, or a tagged complex (real part 0) for imaginary literals.
 */
export function decodeNumber(text: string): ConstantValue {
  if (text.indexOf('_') >= 0) text = text.replace(/_/g, '');
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last === 0x6a) {
    // 'j': imaginary; the digits before it are always read as a float.
    return { type: 'complex', real: 0, imag: Number(text.slice(0, -1)) };
  }
  if (text.length > 1 && text.charCodeAt(0) === 0x30) {
    const base = text.charCodeAt(1) | 0x20;
    if (base === 0x78 || base === 0x6f || base === 0x62) return decodeInt(text);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || (c | 0x20) === 0x65) return { type: 'float', value: Number(text) };
  }
  return decodeInt(text);
}

/** An int literal (decimal or 0x/0o/0b): `number` while it is a safe integer, else `bigint`. */
function decodeInt(text: string): number | bigint {
  if (text.length <= 15 && (text.length < 2 || (text.charCodeAt(1) | 0x20) < 0x61)) {
    return Number(text);
  }
  const big = BigInt(text);
  return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}
