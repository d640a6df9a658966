/**
 * In a year a required minimum distribution is due from the plan, the first dollars paid count toward it, and that
 * part is not an eligible rollover distribution (Treas. Reg. §1.402(c)-2, Q&A-7; IRC §402(c)(4)(B)): it cannot be
 * rolled over and gets the changeable 10% withholding of §3405(b) instead of the mandatory 20%.
 */
import type { Explanation } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';
import type { rmdYear } from './rmd-year.ts';

/** The RMD part and the rollable rest, and what the Form 1099-R shows. */
export function explainRmdPart(rmd: ReturnType<typeof rmdYear>, amount: Cents, rmdPart: Cents, payment: string, explain: Explanation | undefined): void {
  const rest = amount - rmdPart;
  const split = rmdPart === 0
    ? `You have already taken this year’s RMD from the plan, so all ${usd(amount)} is an eligible rollover distribution.`
    : rest === 0
      ? `The first dollars paid in an RMD year count toward the RMD still to be taken, so all ${usd(amount)} is RMD: it is not an eligible rollover distribution, cannot be rolled over, and gets the 10% default withholding, which you may change (even to 0%) on Form W-4R.`
      : `The first ${usd(rmdPart)} is the rest of this year’s RMD: not an eligible rollover distribution, not rollable, 10% default withholding you may change on Form W-4R. The other ${usd(rest)} is an eligible rollover distribution${payment === 'to-participant' ? ' (20% mandatory withholding; rollable within 60 days)' : ''}.`;
  explain?.add('reg-1-402c-2-q7-rmd-part-not-rollable', `${rmd.reason} ${split} Form 1099-R reports the whole payment with one box 7 code; it does not show which part was the RMD.`, ['reg-1-402c-2-q7', 'irc-402-c-4', 'irc-3405-b', 'i1099r']);
}
