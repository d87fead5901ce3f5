// The Keccak-f[1600] permutation (FIPS 202) on 25 lanes kept as [low, high] uint32 pairs, for
// SHA3-* and SHAKE*. Round constants and rotation offsets are derived from their definitions.

/** Round constants as [low, high] pairs, from the degree-8 LFSR of FIPS 202 (rc(t)). */
const ROUND_CONSTANTS: Uint32Array = (() => {
  const out = new Uint32Array(48);
  let lfsr = 1;
  for (let round = 0; round < 24; round++) {
    for (let j = 0; j < 7; j++) {
      if (lfsr & 1) {
        const bit = (1 << j) - 1;
        if (bit < 32) out[2 * round] = out[2 * round]! | (1 << bit);
        else out[2 * round + 1] = out[2 * round + 1]! | (1 << (bit - 32));
      }
      lfsr = lfsr & 0x80 ? ((lfsr << 1) ^ 0x71) & 0xff : (lfsr << 1) & 0xff;
    }
  }
  return out;
})();

/** Rotation offset of each lane (index x + 5y), from the (x, y) -> (y, 2x + 3y) walk. */
const ROTATIONS: Uint8Array = (() => {
  const out = new Uint8Array(25);
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t++) {
    out[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    const next = (2 * x + 3 * y) % 5;
    x = y;
    y = next;
  }
  return out;
})();

/** Destination lane of pi for each source lane: (x, y) -> (y, 2x + 3y). */
const PI_TARGET: Uint8Array = Uint8Array.from({ length: 25 }, (_, index) => {
  const x = index % 5;
  const y = Math.floor(index / 5);
  return y + 5 * ((2 * x + 3 * y) % 5);
});

const columnLow = new Int32Array(5);
const columnHigh = new Int32Array(5);
const tempLow = new Int32Array(25);
const tempHigh = new Int32Array(25);

/** Applies Keccak-f[1600] in place to 50 words (lane i is words 2i = low, 2i+1 = high). */
export function keccakPermute(lanes: Uint32Array): void {
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      columnLow[x] =
        lanes[2 * x]! ^
        lanes[2 * x + 10]! ^
        lanes[2 * x + 20]! ^
        lanes[2 * x + 30]! ^
        lanes[2 * x + 40]!;
      columnHigh[x] =
        lanes[2 * x + 1]! ^
        lanes[2 * x + 11]! ^
        lanes[2 * x + 21]! ^
        lanes[2 * x + 31]! ^
        lanes[2 * x + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const nextLow = columnLow[(x + 1) % 5]!;
      const nextHigh = columnHigh[(x + 1) % 5]!;
      const dLow = columnLow[(x + 4) % 5]! ^ ((nextLow << 1) | (nextHigh >>> 31));
      const dHigh = columnHigh[(x + 4) % 5]! ^ ((nextHigh << 1) | (nextLow >>> 31));
      for (let y = 0; y < 25; y += 5) {
        lanes[2 * (x + y)] = lanes[2 * (x + y)]! ^ dLow;
        lanes[2 * (x + y) + 1] = lanes[2 * (x + y) + 1]! ^ dHigh;
      }
    }
    // rho and pi
    for (let i = 0; i < 25; i++) {
      const low = lanes[2 * i]!;
      const high = lanes[2 * i + 1]!;
      const shift = ROTATIONS[i]!;
      const target = PI_TARGET[i]!;
      if (shift === 0) {
        tempLow[target] = low;
        tempHigh[target] = high;
      } else if (shift < 32) {
        tempLow[target] = (low << shift) | (high >>> (32 - shift));
        tempHigh[target] = (high << shift) | (low >>> (32 - shift));
      } else if (shift === 32) {
        tempLow[target] = high;
        tempHigh[target] = low;
      } else {
        const s = shift - 32;
        tempLow[target] = (high << s) | (low >>> (32 - s));
        tempHigh[target] = (low << s) | (high >>> (32 - s));
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const a = y + x;
        const b = y + ((x + 1) % 5);
        const c = y + ((x + 2) % 5);
        lanes[2 * a] = tempLow[a]! ^ (~tempLow[b]! & tempLow[c]!);
        lanes[2 * a + 1] = tempHigh[a]! ^ (~tempHigh[b]! & tempHigh[c]!);
      }
    }
    // iota
    lanes[0] = lanes[0]! ^ ROUND_CONSTANTS[2 * round]!;
    lanes[1] = lanes[1]! ^ ROUND_CONSTANTS[2 * round + 1]!;
  }
}
