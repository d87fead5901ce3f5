// Double-double arithmetic (an unevaluated sum hi + lo with |lo| <= ulp(hi)/2, about 106 bits)
// for the correctly rounded libm functions. Operands must stay clear of overflow; callers scale.

/** A double-double value [hi, lo]. */
export type DD = [number, number];

const SPLITTER = 134217729; // 2**27 + 1

/** Exact a + b as [sum, error]. */
export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** Exact a + b for |a| >= |b| (or a == 0). */
export function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** Exact a * b as [product, error] (Dekker; |a|, |b| < 2**995). */
export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = a * SPLITTER;
  const ah = t - (t - a);
  const al = a - ah;
  t = b * SPLITTER;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, al * bl - (p - ah * bh - al * bh - ah * bl)];
}

/** a + b for double-doubles. */
export function add(a: DD, b: DD): DD {
  const [sh, sl] = twoSum(a[0], b[0]);
  const [th, tl] = twoSum(a[1], b[1]);
  const [uh, ul] = fastTwoSum(sh, sl + th);
  return fastTwoSum(uh, ul + tl);
}

/** a + b for a double-double and a double. */
export function addNumber(a: DD, b: number): DD {
  const [sh, sl] = twoSum(a[0], b);
  return fastTwoSum(sh, sl + a[1]);
}

/** -a */
export function negate(a: DD): DD {
  return [-a[0], -a[1]];
}

/** a - b for double-doubles. */
export function sub(a: DD, b: DD): DD {
  return add(a, [-b[0], -b[1]]);
}

/** a * b for double-doubles. */
export function mul(a: DD, b: DD): DD {
  const [ph, pl] = twoProd(a[0], b[0]);
  return fastTwoSum(ph, pl + (a[0] * b[1] + a[1] * b[0]));
}

/** a * b for a double-double and a double. */
export function mulNumber(a: DD, b: number): DD {
  const [ph, pl] = twoProd(a[0], b);
  return fastTwoSum(ph, pl + a[1] * b);
}

/** a / b for double-doubles (one Newton correction of the double quotient, twice). */
export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = sub(a, mulNumber(b, q1));
  const q2 = r[0] / b[0];
  r = sub(r, mulNumber(b, q2));
  const q3 = r[0] / b[0];
  const [qh, ql] = fastTwoSum(q1, q2);
  return addNumber([qh, ql], q3);
}

/** sqrt(a) for a positive double-double. */
export function sqrt(a: DD): DD {
  const s = Math.sqrt(a[0]);
  const [ph, pl] = twoProd(s, s);
  const residual = a[0] - ph - pl + a[1];
  return fastTwoSum(s, residual / (2 * s));
}

/** A double-double from a double. */
export function fromNumber(x: number): DD {
  return [x, 0];
}
