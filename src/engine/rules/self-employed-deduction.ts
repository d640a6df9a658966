/**
 * What a self-employed person (sole proprietor, partner, single-member LLC owner) may contribute to and deduct for
 * their own 401(k): the Deduction Worksheet for Self-Employed of IRS Publication 560, chapter 5, for one defined
 * contribution plan whose employer contribution rate is the full 25% of compensation (IRC §404(a)(3)).
 *
 * A self-employed person's "compensation" is net earnings from self-employment after the deduction for half of
 * self-employment tax and after the deduction for contributions on their own behalf (§401(c)(2); Pub. 560 ch. 4). The
 * two depend on each other, so the plan rate is reduced: 25% ÷ (1 + 25%) = 20% of net earnings. The contributions are
 * deducted on Schedule 1 (Form 1040), line 16 (§404(a)(8)(C)), not excluded from W-2 wages, which the owner has none of.
 *
 * Steps follow the worksheet's numbering so each can be checked against it by hand.
 */
import { figureValue, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, type Cents } from '../core/money.ts';

export type SelfEmployedWorksheet = {
  /** Step 1: net profit (Schedule C line 31; Schedule K-1 (Form 1065) box 14 code A). */
  netProfit: Cents;
  /** Step 2: the deduction for half of self-employment tax (Schedule 1, line 15). */
  seTaxDeduction: Cents;
  /** Step 3: net earnings from self-employment. */
  netEarnings: Cents;
  /** The plan's rate (step 6) and the reduced rate of step 4, in percent. */
  planRatePercent: number;
  reducedRatePercent: number;
  /** Step 5: step 3 × the reduced rate. */
  rateLimit: Cents;
  /** Step 6: the §401(a)(17) compensation limit × the plan rate. */
  compensationLimitCap: Cents;
  /** Step 8: the §415(c) dollar limit. */
  dollarLimit: Cents;
  /** Step 9: elective deferrals (pre-tax and Roth) within the §402(g) limit. */
  deferrals: Cents;
  /** Step 12: half of (net earnings − deferrals): keeps all contributions within 100% of compensation. */
  halfOfRemainder: Cents;
  /** Step 13: the most the business may contribute as employer (nonelective or profit-sharing). */
  maxEmployerContribution: Cents;
  /** Step 15: deferrals allowed (no more than compensation left after step 13). */
  deferralsAllowed: Cents;
  /** Step 17: catch-ups allowed. */
  catchUpAllowed: Cents;
  /** Step 18: the most that can go in: steps 13 + 15 + 17. */
  maxContribution: Cents;
  /** Step 19: the Roth part of steps 15 and 17, which is not deductible. */
  rothPart: Cents;
  /** Step 20: the maximum deductible contribution. */
  maxDeductible: Cents;
};

/**
 * `deferrals` are this plan's elective deferrals within the §402(g) limit, `catchUps` the catch-up contributions
 * made on top, `roth` the designated Roth part of both.
 */
export function selfEmployedWorksheet(year: number, netProfit: Cents, seTaxDeduction: Cents, deferrals: Cents, catchUps: Cents, roth: Cents, uses?: FigureUse[]): SelfEmployedWorksheet {
  const netEarnings = clampZero(netProfit - seTaxDeduction);
  const planRatePercent = figureValue('employer-deduction-rate', year, uses);
  // Rate table for self-employed: plan rate ÷ (1 + plan rate); 25% → 0.200000. Kept as a fraction, rounded once.
  const rateLimit = Math.floor((netEarnings * planRatePercent) / (100 + planRatePercent));
  const reducedRatePercent = Math.round((planRatePercent / (100 + planRatePercent)) * 1e6) / 1e4;
  const compensationLimitCap = Math.floor((toCents(figureValue('compensation-limit', year, uses)) * planRatePercent) / 100);
  const step7 = Math.min(rateLimit, compensationLimitCap);
  const dollarLimit = toCents(figureValue('annual-additions-limit', year, uses));
  const step10 = clampZero(dollarLimit - deferrals);
  const step11 = clampZero(netEarnings - deferrals);
  const halfOfRemainder = Math.floor(step11 / 2);
  const maxEmployerContribution = Math.min(step7, step10, halfOfRemainder);
  const step14 = clampZero(netEarnings - maxEmployerContribution);
  const deferralsAllowed = Math.min(deferrals, step14);
  const step16 = clampZero(step14 - deferralsAllowed);
  const catchUpAllowed = Math.min(step16, catchUps);
  const maxContribution = maxEmployerContribution + deferralsAllowed + catchUpAllowed;
  const rothPart = Math.min(roth, deferralsAllowed + catchUpAllowed);
  return {
    netProfit, seTaxDeduction, netEarnings, planRatePercent, reducedRatePercent, rateLimit, compensationLimitCap, dollarLimit, deferrals,
    halfOfRemainder, maxEmployerContribution, deferralsAllowed, catchUpAllowed, maxContribution, rothPart, maxDeductible: maxContribution - rothPart,
  };
}
