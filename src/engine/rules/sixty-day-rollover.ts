/**
 * The 60-day rollover (IRC §402(c)(3)): what the participant puts into an IRA or plan within 60 days of receiving an
 * eligible rollover distribution is not taxed. It counts first against the taxable part (IRC §402(c)(2); Treas. Reg.
 * §1.402A-1 Q&A-5 for Roth money), so after-tax money stays in the part kept.
 */
import type { Explanation } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';

/** The taxable part left after the rollover. */
export function afterSixtyDayRollover(taxable: Cents, rolledOver: Cents, explain: Explanation | undefined): Cents {
  if (rolledOver <= 0) return taxable;
  const left = taxable - Math.min(taxable, rolledOver);
  explain?.add('irc-402c-rollover', `${usd(rolledOver)} rolled over within 60 days counts first against the taxable part, leaving ${usd(left)} taxable.`, ['irc-402-c', 'reg-1-402a-1']);
  return left;
}
