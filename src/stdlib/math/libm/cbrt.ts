// cbrt(x) as glibc 2.36 computes it (polynomial seed on the frexp mantissa, one rational Halley
// step, scaling by 2**(e/3)); glibc builds it without FMA.

import { frexp, ldexp } from '../float-bits.js';

const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const FACTORS = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2] as const;

/** glibc's cbrt(x). */
export function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 +
          (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * FACTORS[2 + (xe % 3)]!;
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}
