/**
 * Withholding on a rollover paid to you, and the make-up it takes to roll over the whole rollable amount. A direct
 * rollover is not paid to you, so nothing is withheld (IRC §401(a)(31); §3405(c)(2)). Paid to you, the taxable part
 * of the eligible rollover distribution is withheld at 20%, which cannot be lowered (§3405(c)); to roll over all of
 * it within 60 days you put back the withheld amount from other money (§402(c)(3)). In an RMD year the RMD part is not
 * an eligible rollover distribution (§402(c)(4)(B); Treas. Reg. §1.402(c)-2, Q&A-7): it gets the 10% default of
 * §3405(b) instead, and no make-up, since it cannot be rolled over. The split between the two parts is the one the
 * withdrawal checks use (`withholding`).
 */
import { addDays, longDate } from '../core/dates.ts';
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { clampZero, usd, type Cents } from '../core/money.ts';
import type { RolloverMethod } from './rollover-taxable-amount.ts';
import { underFloorText, underRolloverWithholdingFloor, withholding } from './withholding.ts';

export type RolloverWithholdingFacts = {
  year: number;
  distributionDate: string;
  method: RolloverMethod;
  amount: Cents;
  /** The taxable part when the plan pays (Form 1099-R box 2a). */
  taxableIfKept: Cents;
  /** The part of the payment that is this year's RMD: not rollable. */
  rmdPart: Cents;
  /** What was put into the destination within 60 days. */
  rolledOver: Cents;
  /** The plan's other eligible rollover distributions to you this year (Treas. Reg. §31.3405(c)-1, Q&A-14). */
  otherRolloverEligibleThisYear: Cents;
  /** Within 60 days only the taxable part can go to this destination (a plan: §402(c)(2)(A); Treas. Reg. §1.402A-1,
   * Q&A-5(a) for another plan's Roth account), and where the rest can go instead. */
  onlyTaxablePart?: { restGoesTo: string } | undefined;
};

export type RolloverWithholding = {
  withheld: Cents;
  /** Of it, the mandatory 20% on the rollable part: what must be made up to roll all of that part over. */
  onRollable: Cents;
  onRmdPart: Cents;
  cashReceived: Cents;
  notMadeUp: Cents;
  /** The last day of the 60 days, for a payment to you. */
  deadline: string | null;
};

export function rolloverWithholding(f: RolloverWithholdingFacts, explain: Explanation): RolloverWithholding {
  const paid = f.method === '60-day';
  const w = withholding({
    year: f.year, plan: '401k', paidAs: 'distribution', toParticipant: paid, taxableWhenPaid: f.taxableIfKept,
    // The part excluded from income goes to the RMD first (Treas. Reg. §1.402(c)-2, Q&A-8).
    notRolloverEligible: clampZero(f.rmdPart - (f.amount - f.taxableIfKept)), periodic: false, electedRate: undefined,
    rolloverEligibleThisYear: clampZero(f.amount - f.rmdPart) + f.otherRolloverEligibleThisYear,
  }, undefined);
  const uses: FigureUse[] = [];
  const mandatoryPct = figureValue('mandatory-withholding-rate', f.year, uses);
  const defaultPct = f.rmdPart > 0 ? figureValue('default-withholding-rate', f.year, uses) : 0;
  const onRollable = w.eligibleWithheld;
  const onRmdPart = w.amount - onRollable;
  const rollable = f.amount - f.rmdPart;
  const cashReceived = paid ? f.amount - w.amount : 0;
  // Cash from the rollable part is all that can go back without other money; the rest of a full rollover is made up.
  // Where only the taxable part can go, rolling all of it over is the whole rollover this destination takes.
  const whole = f.onlyTaxablePart ? Math.min(rollable, f.taxableIfKept) : rollable;
  const madeUp = paid ? Math.min(onRollable, clampZero(f.rolledOver - (whole - onRollable))) : 0;
  const notMadeUp = onRollable - madeUp;
  const windowDays = figureValue('rollover-window-days', f.year);
  const deadline = paid ? addDays(f.distributionDate, windowDays) : null;
  if (!paid) {
    explain.add('irc-401a31-direct-rollover', 'A direct rollover is not paid to you, so nothing is withheld.', ['irc-401-a-31', 'irc-3405-c']);
    return { withheld: 0, onRollable: 0, onRmdPart: 0, cashReceived, notMadeUp, deadline };
  }
  const makeUp = (whole: Cents, nothingTaxable: string) =>
    onRollable === 0
      ? nothingTaxable
      : (f.onlyTaxablePart
        ? `Only the taxable ${usd(Math.min(whole, f.taxableIfKept))} can go to this destination within ${windowDays} days (the rest only to ${f.onlyTaxablePart.restGoesTo}); to roll over all of it you must add `
        : `To roll over the whole ${usd(whole)} you must add `) +
        `${usd(onRollable)} of your own money by ${longDate(deadline!)} (${windowDays} days after you receive it; this assumes you receive it on the payment date). ` +
        (notMadeUp > 0 ? `You put back ${usd(f.rolledOver)}, so ${usd(notMadeUp)} of the withholding was not made up and is treated as kept.` : 'You made it up in full.') +
        ' The withholding is credited on your return against the tax you owe.';
  const floorText = w.underFloor
    ? underFloorText(clampZero(f.amount - f.rmdPart) + f.otherRolloverEligibleThisYear, underRolloverWithholdingFloor(f.year, 0, uses).floor, mandatoryPct, figureValue('default-withholding-rate', f.year), w.eligiblePart, 0)
    : '';
  const text = w.underFloor && f.rmdPart === 0
    ? `Paid to you: ${floorText} = ${usd(w.amount)} withheld, so you receive ${usd(cashReceived)}. ${makeUp(f.amount, 'Nothing was withheld, so the payment itself can all go back within the 60 days.')}`
    : f.rmdPart === 0
    ? `Paid to you, ${mandatoryPct}% of the taxable ${usd(f.taxableIfKept)} is withheld: ${usd(w.amount)}, so you receive ${usd(cashReceived)}. ${makeUp(f.amount, 'Nothing in it is taxable, so nothing is withheld.')}`
    : `Paid to you: ${defaultPct}% of the taxable ${usd(w.otherPart)} in the RMD part is withheld (${usd(onRmdPart)}; the default, which you may change on Form W-4R)` +
      (rollable > 0 ? (w.underFloor ? ` and, in the rollable part, ${floorText}` : ` and ${mandatoryPct}% of the taxable ${usd(w.eligiblePart)} in the rollable part (${usd(onRollable)}, mandatory)`) : '') +
      `: ${usd(w.amount)} in all, so you receive ${usd(cashReceived)}. ` +
      (rollable === 0 ? 'None of it can be rolled over, so there is nothing to make up; the withholding is credited on your return against the tax you owe.' : makeUp(rollable, 'Nothing in the rollable part is taxable, so there is nothing to make up.'));
  explain.add(
    'irc-3405-c-mandatory-withholding',
    text,
    ['irc-3405-c', 'irc-402-c-3', 'irc-401-a-31', ...(w.underFloor ? ['reg-31-3405c-1'] : []), ...(f.rmdPart > 0 ? ['irc-3405-b', 'reg-1-402c-2-q7'] : [])],
    uses,
  );
  return { withheld: w.amount, onRollable, onRmdPart, cashReceived, notMadeUp, deadline };
}
