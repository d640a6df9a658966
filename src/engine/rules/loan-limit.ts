/**
 * The most a participant may borrow from a plan (IRC §72(p)(2)(A); IRS Retirement plans FAQs regarding loans):
 * the lesser of (a) the dollar maximum reduced by the excess of the highest outstanding loan balance in the prior
 * 12 months over the balance on the day of the new loan, or (b) half the vested balance — or the floor if that is
 * more and the plan allows it, but never more than the vested balance — less the loans already outstanding.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { clampZero, percentOf, toCents, usd, type Cents } from '../core/money.ts';

export type LoanLimit = {
  dollarMax: Cents;
  /** Highest balance in the look-back period minus the balance today, never negative. */
  reduction: Cents;
  reducedDollarMax: Cents;
  halfVested: Cents;
  floor: Cents;
  floorApplies: boolean;
  vestedLimit: Cents;
  /** The lesser of the two limits: the most all loans together may come to. */
  totalLimit: Cents;
  /** What may be borrowed now: the total limit less what is already outstanding. */
  newLoanMax: Cents;
};

export function loanLimit(year: number, vested: Cents, highestLast12Months: Cents, outstanding: Cents, planAllowsFloor: boolean, uses?: FigureUse[]): LoanLimit {
  const dollarMax = toCents(figureValue('loan-max', year, uses));
  const reduction = clampZero(highestLast12Months - outstanding);
  const reducedDollarMax = clampZero(dollarMax - reduction);
  const halfVested = percentOf(vested, figureValue('loan-balance-share', year, uses));
  const floor = toCents(figureValue('loan-floor', year, uses));
  const floorApplies = planAllowsFloor && halfVested < floor;
  const vestedLimit = floorApplies ? Math.min(floor, vested) : halfVested;
  const totalLimit = Math.min(reducedDollarMax, vestedLimit);
  return { dollarMax, reduction, reducedDollarMax, halfVested, floor, floorApplies, vestedLimit, totalLimit, newLoanMax: clampZero(totalLimit - outstanding) };
}

/** The limit with its step, and a second step when the loan wanted is over it (the excess is a distribution). */
export function explainLoanLimit(
  f: { year: number; vested: Cents; highestLast12Months: Cents; outstanding: Cents; planAllowsFloor: boolean; requested: Cents | null },
  explain: Explanation,
): LoanLimit {
  const { year, vested, outstanding } = f;
  const uses: FigureUse[] = [];
  const l = loanLimit(year, vested, f.highestLast12Months, outstanding, f.planAllowsFloor, uses);
  const share = figureValue('loan-balance-share', year);
  const lookback = figureValue('loan-lookback-months', year, uses);
  const vestedText = l.floorApplies
    ? `${share}% of ${usd(vested)} is ${usd(l.halfVested)}, under the ${usd(l.floor)} floor your plan allows, so ${usd(l.vestedLimit)}${l.vestedLimit < l.floor ? ' (no more than the vested balance)' : ''}`
    : `${share}% of ${usd(vested)} = ${usd(l.halfVested)}`;
  explain.add(
    'irc-72p-2-a-loan-limit',
    `The lesser of ${usd(l.dollarMax)}${l.reduction ? ` − (${usd(f.highestLast12Months)} highest balance in the last ${lookback} months − ${usd(outstanding)} owed today) = ${usd(l.reducedDollarMax)}` : ''} and ${vestedText} is ${usd(l.totalLimit)}` +
      (outstanding ? `; less the ${usd(outstanding)} you owe, you may borrow up to ${usd(l.newLoanMax)}.` : `, so you may borrow up to ${usd(l.newLoanMax)}.`) +
      (!f.planAllowsFloor && l.halfVested < l.floor ? ` Some plans allow up to ${usd(l.floor)} when half the vested balance is less; yours does not, by your answer.` : '') +
      ' Plans need not offer loans at all.',
    ['irc-72-p', 'irs-loans-faq'],
    uses,
  );
  if (f.requested !== null && f.requested > l.newLoanMax)
    explain.add('irc-72p-2-a-loan-limit', `The ${usd(f.requested)} you want is ${usd(f.requested - l.newLoanMax)} over the limit; the excess would be taxed as a distribution when it is made.`, ['irc-72-p', 'reg-1-72p-1']);
  return l;
}
