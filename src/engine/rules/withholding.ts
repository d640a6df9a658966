/**
 * Federal income tax withholding on a plan distribution (IRC §3405). An eligible rollover distribution paid to the
 * participant is withheld at 20% of its taxable part, which cannot be lowered (§3405(c)); other nonperiodic payments
 * at 10% by default, which the participant may change on Form W-4R (§3405(b)); periodic payments like wages under
 * Form W-4P (§3405(a)). Distributions that are not eligible rollover distributions are listed in §402(c)(4). A deemed
 * distribution from a defaulted loan pays no cash, so nothing is withheld (Treas. Reg. §1.72(p)-1 Q&A-15). The
 * mandatory 20% is not required when the eligible rollover distributions a plan pays the distributee in a taxable year
 * are expected to total less than the floor of Treas. Reg. §31.3405(c)-1, Q&A-14; being eligible rollover distributions,
 * they get no §3405(b) default either (§3405(c)(1)(A)).
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { clampZero, percentOf, toCents, usd, type Cents } from '../core/money.ts';
import type { PlanKind } from './exceptions.ts';

/** How the plan pays it: `hardship` and loan defaults are never eligible rollover distributions. */
export type PaidAs = 'distribution' | 'hardship' | 'deemed-loan';

export type WithholdingInput = {
  year: number;
  /** From a traditional IRA no payment is an eligible rollover distribution subject to the mandatory 20%. */
  plan: PlanKind;
  paidAs: PaidAs;
  /** Paid to the participant (not a direct rollover). */
  toParticipant: boolean;
  /** The taxable part when the plan pays, before any 60-day rollover. */
  taxableWhenPaid: Cents;
  /** The part of the distribution covered by exceptions whose distributions are not eligible rollover distributions. */
  notRolloverEligible: Cents;
  /** The part covered by exceptions whose distributions are not withheld from at all (§3405(e)(1)(B)); within it. */
  notWithheld?: Cents;
  /** Part of a series of substantially equal periodic payments. */
  periodic: boolean;
  /** The rate the participant elected on Form W-4R, if any. */
  electedRate: number | undefined;
  /** The eligible rollover distributions this plan pays the participant in the taxable year, this payment's eligible
   * part (gross) included, for the floor of Treas. Reg. §31.3405(c)-1, Q&A-14. Absent: this payment's alone. */
  rolloverEligibleThisYear?: Cents;
};

export type Withholding = {
  paysCash: boolean;
  eligiblePart: Cents;
  otherPart: Cents;
  amount: Cents;
  /** Of `amount`, what is withheld from the eligible rollover part. */
  eligibleWithheld: Cents;
  /** The year's eligible rollover distributions from the plan are under the floor: no mandatory withholding. */
  underFloor: boolean;
  periodic: boolean;
};

/** Whether a year's eligible rollover distributions from one plan stay under the floor below which the payer need not
 * withhold the mandatory 20% (Treas. Reg. §31.3405(c)-1, Q&A-14), and the floor itself. */
export function underRolloverWithholdingFloor(year: number, yearTotal: Cents, uses?: FigureUse[]): { under: boolean; floor: Cents } {
  const floor = toCents(figureValue('eligible-rollover-withholding-floor', year, uses));
  return { under: yearTotal < floor, floor };
}

