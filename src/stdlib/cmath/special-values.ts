// C99 Annex G special-value tables for the cmath functions: the result for each pair of operand
// classes (-inf, negative, -0, +0, positive, +inf, nan) of the real and imaginary parts.

/** Operand classes in table order. */
export const SpecialType = {
  negativeInfinity: 0,
  negative: 1,
  negativeZero: 2,
  positiveZero: 3,
  positive: 4,
  positiveInfinity: 5,
  nan: 6,
} as const;

/** The class of one double. */
export function specialType(x: number): number {
  if (Number.isFinite(x)) {
    if (x !== 0) return x > 0 ? SpecialType.positive : SpecialType.negative;
    return Object.is(x, -0) ? SpecialType.negativeZero : SpecialType.positiveZero;
  }
  if (Number.isNaN(x)) return SpecialType.nan;
  return x > 0 ? SpecialType.positiveInfinity : SpecialType.negativeInfinity;
}

const PI = Math.PI;
const TOKENS: Record<string, number> = {
  P: PI,
  '-P': -PI,
  P14: 0.25 * PI,
  '-P14': -0.25 * PI,
  P12: 0.5 * PI,
  '-P12': -0.5 * PI,
  P34: 0.75 * PI,
  '-P34': -0.75 * PI,
  INF: Infinity,
  '-INF': -Infinity,
  N: Number.NaN,
  U: Number.NaN,
  '0': 0,
  '-0': -0,
  '1': 1,
  '-1': -1,
};

/** A 7x7 table as flat [real, imag] pairs, row = class of the real part. */
export type SpecialTable = Float64Array;

/** Parses a table written as 49 "real,imag" tokens in row order. */
function table(text: string): SpecialTable {
  const cells = text.trim().split(/\s+/);
  if (cells.length !== 49) throw new Error('special value table needs 49 cells');
  const out = new Float64Array(98);
  cells.forEach((cell, index) => {
    const [real, imag] = cell.split(',') as [string, string];
    out[2 * index] = TOKENS[real]!;
    out[2 * index + 1] = TOKENS[imag]!;
  });
  return out;
}

/** Looks up the special value of (real, imag). */
export function lookup(special: SpecialTable, real: number, imag: number): [number, number] {
  const index = 7 * specialType(real) + specialType(imag);
  return [special[2 * index]!, special[2 * index + 1]!];
}

export const ACOS = table(`
  P34,INF P,INF P,INF P,-INF P,-INF P34,-INF N,INF
  P12,INF U,U U,U U,U U,U P12,-INF N,N
  P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
  P12,INF U,U P12,0 P12,-0 U,U P12,-INF P12,N
  P12,INF U,U U,U U,U U,U P12,-INF N,N
  P14,INF 0,INF 0,INF 0,-INF 0,-INF P14,-INF N,INF
  N,INF N,N N,N N,N N,N N,-INF N,N`);

export const ACOSH = table(`
  INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,P12
  INF,-P12 U,U 0,-P12 0,P12 U,U INF,P12 N,P12
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
  INF,N N,N N,N N,N N,N INF,N N,N`);

export const ASINH = table(`
  -INF,-P14 -INF,-0 -INF,-0 -INF,0 -INF,0 -INF,P14 -INF,N
  -INF,-P12 U,U U,U U,U U,U -INF,P12 N,N
  -INF,-P12 U,U -0,-0 -0,0 U,U -INF,P12 N,N
  INF,-P12 U,U 0,-0 0,0 U,U INF,P12 N,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
  INF,N N,N N,-0 N,0 N,N INF,N N,N`);

export const ATANH = table(`
  -0,-P12 -0,-P12 -0,-P12 -0,P12 -0,P12 -0,P12 -0,N
  -0,-P12 U,U U,U U,U U,U -0,P12 N,N
  -0,-P12 U,U -0,-0 -0,0 U,U -0,P12 -0,N
  0,-P12 U,U 0,-0 0,0 U,U 0,P12 0,N
  0,-P12 U,U U,U U,U U,U 0,P12 N,N
  0,-P12 0,-P12 0,-P12 0,P12 0,P12 0,P12 0,N
  0,-P12 N,N N,N N,N N,N 0,P12 N,N`);

export const COSH = table(`
  INF,N U,U INF,0 INF,-0 U,U INF,N INF,N
  N,N U,U U,U U,U U,U N,N N,N
  N,0 U,U 1,0 1,-0 U,U N,0 N,0
  N,0 U,U 1,-0 1,0 U,U N,0 N,0
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,0 N,0 N,N N,N N,N`);

export const EXP = table(`
  0,0 U,U 0,-0 0,0 U,U 0,0 0,0
  N,N U,U U,U U,U U,U N,N N,N
  N,N U,U 1,-0 1,0 U,U N,N N,N
  N,N U,U 1,-0 1,0 U,U N,N N,N
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,-0 N,0 N,N N,N N,N`);

export const LOG = table(`
  INF,-P34 INF,-P INF,-P INF,P INF,P INF,P34 INF,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P12 U,U -INF,-P -INF,P U,U INF,P12 N,N
  INF,-P12 U,U -INF,-0 -INF,0 U,U INF,P12 N,N
  INF,-P12 U,U U,U U,U U,U INF,P12 N,N
  INF,-P14 INF,-0 INF,-0 INF,0 INF,0 INF,P14 INF,N
  INF,N N,N N,N N,N N,N INF,N N,N`);

export const SINH = table(`
  INF,N U,U -INF,-0 -INF,0 U,U INF,N INF,N
  N,N U,U U,U U,U U,U N,N N,N
  0,N U,U -0,-0 -0,0 U,U 0,N 0,N
  0,N U,U 0,-0 0,0 U,U 0,N 0,N
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,-0 N,0 N,N N,N N,N`);

export const SQRT = table(`
  INF,-INF 0,-INF 0,-INF 0,INF 0,INF INF,INF N,INF
  INF,-INF U,U U,U U,U U,U INF,INF N,N
  INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
  INF,-INF U,U 0,-0 0,0 U,U INF,INF N,N
  INF,-INF U,U U,U U,U U,U INF,INF N,N
  INF,-INF INF,-0 INF,-0 INF,0 INF,0 INF,INF INF,N
  INF,-INF N,N N,N N,N N,N INF,INF N,N`);

export const TANH = table(`
  -1,0 U,U -1,-0 -1,0 U,U -1,0 -1,0
  N,N U,U U,U U,U U,U N,N N,N
  -0,N U,U -0,-0 -0,0 U,U -0,N -0,N
  0,N U,U 0,-0 0,0 U,U 0,N 0,N
  N,N U,U U,U U,U U,U N,N N,N
  1,0 U,U 1,-0 1,0 U,U 1,0 1,0
  N,N N,N N,-0 N,0 N,N N,N N,N`);

export const RECT = table(`
  INF,N U,U -INF,0 -INF,-0 U,U INF,N INF,N
  N,N U,U U,U U,U U,U N,N N,N
  0,0 U,U -0,0 -0,-0 U,U 0,0 0,0
  0,0 U,U 0,-0 0,0 U,U 0,0 0,0
  N,N U,U U,U U,U U,U N,N N,N
  INF,N U,U INF,-0 INF,0 U,U INF,N INF,N
  N,N N,N N,0 N,0 N,N N,N N,N`);
