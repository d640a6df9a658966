/**
 * A loan offset in a year for which an RMD is due from the plan. An offset is an actual distribution, so it counts
 * toward the year's required minimum distribution (Treas. Reg. §1.401(a)(9)-5; unlike a deemed distribution), and
 * the first dollars distributed in the year are the RMD until it is met (Treas. Reg. §1.402(c)-2, Q&A-7). That part
 * is not an eligible rollover distribution (IRC §402(c)(4)(B)): it cannot be rolled over, even with the longer
 * deadline of a qualified plan loan offset (§402(c)(3)(C)); only the rest of the offset can be.
 *
 * Someone leaving the job is separated by the offset date, so the still-working delay has ended; when the plan ends
 * the reader may still work there, so only a 5-percent owner is in an RMD year by age alone (§401(a)(9)(C)).
 */
import type { Explanation } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import type { LeavingReason } from './loan-offset.ts';
import { rmdPartOf, rmdYear, type RmdYear } from './rmd-year.ts';

export type LoanOffsetRmdFacts = {
  leaving: LeavingReason;
  offsetDate: string;
  birthDate: string;
  separationDate: string | undefined;
  fivePercentOwner: boolean;
  planOffersStillWorkingDelay: boolean;
  rmdStillToTake: number | undefined;
  offset: Cents;
};

export type LoanOffsetRmdPart = { year: RmdYear; rmdPart: Cents; rollable: Cents };

export function loanOffsetRmdPart(f: LoanOffsetRmdFacts): LoanOffsetRmdPart {
  const facts = {
    distributionDate: f.offsetDate, birthDate: f.birthDate, accountType: 'traditional' as const,
    separatedFromPlanEmployer: f.leaving === 'leaving-job', separationDate: f.leaving === 'leaving-job' ? (f.separationDate ?? f.offsetDate) : undefined,
    fivePercentOwner: f.fivePercentOwner, planOffersStillWorkingDelay: f.planOffersStillWorkingDelay, rmdStillToTake: f.rmdStillToTake,
  };
  const year = rmdYear(facts);
  const rmdPart = rmdPartOf(f.offset, facts, year);
  return { year, rmdPart, rollable: f.offset - rmdPart };
}

/** Field errors: in an RMD year the RMD still to take is needed, and the RMD part of the offset cannot be rolled over. */
export function loanOffsetRmdErrors(p: LoanOffsetRmdPart, f: LoanOffsetRmdFacts, rolled: Cents): FieldError[] {
  if (!p.year.required) return [];
  if (f.rmdStillToTake === undefined)
    return [{ field: 'rmdStillToTake', message: `${p.year.reason} Enter how much of this year’s RMD from this plan is still to be taken before the offset (0 if you have taken it): the offset counts toward it, and that part cannot be rolled over.` }];
  if (rolled > p.rollable)
    return [{ field: 'offsetRolledOver', message: `Only the part of the offset above this year’s RMD (${usd(p.rollable)}) can be rolled over; the first ${usd(p.rmdPart)} is the RMD.` }];
  return [];
}

export function explainLoanOffsetRmdPart(p: LoanOffsetRmdPart, explain: Explanation): void {
  if (!p.year.required) return;
  const split = p.rmdPart === 0
    ? `You have already taken this year’s RMD from the plan, so all ${usd(p.rollable)} of the offset can be rolled over.`
    : p.rollable === 0
      ? `The offset counts toward the RMD still to be taken, so all ${usd(p.rmdPart)} of it is RMD: it is not an eligible rollover distribution and cannot be rolled over; it is taxed in the year of the offset.`
      : `The offset counts toward the RMD still to be taken: its first ${usd(p.rmdPart)} is RMD, not an eligible rollover distribution, and cannot be rolled over; only the other ${usd(p.rollable)} can.`;
  explain.add('reg-1-402c-2-q7-rmd-part-not-rollable', `${p.year.reason} ${split}`, ['reg-1-402c-2-q7', 'irc-402-c-4', 'reg-1-401a9-5']);
}

