// Bit-level float helpers shared by the math, cmath and random cores: frexp/ldexp, nextafter, ulp,
// sign tests, and big-int frexp. Pure functions on raw JS numbers; errors are the callers' business.

const scratch = new DataView(new ArrayBuffer(8));

/** 2**-1074, the smallest positive subnormal. */
export const MIN_SUBNORMAL = 5e-324;
/** The largest finite double. */
export const MAX_FLOAT = Number.MAX_VALUE;

/** The high 32 bits (sign, exponent, top of the mantissa) of a double. */
export function highWord(x: number): number {
  scratch.setFloat64(0, x);
  return scratch.getUint32(0);
}

/** The low 32 bits of a double's mantissa. */
export function lowWord(x: number): number {
  scratch.setFloat64(0, x);
  return scratch.getUint32(4);
}

/** The double whose bits are (high, low), both unsigned 32-bit. */
export function fromWords(high: number, low: number): number {
  scratch.setUint32(0, high >>> 0);
  scratch.setUint32(4, low >>> 0);
  return scratch.getFloat64(0);
}

/** The double with the high word replaced. */
export function withHighWord(x: number, high: number): number {
  scratch.setFloat64(0, x);
  scratch.setUint32(0, high >>> 0);
  return scratch.getFloat64(0);
}

/** The double with the low word replaced. */
export function withLowWord(x: number, low: number): number {
  scratch.setFloat64(0, x);
  scratch.setUint32(4, low >>> 0);
  return scratch.getFloat64(0);
}

/** The raw 64 bits of a double as a bigint (for tests and hex dumps). */
export function floatToBits(x: number): bigint {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0);
}

/** The double with the given raw 64 bits. */
export function bitsToFloat(bits: bigint): number {
  scratch.setBigUint64(0, BigInt.asUintN(64, bits));
  return scratch.getFloat64(0);
}

/** True for -0.0 and every negative number (C's signbit), including negative NaNs. */
export function signBit(x: number): boolean {
  scratch.setFloat64(0, x);
  return (scratch.getUint8(0) & 0x80) !== 0;
}

/** C's copysign: the magnitude of `magnitude` with the sign bit of `sign`. */
export function copySign(magnitude: number, sign: number): number {
  const abs = Math.abs(magnitude);
  if (Number.isNaN(abs)) return abs;
  return signBit(sign) ? -abs : abs;
}

/**
 * C's frexp for finite nonzero x: [m, e] with 0.5 <= |m| < 1 and x == m * 2**e. Zeros, infinities
 * and NaN come back as [x, 0], as math.frexp reports them.
 */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  scratch.setFloat64(0, x);
  let high = scratch.getUint32(0);
  let exponent = (high >>> 20) & 0x7ff;
  let extra = 0;
  if (exponent === 0) {
    // Subnormal: scale into the normal range first.
    scratch.setFloat64(0, x * 18014398509481984); // 2**54
    high = scratch.getUint32(0);
    exponent = (high >>> 20) & 0x7ff;
    extra = -54;
  }
  scratch.setUint32(0, (high & 0x800fffff) | (1022 << 20));
  return [scratch.getFloat64(0), exponent - 1022 + extra];
}

/** 2**n for integer n in [-1074, 1023], exactly. */
export function powerOfTwo(n: number): number {
  if (n >= -1022) return fromWords((n + 1023) << 20, 0);
  // Subnormal powers of two: the single set bit lives in the mantissa.
  const bit = n + 1074;
  return bit >= 32 ? fromWords(1 << (bit - 32), 0) : fromWords(0, 2 ** bit);
}

/**
 * C's ldexp: x * 2**n with one correct rounding (also into the subnormal range) and ±inf on
 * overflow. `n` may be any integer-valued number, including huge ones.
 */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [mantissa, exponent] = frexp(x);
  const target = exponent + Math.max(-4000, Math.min(4000, n));
  if (target > 1024) return mantissa < 0 ? -Infinity : Infinity;
  if (target === 1024) return mantissa * 2 * 8.98846567431158e307;
  // Multiplying by an exact power of two rounds once, also into the subnormal range.
  if (target >= -1074) return mantissa * powerOfTwo(target);
  return mantissa < 0 ? -0 : 0;
}

/** C's nextafter(x, y). */
export function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? MIN_SUBNORMAL : -MIN_SUBNORMAL;
  scratch.setFloat64(0, x);
  let bits = scratch.getBigUint64(0);
  if (x < y === x > 0) bits += 1n;
  else bits -= 1n;
  scratch.setBigUint64(0, bits);
  return scratch.getFloat64(0);
}

/** math.ulp: the value of the least significant bit of x. */
export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const next = nextAfter(x, Infinity);
  if (next === Infinity) return x - nextAfter(x, -Infinity);
  return next - x;
}

/** C's round(): half away from zero. */
export function roundHalfAway(x: number): number {
  const rounded = Math.trunc(x + (x < 0 ? -0.5 : 0.5));
  // x + 0.5 can round up for the largest double below 0.5; fall back to an exact test.
  if (Math.abs(rounded - x) > 0.5) return rounded - Math.sign(rounded);
  return rounded;
}

/**
 * Frexp of a big positive or negative int beyond the float range, as CPython's _PyLong_Frexp:
 * [m, e] with 0.5 <= |m| < 1, m correctly rounded (half-even) to 53 bits, value ~= m * 2**e.
 */
export function bigIntFrexp(value: bigint): [number, number] {
  const negative = value < 0n;
  if (negative) value = -value;
  const bits = bitLength(value);
  let mantissa: number;
  if (bits <= 55) {
    mantissa = Number(value) / 2 ** bits;
  } else {
    // Keep 55 bits plus a sticky bit so that Number() rounds the way a single rounding would.
    const shift = BigInt(bits - 55);
    let top = value >> shift;
    if (top << shift !== value) top |= 1n;
    mantissa = Number(top) / 36028797018963968; // 2**55
  }
  let exponent = bits;
  if (mantissa === 1) {
    mantissa = 0.5;
    exponent += 1;
  }
  return [negative ? -mantissa : mantissa, exponent];
}

/** Bit length of a bigint's magnitude. */
export function bitLength(value: bigint): number {
  if (value < 0n) value = -value;
  if (value === 0n) return 0;
  if (value < 9007199254740992n) return bitLengthSmall(Number(value));
  const hex = value.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0]!, 16)));
}

function bitLengthSmall(value: number): number {
  if (value < 4294967296) return 32 - Math.clz32(value);
  return 64 - Math.clz32(Math.floor(value / 4294967296));
}
