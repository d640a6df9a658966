/**
 * Where each kind of 401(k) money may be rolled over, and the facts a rollover request must agree on:
 * - a Roth 401(k) only to a Roth IRA or another plan's Roth account (IRC §402A(c)(3));
 * - pre-tax and after-tax money to a traditional IRA, another plan, a Roth IRA (§408A(e)) or, inside its own plan, the
 *   plan's Roth account (§402A(c)(4)) — not to another plan's Roth account;
 * - an in-plan Roth rollover is made inside the plan, so by direct rollover here;
 * - basis to a Roth IRA and the pre-tax part elsewhere in one distribution (Notice 2014-54) needs basis and a
 *   pre-tax destination;
 * - after-tax money into another employer plan only by direct rollover (§402(c)(2)(A)), so a 60-day rollover into a
 *   plan holds at most the pre-tax part.
 */
import type { Explanation } from '../core/explain.ts';
import { toCents, usd, type Cents } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import type { RolloverDestination, RolloverMethod, RolloverSource } from './rollover-taxable-amount.ts';

type RolloverRequest = {
  accountType: RolloverSource; destination: RolloverDestination; method: RolloverMethod; amount: number; basisInDistribution: number;
  redeposited: number; basisToRothIra: boolean; basisPaidToYou?: boolean; rothFirstContributionYear?: number | undefined;
};

export function rolloverContradictions(r: RolloverRequest, year: number): FieldError[] {
  const e: FieldError[] = [];
  const roth = r.accountType === 'designated-roth';
  if (r.basisInDistribution > r.amount) e.push({ field: 'basisInDistribution', message: 'The basis cannot be more than the amount.' });
  if (r.accountType === 'after-tax' && r.basisInDistribution === 0) e.push({ field: 'basisInDistribution', message: 'Enter the after-tax contributions in this amount (its basis).' });
  if (roth && r.rothFirstContributionYear === undefined) e.push({ field: 'rothFirstContributionYear', message: 'Enter the first year you made a Roth contribution to this plan.' });
  if (roth && r.rothFirstContributionYear !== undefined && r.rothFirstContributionYear > year) e.push({ field: 'rothFirstContributionYear', message: 'The first Roth contribution year cannot be after the distribution year.' });
  if (roth && (r.destination === 'traditional-ira' || r.destination === 'plan-pre-tax' || r.destination === 'in-plan-roth'))
    e.push({ field: 'destination', message: 'Roth 401(k) money can be rolled over only to a Roth IRA or another plan’s Roth account.' });
  if (!roth && r.destination === 'plan-roth')
    e.push({ field: 'destination', message: 'Pre-tax and after-tax money cannot go into another plan’s Roth account; convert it to a Roth IRA, or in your own plan by an in-plan Roth rollover.' });
  if (r.destination === 'in-plan-roth' && r.method !== 'direct') e.push({ field: 'method', message: 'An in-plan Roth rollover is made inside the plan: choose a direct rollover.' });
  if (r.method === 'direct' && r.redeposited > 0) e.push({ field: 'redeposited', message: 'A direct rollover moves the whole amount; leave this empty or choose a 60-day rollover.' });
  if (r.redeposited > r.amount) e.push({ field: 'redeposited', message: 'You cannot roll over more than the distribution.' });
  // §402(c)(2)(A): after-tax money goes into another employer plan only by a direct trustee-to-trustee transfer; within
  // 60 days only the pre-tax part can go there (the after-tax part can still go to an IRA, §402(c)(2)(B)).
  else if (!roth && r.method === '60-day' && r.destination === 'plan-pre-tax' && r.basisInDistribution > 0 && r.redeposited > r.amount - r.basisInDistribution)
    e.push({ field: 'redeposited', message: `Within 60 days only the pre-tax part (${usd(toCents(r.amount) - toCents(r.basisInDistribution))}) can go into another plan: after-tax money goes into a plan only by direct rollover, or into an IRA within 60 days.` });
  if (r.basisToRothIra && (roth || r.basisInDistribution === 0 || (r.destination !== 'traditional-ira' && r.destination !== 'plan-pre-tax')))
    e.push({ field: 'basisToRothIra', message: 'This split is for a distribution with after-tax basis whose pre-tax part goes to a traditional IRA or another plan.' });
  if (r.basisPaidToYou) {
    if (r.basisToRothIra) e.push({ field: 'basisPaidToYou', message: 'The basis can go to a Roth IRA or be paid to you, not both: choose one.' });
    else if (roth || r.basisInDistribution === 0 || r.destination === 'in-plan-roth' || r.destination === 'plan-roth')
      e.push({ field: 'basisPaidToYou', message: 'This split is for a distribution with after-tax basis whose pre-tax part goes by direct rollover to a traditional IRA, another plan or a Roth IRA.' });
    else if (r.method !== 'direct') e.push({ field: 'basisPaidToYou', message: 'This split is for a direct rollover; paid to you, a 60-day rollover of the pre-tax part does the same.' });
  }
  return e;
}

/**
 * What the destination makes of the money: a Roth 401(k) rolled to a Roth IRA brings its contributions as Roth IRA
 * basis, but not its years (Treas. Reg. §1.408A-10); rolled within 60 days into another plan's Roth account, the
 * earnings start that plan's five-year period afresh (Treas. Reg. §1.402A-1, Q&A-5); and a conversion cannot be
 * recharacterized since 2018 (§408A(d)(6)(B)(iii)).
 */
export function explainDestination(
  f: { source: RolloverSource; destination: RolloverDestination; method: RolloverMethod; rothQualified: boolean; rolledOver: Cents; rolledBasis: Cents; conversion: boolean },
  explain: Explanation,
): void {
  const roth = f.source === 'designated-roth';
  if (roth && f.destination === 'roth-ira') {
    explain.add(
      'reg-1-408a-10-roth-401k-to-roth-ira',
      f.rothQualified
        ? `The whole ${usd(f.rolledOver)} of a qualified Roth 401(k) distribution rolled into a Roth IRA counts as Roth IRA contributions (basis). Years in the Roth 401(k) do not count toward the Roth IRA’s own five-year period.`
        : `In the Roth IRA, the ${usd(f.rolledBasis)} of Roth contributions counts as contributions (basis) and the earnings as earnings. Years in the Roth 401(k) do not count toward the Roth IRA’s own five-year period.`,
      ['reg-1-408a-10'],
    );
  }
  if (roth && f.destination === 'plan-roth' && f.method === '60-day')
    explain.add('reg-1-402a-1-q5-60-day-to-plan', 'Rolled within 60 days into another plan’s Roth account, the earnings start that plan’s five-year period afresh: the old plan’s years do not carry over.', ['reg-1-402a-1']);
  if (f.conversion)
    explain.add('irc-408a-d-6-no-recharacterization', 'A conversion cannot be undone: since 2018 a conversion to a Roth account can no longer be recharacterized back.', ['irc-408a-d-6']);
}
