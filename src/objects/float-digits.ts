// Decimal digit generation for doubles, as David Gay's dtoa (modes 0, 2 and 3) produces them for
// CPython: shortest round-trip digits, n significant digits, or k digits after the point, rounded
// half-even on the exact binary value. Layout (points, exponents, padding) is float-format's job.

/** Digits as dtoa returns them: value = 0.DIGITS × 10^decpt, trailing zeros stripped. */
export interface DecimalDigits {
  /** ASCII digits without trailing zeros; `'0'` for zero; `''` when fixed rounding gave zero. */
  readonly digits: string;
  /** Position of the decimal point relative to the first digit. */
  readonly decpt: number;
}

const scratch = new DataView(new ArrayBuffer(8));
const TWO_POW_32 = 4294967296;
const ZERO_DIGITS: DecimalDigits = { digits: '0', decpt: 1 };

/** A finite double as an exact integer mantissa and a power of two: |x| = mantissa × 2^exponent. */
export interface BinaryParts {
  /** The integer significand (at most 2^53 - 1; 0 for zero). */
  mantissa: number;
  /** The binary exponent of the significand's least significant bit. */
  exponent: number;
}

/**
 * Splits a finite double into `mantissa × 2^exponent` with an integer mantissa (sign dropped).
 * Subnormals get exponent -1074; zero gives mantissa 0.
 */
export function binaryParts(value: number): BinaryParts {
  scratch.setFloat64(0, value);
  const high = scratch.getUint32(0);
  const low = scratch.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const highMantissa = high & 0xfffff;
  if (biased === 0) return { mantissa: highMantissa * TWO_POW_32 + low, exponent: -1074 };
  return { mantissa: (highMantissa + 0x100000) * TWO_POW_32 + low, exponent: biased - 1075 };
}

/** The sign bit of a double (true for -0.0 and negative NaN payloads too). */
export function signBit(value: number): boolean {
  scratch.setFloat64(0, value);
  return (scratch.getUint32(0) & 0x80000000) !== 0;
}

/**
 * How many binary digits a finite double has after the point: the smallest f ≥ 0 with |x|·2^f an
 * integer. Its exact decimal expansion then has exactly f digits after the point, the last one a 5.
 */
export function fractionalBitCount(value: number): number {
  if (Number.isInteger(value)) return 0;
  scratch.setFloat64(0, value);
  const high = scratch.getUint32(0);
  let low = scratch.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let exponent = biased === 0 ? -1074 : biased - 1075;
  let highMantissa = (high & 0xfffff) + (biased === 0 ? 0 : 0x100000);
  // Strip trailing zero bits of the significand; each raises the exponent by one.
  if (low === 0) {
    low = highMantissa;
    highMantissa = 0;
    exponent += 32;
  }
  exponent += 31 - Math.clz32(low & -low);
  return -exponent;
}

/** The exact decimal value of a finite |x|: |x| = digits × 10^-scale, digits an integer. */
function exactDecimal(abs: number): { integer: bigint; scale: number } {
  const parts = binaryParts(abs);
  const mantissa = BigInt(parts.mantissa);
  if (parts.exponent >= 0) return { integer: mantissa << BigInt(parts.exponent), scale: 0 };
  const scale = -parts.exponent;
  return { integer: mantissa * 5n ** BigInt(scale), scale };
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return end === digits.length ? digits : digits.slice(0, end);
}

/** Removes a decimal point and leading zeros: '012.30' → '1230'. */
function plainDigits(text: string): string {
  const point = text.indexOf('.');
  const joined = point < 0 ? text : text.slice(0, point) + text.slice(point + 1);
  let start = 0;
  while (start < joined.length - 1 && joined.charCodeAt(start) === 48) start++;
  return start === 0 ? joined : joined.slice(start);
}

/** Lowers the last digit by one; only called when it is odd, so no borrow happens. */
function decrementLastDigit(digits: string): string {
  const last = digits.charCodeAt(digits.length - 1);
  return digits.slice(0, -1) + String.fromCharCode(last - 1);
}

/** Adds one unit in the last place of a digit string; may grow it by one digit ('99' → '100'). */
function incrementDigits(digits: string): string {
  let index = digits.length - 1;
  while (index >= 0 && digits.charCodeAt(index) === 57) index--;
  if (index < 0) return `1${'0'.repeat(digits.length)}`;
  return (
    digits.slice(0, index) +
    String.fromCharCode(digits.charCodeAt(index) + 1) +
    '0'.repeat(digits.length - index - 1)
  );
}

/**
 * Rounds a digit string to its first `keep` digits, half-even, given whether anything nonzero
 * follows the string. Returns the kept digits (possibly one longer after a carry).
 */
