/**
 * The §402(g) limit on elective deferrals: pre-tax and Roth deferrals together, across every 401(k), 403(b) and SIMPLE
 * plan a person defers into in the year (IRC §402(g)(1)), plus the catch-up the plan allows (§414(v)). From 2026 the
 * catch-ups of a participant whose prior-year FICA wages from the sponsor exceeded the threshold must be designated
 * Roth (§414(v)(7)); only this plan's catch-ups can be moved to Roth here. An excess deferral is paid out with its
 * earnings by April 15 of the next year, or it is taxed twice (Treas. Reg. §1.402(g)-1(e)).
 */
import { longDate } from '../core/dates.ts';
import { figureSources, figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, usd, type Cents } from '../core/money.ts';

/** The year's §402(g) limit, with its step. */
export function electiveDeferralLimit(year: number, explain: Explanation): Cents {
  const uses: FigureUse[] = [];
  const base = toCents(figureValue('elective-deferral-limit', year, uses));
  explain.add(
    'irc-402g-elective-deferral-limit',
    `The ${year} limit on elective deferrals is ${usd(base)}: pre-tax and Roth deferrals together, in all the 401(k), 403(b) and SIMPLE plans you defer into.`,
    ['irc-402-g', ...figureSources('elective-deferral-limit', year)],
    uses,
  );
  return base;
}

export type PlannedDeferrals = { total: Cents; planned: Cents; excess: Cents; catchUpUsed: Cents; rothShortfall: Cents };

/** Planned deferrals against the limit plus the catch-up available, and the catch-ups that must be Roth. */
export function plannedDeferrals(
  f: { base: Cents; available: Cents; traditional: Cents; roth: Cents; otherEmployers: Cents; rothCatchUpRequired: boolean },
  explain: Explanation,
): PlannedDeferrals {
  const { base, available, traditional: trad, roth: rothDef, otherEmployers: other } = f;
  const total = base + available;
  const planned = trad + rothDef + other;
  const excess = clampZero(planned - total);
  const catchUpUsed = Math.min(available, clampZero(planned - base));
  const rothShortfall = f.rothCatchUpRequired ? clampZero(Math.min(catchUpUsed, trad + rothDef) - rothDef) : 0; // §414(v)(7): only this plan's catch-ups move to Roth here
  explain.add(
    'irc-402g-total-allowed',
    `Total you may defer: ${usd(base)}${available ? ` + ${usd(available)} catch-up` : ''} = ${usd(total)}. Planned: ${usd(trad)} pre-tax + ${usd(rothDef)} Roth${other ? ` + ${usd(other)} at other employers` : ''} = ${usd(planned)}` +
      (excess ? `, ${usd(excess)} over the limit.` : ', within the limit.') +
      (rothShortfall ? ` ${usd(catchUpUsed)} of it is catch-up, which must be Roth; only ${usd(rothDef)} is planned as Roth, so ${usd(rothShortfall)} more must be designated Roth.` : ''),
    ['irc-402-g', 'irc-414-v'],
  );
  return { total, planned, excess, catchUpUsed, rothShortfall };
}

/** The date an excess deferral must be paid out by (April 15 of the next year), with its step when there is one. */
export function excessDeferralCorrection(year: number, excess: Cents, explain: Explanation): string {
  const month = figureValue('excess-deferral-correction-month', year);
  const day = figureValue('excess-deferral-correction-day', year);
  const deadline = `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (excess > 0) {
    explain.add(
      'reg-1-402g-1-e-excess-deferrals',
      `Ask the plan to pay out the excess ${usd(excess)} with its earnings by ${longDate(deadline)}. The excess counts as income for ${year}; its earnings count in the year they are paid out. If it is not paid out by then, the excess is taxed for ${year} and taxed again when it is later distributed.`,
      ['irc-402-g', 'reg-1-402g-1-e'],
    );
  }
  return deadline;
}
