/**
 * An employee's pre-tax elective deferrals are excluded from gross income (IRC §402(e)(3)), so they are left out of
 * W-2 box 1 wages, while they remain Social Security and Medicare wages (§3121(v)(1)(A)); designated Roth deferrals
 * are included in income when made (§402A(a)), and so are catch-ups that must be Roth (§414(v)(7)). Nothing is
 * deducted on Form 1040 (Instructions for Forms W-2 and W-3, box 12 codes D and AA).
 */
import type { Explanation } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';

export function deferralsExcludedFromWages(traditional: Cents, roth: Cents, mustBeRoth: Cents, explain: Explanation): { excluded: Cents; included: Cents } {
  explain.add(
    'irc-402e3-deferrals-excluded-from-wages',
    `Pre-tax deferrals (${usd(traditional - mustBeRoth)}) are left out of your taxable wages in W-2 box 1, so you pay no income tax on them now; they are still Social Security and Medicare wages (boxes 3 and 5). Roth deferrals (${usd(roth + mustBeRoth)}${mustBeRoth ? `, including the ${usd(mustBeRoth)} of catch-ups that must be Roth` : ''}) stay in box 1 and are taxed now. Nothing is subtracted on Form 1040: an employee’s 401(k) deferrals are excluded from wages, not claimed as a deduction.`,
    ['irc-402-e-3', 'irc-402a', 'irc-3121-v-1-a', 'iw2'],
  );
  return { excluded: traditional - mustBeRoth, included: roth + mustBeRoth };
}
