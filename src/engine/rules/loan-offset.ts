/**
 * Plan loan offsets (IRC §402(c)(3)(C); Treas. Reg. §1.402(c)-3). When a plan reduces the account to repay an unpaid
 * loan, the offset is an actual distribution, and an eligible rollover distribution: the reader can roll it over by
 * putting the same amount of their own money into an IRA or another plan. A *qualified* plan loan offset — one made
 * solely because the plan ended, or because the loan could not be repaid after a severance from employment and within
 * 12 months of it, of a loan in good standing until then — can be rolled over until the due date, including
 * extensions, of the return for the year of the offset. Any other offset has the usual 60 days.
 *
 * Unlike a deemed distribution while employed (code L, not rollable, Treas. Reg. §1.72(p)-1), an offset is reported
 * with box 7 code M, together with 1, 2 or 7 (Instructions for Forms 1099-R and 5498, Guide to Distribution Codes,
 * "Plan loan offsets"); any other offset is an actual distribution with its ordinary code.
 */
import { addDays, addMonths } from '../core/dates.ts';
import { figureValue, type FigureUse } from '../core/explain.ts';
import { returnDueDate } from './return-due-date.ts';

export type LeavingReason = 'leaving-job' | 'plan-ending';

export type LoanOffsetTiming = {
  qualified: boolean;
  /** Why it is or is not a qualified plan loan offset. */
  reason: string;
  /** The last day to roll it over. */
  deadline: string;
  /** For a qualified offset, the due date without the extension (file by then, or extend). */
  dueDateWithoutExtension: string | null;
};

export function loanOffsetTiming(reason: LeavingReason, offsetDate: string, separationDate: string | undefined, uses?: FigureUse[]): LoanOffsetTiming {
  const year = Number(offsetDate.slice(0, 4));
  const months = figureValue('loan-offset-severance-window-months', year, uses);
  const late = reason === 'leaving-job' && separationDate !== undefined && offsetDate > addMonths(separationDate, months);
  if (late) {
    return {
      qualified: false,
      reason: `The offset comes more than ${months} months after you left, so it is not a qualified plan loan offset.`,
      deadline: addDays(offsetDate, figureValue('rollover-window-days', year, uses)),
      dueDateWithoutExtension: null,
    };
  }
  return {
    qualified: true,
    reason: reason === 'plan-ending' ? 'The offset is made because the plan is ending.' : `The offset is made because you left the employer${separationDate ? ` and within ${months} months of leaving` : ''}.`,
    deadline: returnDueDate(year, true, uses),
    dueDateWithoutExtension: returnDueDate(year, false, uses),
  };
}
