/**
 * The required minimum distribution inside a rollover. In a year for which an RMD is due from the plan, the first
 * dollars distributed count toward it until it is met (Treas. Reg. §1.402(c)-2, Q&A-7), and that part is not an
 * eligible rollover distribution (IRC §402(c)(4)(B)): it cannot be rolled over by any route — not directly, not
 * within 60 days, not by converting it to a Roth account — so it is taxed this year, and its withholding is the
 * changeable 10% of §3405(b), not the mandatory 20% of §3405(c). Only the amount beyond it is rollable. The year
 * itself (applicable age, required beginning date, the Roth 401(k) exemption from 2024) is decided by `rmdYear`.
 */
import type { Explanation } from '../core/explain.ts';
import { toCents, usd, type Cents } from '../core/money.ts';
import type { FieldError } from '../core/request-kit.ts';
import { rmdPartOf, rmdYear, type RmdYear, type RmdYearFacts } from './rmd-year.ts';
import type { RolloverDestination, RolloverMethod, RolloverSource } from './rollover-taxable-amount.ts';

export type RolloverRmdFacts = Omit<RmdYearFacts, 'accountType'> & {
  accountType: RolloverSource;
  amount: number;
  destination: RolloverDestination;
  method: RolloverMethod;
  redeposited: number;
};

export type RolloverRmdPart = { year: RmdYear; rmdPart: Cents; rollable: Cents };

/** After-tax (non-Roth) money is part of the traditional account for RMDs; only a Roth 401(k) is exempt. */
const rmdFacts = (f: RolloverRmdFacts): RmdYearFacts => ({ ...f, accountType: f.accountType === 'designated-roth' ? 'roth' : 'traditional' });

export function rolloverRmdPart(f: RolloverRmdFacts): RolloverRmdPart {
  const facts = rmdFacts(f);
  const year = rmdYear(facts);
  const amount = toCents(f.amount);
  const rmdPart = rmdPartOf(amount, facts, year);
  return { year, rmdPart, rollable: amount - rmdPart };
}

/** Field errors: the amount still to take is needed in an RMD year, and the RMD part may not be rolled over. */
export function rolloverRmdErrors(f: RolloverRmdFacts): FieldError[] {
  const { year, rmdPart, rollable } = rolloverRmdPart(f);
  if (!year.required) return [];
  if (f.rmdStillToTake === undefined)
    return [{ field: 'rmdStillToTake', message: `${year.reason} Enter how much of this year’s RMD from this plan is still to be taken before this payment (0 if you have taken it): that part cannot be rolled over.` }];
  if (rmdPart > 0 && f.method === 'direct')
    return [{
      field: 'method',
      message: `The first ${usd(rmdPart)} of the payment is this year’s RMD, which cannot be rolled over${f.destination === 'in-plan-roth' ? ' or converted in the plan' : ''}: the plan pays it to you before it moves the rest. Take the RMD first (then 0 is still to take) and check the direct rollover of the other ${usd(rollable)}` +
        (f.destination === 'in-plan-roth' ? '.' : ', or choose a payment to you to see the RMD taxed and the rest rolled over within 60 days.'),
    }];
  if (toCents(f.redeposited) > rollable)
    return [{ field: 'redeposited', message: `Only the part above this year’s RMD (${usd(rollable)}) can be rolled over; the first ${usd(rmdPart)} is the RMD, and putting it into an IRA makes an excess contribution.` }];
  return [];
}

/** The step that says which part is the RMD; only in an RMD year. */
export function explainRolloverRmdPart(p: RolloverRmdPart, explain: Explanation): void {
  if (!p.year.required) return;
  const split = p.rmdPart === 0
    ? `You have already taken this year’s RMD from the plan, so all ${usd(p.rollable)} is an eligible rollover distribution and can be rolled over.`
    : p.rollable === 0
      ? `The first dollars paid in an RMD year count toward the RMD still to be taken, so all ${usd(p.rmdPart)} is RMD: it is not an eligible rollover distribution, cannot be rolled over or converted, and is taxed this year; its withholding is the 10% default, which you may change (even to 0%) on Form W-4R.`
      : `The first ${usd(p.rmdPart)} is the rest of this year’s RMD: it is not an eligible rollover distribution, cannot be rolled over or converted, and is taxed this year, with the 10% default withholding you may change on Form W-4R. Only the other ${usd(p.rollable)} can be rolled over; the 20% withholding and the make-up apply to it alone.`;
  explain.add('reg-1-402c-2-q7-rmd-part-not-rollable', `${p.year.reason} ${split}`, ['reg-1-402c-2-q7', 'irc-402-c-4', 'irc-3405-b']);
}
