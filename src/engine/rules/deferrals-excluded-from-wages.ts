/**
 * An employee's pre-tax elective deferrals are excluded from gross income (IRC §402(e)(3)), so they are left out of
 * W-2 box 1 wages, while they remain Social Security and Medicare wages (§3121(v)(1)(A)); designated Roth deferrals
 * are included in income when made (§402A(a)), and so are catch-ups that must be Roth (§414(v)(7)). Nothing is
 * deducted on Form 1040 (Instructions for Forms W-2 and W-3, box 12 codes D and AA).
 *
 * The exclusion stops at the §402(g) limit: deferrals above it, in all plans together, are included in gross income
 * for the year they are made (§402(g)(1)(A); Treas. Reg. §1.402(g)-1(a)) even where a W-2 leaves them out of box 1.
 * Only the excess made of pre-tax money adds to income: designated Roth deferrals are in income already, and they are
 * an excess only to the extent the Roth deferrals alone are above the limit (or are paid out as the excess).
 */
import type { Explanation } from '../core/explain.ts';
import { clampZero, usd, type Cents } from '../core/money.ts';

/** The part of an excess deferral that adds to income for the year: all of it, less any Roth deferrals above the limit
 * on their own (Treas. Reg. §1.402(g)-1(a)). `limit` is the year's limit with the catch-up allowed. */
export function excessIncludedInIncome(excess: Cents, rothDeferrals: Cents, limit: Cents): Cents {
  return clampZero(excess - clampZero(rothDeferrals - limit));
}

export function deferralsExcludedFromWages(traditional: Cents, roth: Cents, mustBeRoth: Cents, excessIncome: Cents, year: number, explain: Explanation): { excluded: Cents; included: Cents } {
  const pretax = `Pre-tax deferrals (${usd(traditional - mustBeRoth)}) are left out of your taxable wages in W-2 box 1`;
  explain.add(
    'irc-402e3-deferrals-excluded-from-wages',
    (excessIncome > 0
      ? `${pretax}; they are still Social Security and Medicare wages (boxes 3 and 5). The exclusion stops at the limit: the ${usd(excessIncome)} of deferrals over it is income for ${year} even if a W-2 leaves it out of box 1, so add it to the wages line of Form 1040 for ${year}.`
      : `${pretax}, so you pay no income tax on them now; they are still Social Security and Medicare wages (boxes 3 and 5).`) +
      ` Roth deferrals (${usd(roth + mustBeRoth)}${mustBeRoth ? `, including the ${usd(mustBeRoth)} of catch-ups that must be Roth` : ''}) stay in box 1 and are taxed now. Nothing is subtracted on Form 1040: an employee’s 401(k) deferrals are excluded from wages, not claimed as a deduction.`,
    ['irc-402-e-3', 'irc-402a', 'irc-3121-v-1-a', 'iw2', ...(excessIncome > 0 ? ['irc-402-g', 'reg-1-402g-1-a'] : [])],
  );
  return { excluded: traditional - mustBeRoth, included: roth + mustBeRoth };
}
