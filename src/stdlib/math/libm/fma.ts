// Correctly rounded fused multiply-add for JS numbers: the libm ports need it wherever glibc's
// -mfma builds contract a*b+c. Fast path by error-free transforms and round-to-odd; exact bigint
// fallback near overflow or underflow.

import { bitLength, ldexp } from '../float-bits.js';

const SPLITTER = 134217729; // 2**27 + 1
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** True when the double's last mantissa bit is set. */
function isOdd(x: number): boolean {
  bits[0] = x;
  return (words[LOW]! & 1) === 1;
}

/** The neighbour of x one ulp towards the sign of `direction` (x finite and nonzero or zero). */
function stepTowards(x: number, direction: number): number {
  bits[0] = x;
  const high = 1 - LOW;
  // Moving away from zero increments the magnitude bits; towards zero decrements them.
  const away = x === 0 ? true : x > 0 === direction > 0;
  if (x === 0) {
    return direction > 0 ? 5e-324 : -5e-324;
  }
  if (away) {
    words[LOW] = (words[LOW]! + 1) >>> 0;
    if (words[LOW] === 0) words[high] = words[high]! + 1;
  } else {
    if (words[LOW] === 0) words[high] = words[high]! - 1;
    words[LOW] = (words[LOW]! - 1) >>> 0;
  }
  return bits[0]!;
}

/** fma(a, b, c) = a*b + c with a single rounding to nearest-even. */
export function fma(a: number, b: number, c: number): number {
  const product = a * b;
  if (!Number.isFinite(product) || !Number.isFinite(c)) {
    if (Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c)) return exactFma(a, b, c);
    return product + c;
  }
  const absProduct = Math.abs(product);
  if (
    absProduct === 0 ||
    absProduct < 1e-270 ||
    absProduct > 1e300 ||
    Math.abs(a) > 1e300 ||
    Math.abs(b) > 1e300 ||
    Math.abs(c) > 1e300
  ) {
    if (a === 0 || b === 0) return product + c;
    return exactFma(a, b, c);
  }
  // Exact product: product + error (Dekker).
  let t = a * SPLITTER;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = b * SPLITTER;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  const error = aLow * bLow - (product - aHigh * bHigh - aLow * bHigh - aHigh * bLow);
  // Correctly rounded sum of three: TwoSum twice, then round-to-odd the small part.
  const u = error + c;
  const uv = u - error;
  const uLow = error - (u - uv) + (c - uv);
  const s = product + u;
  const sv = s - product;
  const sLow = product - (s - sv) + (u - sv);
  let small = sLow + uLow;
  const sv2 = small - sLow;
  const smallError = sLow - (small - sv2) + (uLow - sv2);
  if (smallError !== 0 && !isOdd(small)) small = stepTowards(small, smallError);
  return s + small;
}

/** The exact value of a finite double as mantissa * 2**exponent. */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  let exponent = 0;
  let m = Math.abs(x);
  // Scale to an integer mantissa without rounding.
  while (m >= 9007199254740992) {
    m /= 2;
    exponent++;
  }
  while (!Number.isInteger(m)) {
    m *= 2;
    exponent--;
  }
  return [BigInt(x < 0 ? -m : m), exponent];
}

/** fma by exact bigint arithmetic: slow, used only near the ends of the exponent range. */
function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  let mp = ma * mb;
  let ep = ea + eb;
  let mcScaled = mc;
  let e = Math.min(ep, ec);
  if (mp === 0n) e = ec;
  if (mc === 0n) e = ep;
  if (mp !== 0n) mp <<= BigInt(ep - e);
  if (mc !== 0n) mcScaled <<= BigInt(ec - e);
  ep = e;
  let total = mp + mcScaled;
  if (total === 0n) {
    // Exact zero: sign as IEEE addition of the rounded product and c.
    return a * b + c;
  }
  const negative = total < 0n;
  if (negative) total = -total;
  const length = bitLength(total);
  const shift = Math.max(length - 53, -1074 - ep);
  if (shift > 0) {
    const big = BigInt(shift);
    const kept = total >> big;
    const rest = total - (kept << big);
    const half = 1n << (big - 1n);
    let rounded = kept;
    if (rest > half || (rest === half && (kept & 1n) === 1n)) rounded += 1n;
    total = rounded;
    ep += shift;
  }
  const value = ldexp(Number(total), ep);
  return negative ? -value : value;
}
