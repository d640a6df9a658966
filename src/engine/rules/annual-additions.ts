/**
 * The §415(c) limit on annual additions to a participant's defined contribution accounts: elective deferrals (pre-tax
 * and Roth), employer contributions (match, nonelective or profit-sharing, forfeitures) and after-tax employee
 * contributions, for the limitation year, counted across every plan of the same employer — all members of a
 * controlled group or of businesses under common control are one employer (§414(b), (c); §415(h)). The limit is the
 * lesser of the year's dollar amount and 100% of compensation (§415(c)(1)). Catch-up contributions do not count
 * (§414(v)(3)(A)); deferrals at unrelated employers count only against the §402(g) limit.
 */
import { figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, percentOf, toCents, type Cents } from '../core/money.ts';

export type AnnualAdditions = {
  deferrals: Cents;
  employer: Cents;
  afterTax: Cents;
  otherPlansSameEmployer: Cents;
  total: Cents;
  dollarLimit: Cents;
  /** 100% of compensation, when compensation is known. */
  compensationLimit: Cents | null;
  limit: Cents;
  over: Cents;
  room: Cents;
  position: 'below' | 'at' | 'above';
};

export function annualAdditions(
  year: number,
  parts: { deferrals: Cents; employer: Cents; afterTax: Cents; otherPlansSameEmployer: Cents },
  compensation: Cents | null,
  uses?: FigureUse[],
): AnnualAdditions {
  const dollarLimit = toCents(figureValue('annual-additions-limit', year, uses));
  const compensationLimit = compensation === null ? null : percentOf(compensation, figureValue('annual-additions-compensation-share', year, uses));
  const limit = compensationLimit === null ? dollarLimit : Math.min(dollarLimit, compensationLimit);
  const total = parts.deferrals + parts.employer + parts.afterTax + parts.otherPlansSameEmployer;
  return {
    ...parts, total, dollarLimit, compensationLimit, limit,
    over: clampZero(total - limit), room: clampZero(limit - total),
    position: total < limit ? 'below' : total === limit ? 'at' : 'above',
  };
}
