/**
 * Gross-up: the smallest gross distribution, in cents, whose net after the taxes it causes still covers a need.
 * Treas. Reg. §1.401(k)-1(d)(3) lets a hardship distribution include the taxes and penalties it causes.
 *
 * `netOf(g)` is the engine's own net for a gross of `g` cents. It never exceeds `g` (taxes are never negative) and
 * rises with `g` except for cent-rounding noise: between bracket edges it is linear, and its slope drops at each edge.
 * So a secant step lands on the answer in one or two tries inside a bracket; each try is clamped into the bracket of
 * known points, and after a few tries the search falls back to plain bisection, which always ends.
 */
import type { Cents } from '../core/money.ts';

export type GrossUp = {
  /** Smallest gross in cents whose net covers the need (the cent before it does not); null if even `maxGross` falls short. */
  gross: Cents | null;
  /** How many times `netOf` was called (the benchmark and the tests watch it). */
  evaluations: number;
};

const SECANT_TRIES = 12;

export function grossUp(need: Cents, maxGross: Cents, netOf: (gross: Cents) => Cents): GrossUp {
  let evaluations = 0;
  const net = (g: Cents) => {
    evaluations++;
    return netOf(g);
  };
  if (need <= 0) return { gross: 0, evaluations };
  if (need > maxGross) return { gross: null, evaluations };
  // Any gross below the need nets less than the need, so the answer is at least the need.
  const atNeed = net(need);
  if (atNeed >= need) return { gross: need, evaluations };

  // Invariant: net(lo) < need; hi is the lowest gross known to cover (maxGross + 1 stands for "none known yet").
  let lo = need;
  let hi = maxGross + 1;
  // First guess: as if the same share of every dollar went to tax as at the need itself.
  let x0 = need;
  let f0 = atNeed - need;
  let x1 = atNeed > 0 ? Math.ceil((need * need) / atNeed) : maxGross;
  x1 = Math.min(Math.max(x1, lo + 1), maxGross);
  let f1 = net(x1) - need;
  if (f1 >= 0) hi = x1;
  else lo = x1;

  for (let tries = 0; hi - lo > 1; tries++) {
    let g: number;
    if (tries < SECANT_TRIES && f1 !== f0) g = Math.round(x1 - (f1 * (x1 - x0)) / (f1 - f0));
    else g = lo + Math.floor((hi - lo) / 2);
    // Stay strictly inside the bracket; once one side is found, probe its neighbour to close the bracket.
    if (!(g > lo)) g = lo + 1;
    if (!(g < hi)) g = hi - 1;
    const f = net(g) - need;
    x0 = x1;
    f0 = f1;
    x1 = g;
    f1 = f;
    if (f >= 0) hi = g;
    else lo = g;
  }
  return { gross: hi > maxGross ? null : hi, evaluations };
}