function roundDigitString(digits: string, keep: number): string {
  if (keep >= digits.length) return digits + '0'.repeat(keep - digits.length);
  if (keep < 0) return '';
  const head = digits.slice(0, keep);
  const next = digits.charCodeAt(keep);
  let roundUp: boolean;
  if (next > 53) roundUp = true;
  else if (next < 53) roundUp = false;
  else {
    let sticky = false;
    for (let index = keep + 1; index < digits.length; index++) {
      if (digits.charCodeAt(index) !== 48) {
        sticky = true;
        break;
      }
    }
    const lastOdd = keep > 0 && (head.charCodeAt(keep - 1) & 1) === 1;
    roundUp = sticky || lastOdd;
  }
  if (!roundUp) return head;
  return keep === 0 ? '1' : incrementDigits(head);
}

/**
 * dtoa mode 0: the shortest digits that round-trip, as `repr(float)` uses them. Takes a finite,
 * nonzero or zero |x| (sign ignored).
 */
export function shortestDigits(abs: number): DecimalDigits {
  if (abs === 0) return ZERO_DIGITS;
  if (abs < 0) abs = -abs;
  const text = String(abs);
  const ePos = text.indexOf('e');
  if (ePos < 0) {
    // Fixed notation from JS: 123.45 or 0.000123.
    const point = text.indexOf('.');
    if (point < 0) return { digits: stripTrailingZeros(text), decpt: text.length };
    if (text.charCodeAt(0) === 48) {
      let start = point + 1;
      while (text.charCodeAt(start) === 48) start++;
      return { digits: text.slice(start), decpt: point + 1 - start };
    }
    return { digits: text.slice(0, point) + text.slice(point + 1), decpt: point };
  }
  const mantissa = text.slice(0, ePos);
  const exponent = Number(text.slice(ePos + 1));
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  return { digits, decpt: exponent + 1 };
}

/** True when the integer-valued |x| lies exactly halfway between two multiples of 10^power. */
export function integerIsHalfway(abs: number, power: number): boolean {
  if (abs < 9007199254740992 && power <= 22) {
    const unit = 10 ** power;
    return (abs % unit) * 2 === unit;
  }
  const unit = 10n ** BigInt(power);
  return (BigInt(abs) % unit) * 2n === unit;
}

/**
 * dtoa mode 2: |x| rounded half-even to `count` (≥ 1) significant digits, trailing zeros
 * stripped. Uses toExponential (which rounds exact ties up) and repairs ties; exact BigInt
 * arithmetic past 101 digits.
 */
export function significantDigits(abs: number, count: number): DecimalDigits {
  if (abs === 0) return ZERO_DIGITS;
  if (abs < 0) abs = -abs;
  if (count <= 101) {
    const text = abs.toExponential(count - 1);
    const ePos = text.indexOf('e');
    const exponent = Number(text.slice(ePos + 1));
    let digits = count > 1 ? text[0] + text.slice(2, ePos) : text.slice(0, ePos);
    const lastOdd = (digits.charCodeAt(digits.length - 1) & 1) === 1;
    if (lastOdd && !(count === 1 && digits === '1')) {
      // Digits kept after the point; a tie means the exact value ends one place further, in 5.
      const kept = count - 1 - exponent;
      const fractionBits = fractionalBitCount(abs);
      const tie =
        fractionBits > 0 ? fractionBits === kept + 1 : kept < 0 && integerIsHalfway(abs, -kept);
      if (tie) digits = decrementLastDigit(digits);
    }
    return { digits: stripTrailingZeros(digits), decpt: exponent + 1 };
  }
  const exact = exactDecimal(abs);
  const all = exact.integer.toString();
  let decpt = all.length - exact.scale;
  let rounded = roundDigitString(all, count);
  if (rounded.length > count) {
    rounded = rounded.slice(0, count);
    decpt++;
  }
  return { digits: stripTrailingZeros(rounded), decpt };
}

/**
 * dtoa mode 3: |x| rounded half-even to `places` digits after the decimal point (negative places
 * round to tens, hundreds, ...). A result of zero has digits `''` and decpt `-places`.
 */
export function fixedDigits(abs: number, places: number): DecimalDigits {
  if (abs === 0) return ZERO_DIGITS;
  if (abs < 0) abs = -abs;
  let integerDigits: string;
  if (places >= 0 && places <= 100 && abs < 1e21) {
    integerDigits = plainDigits(abs.toFixed(places));
    if ((integerDigits.charCodeAt(integerDigits.length - 1) & 1) === 1) {
      const fractionBits = fractionalBitCount(abs);
      if (fractionBits > 0 && fractionBits === places + 1) {
        integerDigits = decrementLastDigit(integerDigits);
      }
    }
  } else {
    const exact = exactDecimal(abs);
    const all = exact.integer.toString();
    if (places >= exact.scale) {
      integerDigits = all + '0'.repeat(places - exact.scale);
    } else {
      const keep = all.length - (exact.scale - places);
      integerDigits = roundDigitString(all, keep);
    }
    if (integerDigits === '') integerDigits = '0';
  }
  if (integerDigits === '0') return { digits: '', decpt: -places };
  return {
    digits: stripTrailingZeros(integerDigits),
    decpt: integerDigits.length - places,
  };
}
