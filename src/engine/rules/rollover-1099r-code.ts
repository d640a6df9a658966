/**
 * Form 1099-R box 7 for a rollover (Instructions for Forms 1099-R and 5498, box 7 and "Qualified rollover
 * contributions as defined in section 408A(e)"): G for a direct rollover of pre-tax or after-tax money to an IRA or a
 * plan, a Roth IRA included, and for an in-plan Roth rollover; H for a direct rollover of a Roth 401(k) to a Roth IRA;
 * B with G for a Roth 401(k) moved directly to another plan's Roth account. A payment to you is coded as any other
 * distribution (1 before 59½ with no exception the payer knows of, 2 when it knows of one, 7 from 59½; B with the
 * number for a Roth 401(k), qualified or not), whatever you roll over afterwards: you report the rollover on your own return.
 * Box 2a holds the taxable amount: zero for a same-type direct rollover, the converted amount for a conversion.
 */
import type { Explanation } from '../core/explain.ts';
import { usd, type Cents } from '../core/money.ts';
import type { RolloverDestination, RolloverMethod, RolloverSource } from './rollover-taxable-amount.ts';

export function rollover1099RCode(source: RolloverSource, destination: RolloverDestination, method: RolloverMethod, reached59: boolean, payerKnownException: boolean): string {
  const roth = source === 'designated-roth';
  if (method === 'direct') {
    if (!roth) return 'G';
    return destination === 'roth-ira' ? 'H' : 'BG';
  }
  const number = reached59 ? '7' : payerKnownException ? '2' : '1';
  if (!roth) return number;
  // B with the numeric code that applies, 7 included (Instructions for Forms 1099-R and 5498, box 7: a numeric and an
  // alpha code when applicable; code 7 is used with B).
  return `B${number}`;
}

/** The Form 1099-R boxes, and for a payment to you what goes on Form 1040 lines 5a and 5b. */
export function explainRollover1099R(f: { method: RolloverMethod; amount: Cents; box2a: Cents; box5: Cents | null; code: string; taxable: Cents }, explain: Explanation): void {
  explain.add(
    'i1099r-rollover-codes',
    `Form 1099-R: box 1 ${usd(f.amount)}, box 2a ${usd(f.box2a)}${f.box5 ? `, box 5 ${usd(f.box5)}` : ''}, box 7 code ${f.code}.` +
      (f.method === '60-day' ? ` The payer reports the payment as a distribution; on Form 1040 (lines 5a and 5b) you report ${usd(f.amount)} and the taxable ${usd(f.taxable)}, and write “Rollover” next to it.` : ''),
    ['i1099r'],
  );
}
