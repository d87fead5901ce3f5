// Accurate float summation and norms as CPython 3.11's math module computes them: fsum (Shewchuk's
// exact partials with CPython's special-value and overflow rules), hypot and dist (vector_norm).

import { PythonError } from '../../objects/python-error.js';
import { frexp, ldexp } from './float-bits.js';

/**
 * Incremental state of math.fsum: the exact non-overlapping partials plus the running sums of
 * special values. Plain data, so a suspended fsum over a Python iterator can be snapshotted.
 */
export interface FsumState {
  partials: number[];
  specialSum: number;
  infSum: number;
}

/** A fresh fsum accumulator. */
export function createFsumState(): FsumState {
  return { partials: [], specialSum: 0, infSum: 0 };
}

/**
 * Adds one float to an fsum accumulator. OverflowError "intermediate overflow in fsum" when a
 * finite input makes a partial overflow.
 */
export function fsumAdd(state: FsumState, value: number): void {
  const partials = state.partials;
  let x = value;
  let kept = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j]!;
    if (Math.abs(x) < Math.abs(y)) {
      const swap = x;
      x = y;
      y = swap;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[kept++] = lo;
    x = hi;
  }
  partials.length = kept;
  if (x !== 0) {
    if (!Number.isFinite(x)) {
      // Either an inf/nan summand or an overflow of finite ones.
      if (Number.isFinite(value)) {
        throw new PythonError('OverflowError', 'intermediate overflow in fsum');
      }
      if (!Number.isNaN(value)) state.infSum += value;
      state.specialSum += value;
      partials.length = 0;
    } else {
      partials.push(x);
    }
  }
}

/** The correctly rounded total of an fsum accumulator. ValueError "-inf + inf in fsum". */
export function fsumResult(state: FsumState): number {
  if (state.specialSum !== 0 || Number.isNaN(state.specialSum)) {
    if (Number.isNaN(state.infSum)) throw new PythonError('ValueError', '-inf + inf in fsum');
    return state.specialSum;
  }
  const partials = state.partials;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    // Sum from the top while the sum stays exact.
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Half-even rounding across partials: nudge when the rest has the same sign as lo.
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** math.fsum over an array of floats. */
export function fsum(values: ArrayLike<number>): number {
  const state = createFsumState();
  for (let i = 0; i < values.length; i++) fsumAdd(state, values[i]!);
  return fsumResult(state);
}

const SPLIT = 134217729; // 2**27 + 1, Veltkamp-Dekker splitter

/**
 * CPython's vector_norm: the Euclidean norm of non-negative magnitudes `vec` whose maximum is
 * `max`, with lossless scaling, Dekker squaring, compensated summation and a differential
 * correction of the square root.
 */
export function vectorNorm(vec: ArrayLike<number>, max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return Number.NaN;
  if (max === 0 || n <= 1) return max;
  const maxExponent = frexp(max)[1];
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  if (maxExponent >= -1023) {
    const scale = ldexp(1, -maxExponent);
    for (let i = 0; i < n; i++) {
      let x = vec[i]! * scale;
      const t = x * SPLIT;
      const hi = t - (t - x);
      const lo = x - hi;
      x = hi * hi;
      let old = csum;
      csum += x;
      frac1 += old - csum + x;
      x = 2 * hi * lo;
      old = csum;
      csum += x;
      frac2 += old - csum + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1 + (frac1 + frac2 + frac3));
    const t = h * SPLIT;
    const hi = t - (t - h);
    const lo = h - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += old - csum + x;
    x = -2 * hi * lo;
    old = csum;
    csum += x;
    frac2 += old - csum + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += old - csum + x;
    x = csum - 1 + (frac1 + frac2 + frac3);
    return (h + x / (2 * h)) / scale;
  }
  // Subnormal max: ldexp(1, -max_e) would overflow, so divide by max instead.
  for (let i = 0; i < n; i++) {
    let x = vec[i]! / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += old - csum + x;
  }
  return max * Math.sqrt(csum - 1 + frac1);
}

/** math.hypot(*coordinates) on floats. */
export function hypot(coordinates: ArrayLike<number>): number {
  const n = coordinates.length;
  const magnitudes = new Float64Array(n);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(coordinates[i]!);
    magnitudes[i] = x;
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(magnitudes, max, foundNan);
}

/**
 * math.dist(p, q) on float coordinates. ValueError "both points must have the same number of
 * dimensions" when the lengths differ.
 */
export function dist(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const n = p.length;
  if (q.length !== n) {
    throw new PythonError('ValueError', 'both points must have the same number of dimensions');
  }
  const diffs = new Float64Array(n);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < n; i++) {
    const x = Math.abs(p[i]! - q[i]!);
    diffs[i] = x;
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return vectorNorm(diffs, max, foundNan);
}
