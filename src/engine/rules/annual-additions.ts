/**
 * The §415(c) limit on annual additions to a participant's defined contribution accounts: elective deferrals (pre-tax
 * and Roth), employer contributions (match, nonelective or profit-sharing, forfeitures) and after-tax employee
 * contributions, for the limitation year, counted across every plan of the same employer — all members of a
 * controlled group or of businesses under common control are one employer (§414(b), (c); §415(h)). The limit is the
 * lesser of the year's dollar amount and 100% of compensation (§415(c)(1)). Catch-up contributions do not count
 * (§414(v)(3)(A)); deferrals at unrelated employers count only against the §402(g) limit.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { clampZero, percentOf, toCents, usd, type Cents } from '../core/money.ts';

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

/**
 * This plan's deferrals that count as annual additions: catch-ups made here do not (§414(v)(3)(A)), and an excess
 * deferral (§402(g)) is treated as coming out of this plan last.
 */
export function deferralsCounted(thisPlan: Cents, catchUpUsed: Cents, excess: Cents): { catchUpHere: Cents; counted: Cents } {
  const catchUpHere = Math.min(catchUpUsed, thisPlan);
  const excessHere = Math.min(excess, thisPlan - catchUpHere);
  return { catchUpHere, counted: thisPlan - catchUpHere - excessHere };
}

/**
 * Deferrals above the §415(c) limit are catch-up contributions too, within what is left of the participant's catch-up
 * limit: catch-ups are elective deferrals of a catch-up eligible participant that exceed any otherwise applicable
 * limit, and the §415(c) limit is one of them (Treas. Reg. §1.414(v)-1(a)(1), (b)(1)(i); IRC §414(v)(3)(A)). So an
 * employer contribution that pushes the year's additions over the limit leaves room for the same amount of deferrals
 * as catch-ups, not an excess. No deferral can be a catch-up when the deferrals are more than the pay they come from
 * (§414(v)(2)(A)(ii): the catch-up limit is at most compensation less the other deferrals).
 */
export function catchUpOverAnnualAdditions(
  year: number,
  parts: { deferrals: Cents; employer: Cents; afterTax: Cents; otherPlansSameEmployer: Cents },
  compensation: Cents | null,
  f: { thisPlanDeferrals: Cents; catchUpRoom: Cents; mustBeRoth: boolean },
  explain: Explanation,
): Cents {
  if (f.catchUpRoom <= 0 || parts.deferrals <= 0) return 0;
  if (compensation !== null && f.thisPlanDeferrals > compensation) return 0;
  const uses: FigureUse[] = [];
  const before = annualAdditions(year, parts, compensation, uses);
  const moved = Math.min(before.over, f.catchUpRoom, parts.deferrals);
  if (moved <= 0) return 0;
  explain.add(
    'reg-1-414v-1-catch-up-over-annual-additions',
    `Your deferrals and the other contributions for you come to ${usd(before.total)}, ${usd(before.over)} over the ${usd(before.limit)} annual additions limit. Deferrals above that limit count as catch-up contributions, up to the catch-up you have left (${usd(f.catchUpRoom)}): ${usd(moved)} of your deferrals are catch-ups, not annual additions${moved < before.over ? `, and ${usd(before.over - moved)} stays over the limit` : ''}.` +
      (f.mustBeRoth ? ' Like every catch-up of yours this year, they must be Roth.' : ''),
    ['irc-414-v', 'reg-1-414v-1', 'irc-415-c'],
    uses,
  );
  return moved;
}

/**
 * The catch-up limit is also at most the participant's compensation (§415(c)(3)) less their other elective deferrals
 * for the year (IRC §414(v)(2)(A)(ii); Treas. Reg. §1.414(v)-1(c)). Deferrals beyond it are not catch-ups: they are
 * annual additions like the rest, and where they do not fit within pay they are an excess. Returns the catch-ups kept.
 */
export function catchUpCompensationCap(compensation: Cents | null, otherDeferrals: Cents, catchUps: Cents, explain: Explanation): Cents {
  if (compensation === null || catchUps <= 0) return catchUps;
  const cap = clampZero(compensation - otherDeferrals);
  if (catchUps <= cap) return catchUps;
  explain.add(
    'irc-414v-2-a-catch-up-compensation-limit',
    `Catch-ups are also limited to your compensation (${usd(compensation)}) less your other deferrals (${usd(otherDeferrals)}): ${usd(cap)}. So only ${usd(cap)} of the ${usd(catchUps)} of deferrals above the limits can be catch-ups; the other ${usd(catchUps - cap)} count against the annual additions limit.`,
    ['irc-414-v', 'reg-1-414v-1', 'irc-415-c'],
  );
  return cap;
}

export function explainAnnualAdditions(aa: AnnualAdditions, catchUpHere: Cents, uses: FigureUse[], explain: Explanation): void {
  explain.add(
    'irc-415c-annual-additions',
    `Annual additions for you from this employer: deferrals ${usd(aa.deferrals)}${catchUpHere ? ` (catch-ups of ${usd(catchUpHere)} do not count)` : ''} + employer contributions ${usd(aa.employer)} + after-tax contributions ${usd(aa.afterTax)}${aa.otherPlansSameEmployer ? ` + ${usd(aa.otherPlansSameEmployer)} in the same employer’s other plans` : ''} = ${usd(aa.total)}. ` +
      `The limit is ${aa.compensationLimit === null ? `${usd(aa.dollarLimit)}` : `the lesser of ${usd(aa.dollarLimit)} and 100% of your compensation (${usd(aa.compensationLimit)}), ${usd(aa.limit)}`}: ` +
      (aa.position === 'above' ? `${usd(aa.over)} over. The plan must correct the excess (usually by returning deferrals or reducing employer contributions).` : aa.position === 'at' ? 'exactly at the limit.' : `${usd(aa.room)} of room left.`) +
      ' The limit is per employer: plans of businesses in the same controlled group count together, plans of unrelated employers do not.' +
      (catchUpHere ? ` With the catch-ups on top, up to ${usd(aa.limit + catchUpHere)} can go in.` : ''),
    ['irc-415-c', 'irc-415-h', 'irc-414-b', 'irc-414-v'],
    uses,
  );
}
