/**
 * Plan loan offsets (IRC §402(c)(3)(C); Treas. Reg. §1.402(c)-3). When a plan reduces the account to repay an unpaid
 * loan, the offset is an actual distribution, and an eligible rollover distribution: the reader can roll it over by
 * putting the same amount of their own money into an IRA or another plan. A *qualified* plan loan offset — one made
 * solely because the plan ended, or because the loan could not be repaid after a severance from employment and within
 * 12 months of it, of a loan in good standing until then — can be rolled over until the due date, including
 * extensions, of the return for the year of the offset. Any other offset has the usual 60 days: among them the offset
 * of a loan that had already gone into default while the employee still worked, since it no longer met §72(p)(2)
 * immediately before the severance (Treas. Reg. §1.402(c)-3(a)(2)(iii)(B)(2) and Example 7).
 *
 * Unlike a deemed distribution while employed (code L, not rollable, Treas. Reg. §1.72(p)-1), an offset is reported
 * with box 7 code M, together with 1, 2 or 7 (Instructions for Forms 1099-R and 5498, Guide to Distribution Codes,
 * "Plan loan offsets"); any other offset is an actual distribution with its ordinary code.
 */
import { addDays, addMonths, longDate, yearOf } from '../core/dates.ts';
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
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

export function loanOffsetTiming(reason: LeavingReason, offsetDate: string, separationDate: string | undefined, uses?: FigureUse[], defaultDate?: string): LoanOffsetTiming {
  const year = Number(offsetDate.slice(0, 4));
  const months = figureValue('loan-offset-severance-window-months', year, uses);
  if (reason === 'leaving-job' && separationDate !== undefined && defaultDate !== undefined && defaultDate < separationDate) {
    return {
      qualified: false,
      reason: `The loan went into default on ${longDate(defaultDate)}, before you left, so it was already a deemed distribution and not a loan in good standing when you left: the offset is not a qualified plan loan offset.`,
      deadline: addDays(offsetDate, figureValue('rollover-window-days', year, uses)),
      dueDateWithoutExtension: null,
    };
  }
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

/** `offsetDate`: leaving, the date of the offset as the check settles it (given, or the day you leave, …), from `offsetField`. */
type LeavingFacts = { leaving: 'staying' | LeavingReason; offsetField?: string; loanDate?: string | undefined; defaultDate?: string | undefined; offsetDate?: string | undefined; separationDate?: string | undefined; offsetRolledOver: number };

/**
 * Leaving, the offset's date and the field it comes from: the one given, else (leaving the job) the day you leave, else
 * a default before that, else the date of a loan taken earlier; with none, the field to ask for it.
 */
export function offsetDateOf(r: LeavingFacts): { date: string; field: string } | FieldError {
  const given: [string, string | undefined][] = [['offsetDate', r.offsetDate], ['separationDate', r.leaving === 'leaving-job' ? r.separationDate : undefined], ['defaultDate', r.defaultDate], ['loanDate', r.loanDate]];
  const found = given.find(([, d]) => d !== undefined);
  if (found) return { field: found[0], date: found[1]! };
  return r.leaving === 'leaving-job' ? { field: 'separationDate', message: 'Enter the date you leave (or left) the employer.' } : { field: 'offsetDate', message: 'Enter the date the plan offsets the loan.' };
}

/**
 * Facts that contradict each other or the reader's choice: the offset fields belong to leaving only; a plan that ends
 * offsets the loan whether or not the reader leaves; the offset comes after the loan and after the separation.
 */
export function loanLeavingErrors(r: LeavingFacts): FieldError[] {
  if (r.leaving === 'staying') {
    if (r.defaultDate !== undefined && r.loanDate !== undefined && r.defaultDate < r.loanDate) return [{ field: 'defaultDate', message: 'The default cannot come before the loan.' }];
    const onlyLeaving: string[] = (['offsetDate', 'separationDate'] as const).filter((k) => r[k] !== undefined);
    if (r.offsetRolledOver > 0) onlyLeaving.push('offsetRolledOver');
    return onlyLeaving.map((field) => ({ field, message: 'This applies only when you leave the job or the plan ends; choose that first or leave it empty.' }));
  }
  const errors: FieldError[] = [];
  if (r.leaving === 'plan-ending' && r.separationDate !== undefined) errors.push({ field: 'separationDate', message: 'A plan that ends offsets the loan whether or not you leave; leave the separation date empty.' });
  const od = r.offsetDate;
  if (od === undefined) return errors;
  if (r.loanDate !== undefined && od < r.loanDate) errors.push({ field: r.offsetField ?? 'offsetDate', message: 'The offset cannot come before the loan.' });
  if (r.separationDate !== undefined && r.separationDate > od) errors.push({ field: 'separationDate', message: 'The plan offsets the loan after you leave; the separation date must be on or before the offset date.' });
  return errors;
}

/** The timing with its step: what an offset is, how much can be rolled over, and by when. */
export function explainLoanOffset(reason: LeavingReason, offsetDate: string, separationDate: string | undefined, offset: Cents, rollable: Cents, explain: Explanation, defaultDate?: string): LoanOffsetTiming {
  const uses: FigureUse[] = [];
  const timing = loanOffsetTiming(reason, offsetDate, separationDate, uses, defaultDate);
  explain.add(
    timing.qualified ? 'irc-402c3c-qualified-plan-loan-offset' : 'irc-402c3-loan-offset-60-days',
    `When you ${reason === 'plan-ending' ? 'lose the plan' : 'leave'} with ${usd(offset)} of loan unpaid, the plan usually takes it out of your account on ${longDate(offsetDate)}: a loan offset. It is a distribution you can roll over by putting ${usd(rollable)} of your own money into an IRA or another plan${rollable < offset ? ' (the part above this year’s RMD)' : ''}. ${timing.reason} ` +
      (timing.qualified
        ? `You have until your ${yearOf(offsetDate)} return’s due date with extensions, ${longDate(timing.deadline)} (the return is due ${longDate(timing.dueDateWithoutExtension!)} without an extension).`
        : `You have the usual 60 days: until ${longDate(timing.deadline)}.`),
    ['irc-402-c-3', 'reg-1-402c-3', 'irc-6072-a', 'irc-6081-a', 'irc-7503'],
    uses,
  );
  return timing;
}

/** Form 1099-R box 7 for the offset; without a birth date the age digit is not known. */
export function explainLoanOffsetCode(qualified: boolean, code: string, explain: Explanation): void {
  explain.add(
    'i1099r-loan-offset-code-m',
    qualified
      ? `Form 1099-R box 7: code ${code}${code === 'M' ? ' with 1, 2 or 7 by your age' : ''}. The plan reports a qualified plan loan offset as an actual distribution and adds code M; it is not a deemed distribution, so not code L.`
      : `Form 1099-R box 7: ${code ? `code ${code}` : 'code 1, 2 or 7 by your age'}, as for any other actual distribution: not L, and not M, which marks only a qualified plan loan offset.`,
    ['i1099r'],
  );
}
