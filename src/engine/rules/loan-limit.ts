/**
 * The most a participant may borrow from a plan (IRC §72(p)(2)(A); IRS Retirement plans FAQs regarding loans):
 * the lesser of (a) the dollar maximum reduced by the excess of the highest outstanding loan balance in the prior
 * 12 months over the balance on the day of the new loan, or (b) half the vested balance — or the floor if that is
 * more and the plan allows it, but never more than the vested balance — less the loans already outstanding.
 */
import { figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, percentOf, toCents, type Cents } from '../core/money.ts';

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
