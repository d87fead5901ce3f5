// Round constants and initial values of the MD5, SHA-1/2 and BLAKE2 families, computed at load
// time from their definitions (fractional parts of roots of primes, sines) with exact bigint math.

const FIRST_PRIMES: number[] = (() => {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < 80; candidate++) {
    if (primes.every((p) => candidate % p !== 0)) primes.push(candidate);
  }
  return primes;
})();

/** Floor of the integer k-th root (k = 2 or 3) of a non-negative bigint, by Newton's method. */
function integerRoot(value: bigint, k: bigint): bigint {
  if (value < 2n) return value;
  let guess = 1n << BigInt(Math.ceil(value.toString(2).length / Number(k)) + 1);
  for (;;) {
    const next = ((k - 1n) * guess + value / guess ** (k - 1n)) / k;
    if (next >= guess) break;
    guess = next;
  }
  while (guess ** k > value) guess -= 1n;
  while ((guess + 1n) ** k <= value) guess += 1n;
  return guess;
}

/** The first `bits` bits of the fractional part of the k-th root of p. */
function fractionBits(p: number, k: bigint, bits: number): bigint {
  const root = integerRoot(BigInt(p) << (BigInt(bits) * k), k);
  return root & ((1n << BigInt(bits)) - 1n);
}

/** Splits 64-bit constants into [high, low] uint32 pairs. */
function toPairs(values: bigint[]): Uint32Array {
  const out = new Uint32Array(values.length * 2);
  values.forEach((value, i) => {
    out[2 * i] = Number(value >> 32n);
    out[2 * i + 1] = Number(value & 0xffffffffn);
  });
  return out;
}

/** SHA-256 round constants: cube roots of the first 64 primes, 32 bits each. */
export const SHA256_K = Uint32Array.from(
  FIRST_PRIMES.slice(0, 64).map((p) => Number(fractionBits(p, 3n, 32))),
);

/** SHA-256 initial state: square roots of the first 8 primes. */
export const SHA256_IV = Uint32Array.from(
  FIRST_PRIMES.slice(0, 8).map((p) => Number(fractionBits(p, 2n, 32))),
);

/** SHA-224 initial state: bits 33..64 of the square roots of the 9th to 16th primes. */
export const SHA224_IV = Uint32Array.from(
  FIRST_PRIMES.slice(8, 16).map((p) => Number(fractionBits(p, 2n, 64) & 0xffffffffn)),
);

/** SHA-512 round constants as [high, low] pairs: cube roots of the first 80 primes. */
export const SHA512_K = toPairs(FIRST_PRIMES.map((p) => fractionBits(p, 3n, 64)));

/** SHA-512 initial state as [high, low] pairs (also BLAKE2b's IV). */
export const SHA512_IV = toPairs(FIRST_PRIMES.slice(0, 8).map((p) => fractionBits(p, 2n, 64)));

/** SHA-384 initial state: square roots of the 9th to 16th primes. */
export const SHA384_IV = toPairs(FIRST_PRIMES.slice(8, 16).map((p) => fractionBits(p, 2n, 64)));

/** MD5 sine constants: floor(|sin(i + 1)| * 2**32). */
export const MD5_K = Uint32Array.from({ length: 64 }, (_, i) =>
  Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296),
);

/** BLAKE2 message schedule permutations. */
export const BLAKE2_SIGMA: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
