// The entropy capability: random words for `os.urandom`, `random.seed(None)` and SystemRandom.
// The host's crypto source, or a seeded generator (splitmix64) whose state is plain data, so a run
// with a seed is reproducible.

/** Supplies `words` 32-bit random words. */
export interface EntropySource {
  /** `'host'` or `'seeded'`. */
  readonly kind: 'host' | 'seeded';
  /** The next `words` random 32-bit words. */
  words(count: number): Uint32Array;
}

interface CryptoLike {
  getRandomValues(array: Uint32Array): unknown;
}

/** Entropy from the host's `crypto.getRandomValues` (Web Crypto: Node, Deno, Bun, browsers). */
export class HostEntropy implements EntropySource {
  readonly kind = 'host' as const;

  words(count: number): Uint32Array {
    const out = new Uint32Array(count);
    const crypto = (globalThis as { crypto?: CryptoLike }).crypto;
    if (crypto === undefined) throw new Error('internal: the host has no crypto.getRandomValues');
    // getRandomValues fills at most 65536 bytes per call.
    for (let start = 0; start < count; start += 16384) {
      crypto.getRandomValues(out.subarray(start, Math.min(count, start + 16384)));
    }
    return out;
  }
}

const MASK64 = (1n << 64n) - 1n;

/** A deterministic stream (splitmix64) from a seed: the same seed gives the same words. */
export class SeededEntropy implements EntropySource {
  readonly kind = 'seeded' as const;
  /** The generator state (64 bits). */
  state: bigint;

  constructor(seed: number | bigint) {
    this.state = BigInt.asUintN(64, BigInt(seed));
  }

  private next64(): bigint {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  }

  words(count: number): Uint32Array {
    const out = new Uint32Array(count);
    for (let index = 0; index < count; index += 2) {
      const value = this.next64();
      out[index] = Number(value & 0xffffffffn);
      if (index + 1 < count) out[index + 1] = Number(value >> 32n);
    }
    return out;
  }
}
