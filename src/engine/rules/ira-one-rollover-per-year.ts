/**
 * One IRA-to-IRA rollover in any one-year period (IRC §408(d)(3)(B)), counting all of a person's IRAs, traditional and
 * Roth, from 2015 (Announcements 2014-15 and 2014-32). It reaches only an amount received from an IRA and rolled into
 * an IRA (§408(d)(3)(A)(i)): not a rollover into an employer plan, a trustee-to-trustee transfer, a conversion to a
 * Roth IRA, or a rollover from a plan (Treas. Reg. §1.402(c)-2, Q&A-16). An amount the limit bars is not a rollover:
 * it stays taxable, and what was put into the IRA is a regular contribution, an excess one above the year's limit
 * (IRC §4973).
 */
import { figureValue, type Explanation } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';
import type { PlanKind } from './exceptions.ts';

/** What counts as rolled over: all of it, unless the limit bars an IRA-to-IRA rollover of this distribution. */
export function iraRolloverCounted(x: { plan: PlanKind; year: number; putBack: Cents; priorIraRolloverWithin12Months: boolean }, explain: Explanation | undefined): Cents {
  if (x.plan !== 'ira' || x.putBack <= 0) return x.putBack;
  const months = figureValue('ira-rollover-limit-months', x.year);
  const sources = ['irc-408-d-3-b', 'ann-2014-15', 'ann-2014-32', 'reg-1-402c-2-q16'];
  if (x.priorIraRolloverWithin12Months) {
    explain?.add(
      'irc-408-d-3-b-one-rollover-per-year',
      `Only one IRA-to-IRA rollover is allowed in any ${months} months, counting all your IRAs, traditional and Roth, and you made one of a distribution received in the ${months} months before this one. So the ${usd(x.putBack)} put into an IRA is not a rollover: the distribution stays taxable, and the deposit counts as a regular IRA contribution — above the year’s contribution limit, an excess contribution taxed each year until it is taken out (IRC §4973). Put into an employer plan that accepts rollovers instead, it would not be limited.`,
      [...sources, 'irc-4973'],
    );
    return 0;
  }
  explain?.add(
    'irc-408-d-3-b-one-rollover-per-year',
    `From an IRA, a 60-day rollover into an IRA is allowed only once in any ${months} months, counting all your IRAs, traditional and Roth: it counts here because you said no other IRA-to-IRA rollover was made of a distribution received in the ${months} months before this one. Direct transfers between IRAs, conversions to a Roth IRA, rollovers into an employer plan and rollovers from employer plans are not limited.`,
    sources,
  );
  return x.putBack;
}
