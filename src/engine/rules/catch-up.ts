/**
 * Catch-up contributions (IRC §414(v); Treas. Reg. §1.414(v)-1(g)(3)(ii)): the age-50 catch-up for anyone who reaches
 * 50 by December 31, the higher amount for those who reach 60, 61, 62 or 63 during the year (§414(v)(2)(E), from 2025),
 * and from 2026 the rule that higher earners' catch-ups must be designated Roth (§414(v)(7)).
 */
import { ageAtYearEnd } from '../core/dates.ts';
import { figureValue, optionalFigure, type FigureUse } from '../core/explain.ts';
import { toCents, type Cents } from '../core/money.ts';
import { inForceFromYear } from '../../data/dated.ts';

export type CatchUpTier = 'none' | 'age-50' | 'age-60-63';

export type CatchUpAge = {
  age: number;
  tier: CatchUpTier;
  /** The catch-up the law allows at that age, in cents (before plan terms and the Roth rule). */
  amount: Cents;
  /** The higher 60–63 tier's ages and amount for the year, absent before it existed. */
  higherTier: { first: number; last: number; amount: Cents } | undefined;
  catchUpAge: number;
};

export function catchUpForAge(birthDate: string, year: number, uses?: FigureUse[]): CatchUpAge {
  const age = ageAtYearEnd(birthDate, year);
  const catchUpAge = figureValue('catch-up-age', year, uses);
  const first = optionalFigure('catch-up-60-63-first-age', year);
  const last = optionalFigure('catch-up-60-63-last-age', year);
  const higher = optionalFigure('catch-up-60-63', year);
  const higherTier = first !== undefined && last !== undefined && higher !== undefined ? { first, last, amount: toCents(higher) } : undefined;
  if (higherTier && age >= higherTier.first && age <= higherTier.last) {
    optionalFigure('catch-up-60-63-first-age', year, uses);
    optionalFigure('catch-up-60-63-last-age', year, uses);
    optionalFigure('catch-up-60-63', year, uses);
    return { age, tier: 'age-60-63', amount: higherTier.amount, higherTier, catchUpAge };
  }
  if (age >= catchUpAge) return { age, tier: 'age-50', amount: toCents(figureValue('catch-up-50', year, uses)), higherTier, catchUpAge };
  return { age, tier: 'none', amount: 0, higherTier, catchUpAge };
}

export type RothCatchUp = {
  /** First year the Roth requirement applies. */
  firstYear: number;
  threshold: Cents;
  /** Prior-year FICA wages from this employer were above the threshold. */
  aboveThreshold: boolean;
  /** The requirement applies this year. */
  required: boolean;
};

/**
 * §414(v)(7)(A): the rule covers a participant whose FICA wages from the employer sponsoring the plan for the
 * preceding year exceeded the threshold; wages exactly at the threshold are not covered, and someone with no FICA
 * wages from that employer in the prior year (a new hire, a self-employed partner) is not covered.
 */
export function rothCatchUpRule(year: number, priorYearFicaWages: Cents | undefined, uses?: FigureUse[]): RothCatchUp {
  const firstYear = figureValue('roth-catch-up-first-year', year, uses);
  const threshold = toCents(figureValue('roth-catch-up-wage-threshold', year, uses));
  const aboveThreshold = priorYearFicaWages !== undefined && priorYearFicaWages > threshold;
  return { firstYear, threshold, aboveThreshold, required: inForceFromYear(firstYear, year) && aboveThreshold };
}