export function withholding(x: WithholdingInput, explain: Explanation | undefined): Withholding {
  const mandatoryPct = figureValue('mandatory-withholding-rate', x.year);
  const defaultPct = figureValue('default-withholding-rate', x.year);
  let eligiblePart = 0;
  let otherPart = 0;
  const paysCash = x.toParticipant && x.paidAs !== 'deemed-loan';
  let exempt = 0;
  if (paysCash) {
    exempt = x.paidAs === 'distribution' ? Math.min(x.taxableWhenPaid, x.notWithheld ?? 0) : 0;
    const withheldFrom = x.taxableWhenPaid - exempt;
    otherPart = x.plan === 'ira' || x.paidAs !== 'distribution' ? withheldFrom : Math.min(withheldFrom, clampZero(x.notRolloverEligible - exempt));
    eligiblePart = withheldFrom - otherPart;
  }
  const floorUses: FigureUse[] = [];
  const floor = eligiblePart > 0 ? underRolloverWithholdingFloor(x.year, x.rolloverEligibleThisYear ?? eligiblePart, floorUses) : { under: false, floor: 0 };
  // Under the floor nothing is required; a rate the participant asked for on Form W-4R is still honoured.
  const erdRate = floor.under ? (x.electedRate ?? 0) : Math.max(mandatoryPct, x.electedRate ?? 0);
  const otherRate = x.electedRate ?? defaultPct;
  const notEstimated = x.periodic && x.electedRate === undefined;
  const eligibleWithheld = notEstimated ? 0 : percentOf(eligiblePart, erdRate);
  const amount = notEstimated ? 0 : eligibleWithheld + percentOf(otherPart, otherRate);
  if (x.paidAs === 'deemed-loan') {
    explain?.add('reg-1-72p-1-deemed-distribution-withholding', 'A defaulted loan is a deemed distribution: no cash is paid out, so there is no withholding and the whole tax is due with your return.', ['reg-1-72p-1']);
  } else if (paysCash && x.taxableWhenPaid > 0) {
    explain?.add(
      'irc-3405-withholding',
      notEstimated
        ? 'Periodic payments are withheld like wages under your Form W-4P; enter a rate to include it.'
        : eligiblePart + otherPart === 0
          ? `Nothing is withheld: the ${usd(exempt)} of ESOP dividends is not subject to withholding.`
          : [
            eligiblePart > 0 && floor.under ? underFloorText(x.rolloverEligibleThisYear ?? eligiblePart, floor.floor, mandatoryPct, defaultPct, eligiblePart, erdRate) : '',
            eligiblePart > 0 && !floor.under ? `${erdRate}% of ${usd(eligiblePart)} (an eligible rollover distribution paid to you: the ${mandatoryPct}% is mandatory and cannot be lowered)` : '',
            otherPart > 0 ? `${otherRate}% of ${usd(otherPart)} (${x.plan === 'ira' ? `an IRA distribution, never subject to the mandatory ${mandatoryPct}%` : x.paidAs === 'hardship' ? 'a hardship distribution' : 'not an eligible rollover distribution'}: ${x.electedRate === undefined ? `the ${defaultPct}% default, which you may change on Form W-4R, down to 0%` : 'the rate you elected'})` : '',
          ].filter(Boolean).join(' + ') + ` = ${usd(amount)} withheld${exempt > 0 ? `; nothing from the ${usd(exempt)} of ESOP dividends, which are not subject to withholding` : ''}. Withholding is a prepayment, not the tax itself.`,
      [eligiblePart > 0 ? 'irc-3405-c' : '', floor.under ? 'reg-31-3405c-1' : '', otherPart > 0 ? 'irc-3405-b' : '', exempt > 0 ? 'irc-3405' : '', 'irc-402-c-4'].filter(Boolean),
      floorUses,
    );
  }
  return { paysCash, eligiblePart, otherPart, amount, eligibleWithheld, underFloor: floor.under, periodic: x.periodic };
}

/** The sentence for an eligible rollover part under the floor (Treas. Reg. §31.3405(c)-1, Q&A-14). */
export function underFloorText(yearTotal: Cents, floor: Cents, mandatoryPct: number, defaultPct: number, eligiblePart: Cents, electedRate: number): string {
  return `${electedRate}% of ${usd(eligiblePart)} (an eligible rollover distribution, but this plan’s eligible rollover distributions to you this year total ${usd(yearTotal)}, less than ${usd(floor)}, so the mandatory ${mandatoryPct}% is not required and, being an eligible rollover distribution, it gets no ${defaultPct}% default either; ${electedRate > 0 ? 'the rate you asked for' : 'you may ask the plan to withhold'}. The plan must count every eligible rollover distribution it pays you in the year, and may count those of the employer’s other plans; if the year’s total reaches ${usd(floor)}, it works out the withholding on later payments from the year’s total)`;
}
