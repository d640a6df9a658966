/**
 * What a self-employed person (sole proprietor, partner, single-member LLC owner) may contribute to and deduct for
 * their own 401(k): the Deduction Worksheet for Self-Employed of IRS Publication 560, chapter 5, for one defined
 * contribution plan whose employer contribution rate is the full 25% of compensation (IRC §404(a)(3)) unless the plan
 * states a lower rate.
 *
 * A self-employed person's "compensation" is net earnings from self-employment after the deduction for half of
 * self-employment tax and after the deduction for contributions on their own behalf (§401(c)(2); Pub. 560 ch. 4). The
 * two depend on each other, so the plan rate is reduced: 25% ÷ (1 + 25%) = 20% of net earnings. The contributions are
 * deducted on Schedule 1 (Form 1040), line 16 (§404(a)(8)(C)), not excluded from W-2 wages, which the owner has none of.
 *
 * Steps follow the worksheet's numbering so each can be checked against it by hand.
 */
import { longDate } from '../core/dates.ts';
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { clampZero, toCents, usd, type Cents } from '../core/money.ts';
import { returnDueDate } from './return-due-date.ts';

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
export function selfEmployedWorksheet(year: number, netProfit: Cents, seTaxDeduction: Cents, deferrals: Cents, catchUps: Cents, roth: Cents, uses?: FigureUse[], planRate?: number): SelfEmployedWorksheet {
  const netEarnings = clampZero(netProfit - seTaxDeduction);
  // The plan's own contribution rate when it is below the §404(a)(3) maximum of 25% (Pub. 560's examples use 10%).
  const planRatePercent = planRate ?? figureValue('employer-deduction-rate', year, uses);
  // Step 4, the Rate Table for Self-Employed: plan rate ÷ (1 + plan rate) to six decimals (10% → 0.090909,
  // 25% → 0.200000), held as millionths so step 5 is exact integer arithmetic.
  const rateMillionths = Math.round((planRatePercent * 1e6) / (100 + planRatePercent));
  const rateLimit = Math.floor((netEarnings * rateMillionths) / 1e6);
  const reducedRatePercent = rateMillionths / 1e4;
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

/** The worksheet's step, read as the reader would fill it in. */
export function explainSelfEmployedWorksheet(w: SelfEmployedWorksheet, uses: FigureUse[], explain: Explanation): void {
  explain.add(
    'pub-560-self-employed-deduction-worksheet',
    `Pub. 560 deduction worksheet: net profit ${usd(w.netProfit)} − self-employment tax deduction ${usd(w.seTaxDeduction)} = net earnings ${usd(w.netEarnings)} (steps 1–3). ` +
      `The plan’s ${w.planRatePercent}% rate reduced for the self-employed is ${w.reducedRatePercent}%: ${usd(w.netEarnings)} × ${w.reducedRatePercent}% = ${usd(w.rateLimit)} (steps 4–5)` +
      `${w.compensationLimitCap < w.rateLimit ? `, capped at ${w.planRatePercent}% of the compensation limit, ${usd(w.compensationLimitCap)}` : ''}. ` +
      `With ${usd(w.deferrals)} of deferrals, employer contributions are also held to ${usd(w.dollarLimit)} − ${usd(w.deferrals)} = ${usd(clampZero(w.dollarLimit - w.deferrals))} and to half of (${usd(w.netEarnings)} − ${usd(w.deferrals)}) = ${usd(w.halfOfRemainder)}, so the business may contribute up to ${usd(w.maxEmployerContribution)} for you as employer (step 13): ${w.planRatePercent}% of your compensation as Pub. 560 defines it. ` +
      `Deferrals allowed ${usd(w.deferralsAllowed)}${w.catchUpAllowed ? `, catch-ups ${usd(w.catchUpAllowed)}` : ''}; most you can put in ${usd(w.maxContribution)}, of which ${usd(w.maxDeductible)} is deductible${w.rothPart ? ` (Roth ${usd(w.rothPart)} is not)` : ''} (steps 15–20).`,
    ['pub-560', 'irc-401-c', 'irc-404-a-3', 'irc-404-a-8-c', 'irc-415-c'],
    uses,
  );
}

export type SelfEmployedDeduction = { employerAllowed: Cents; deduction: Cents };

/**
 * The Schedule 1 line 16 deduction (§404(a)(8)(C)): pre-tax deferrals and catch-ups and the employer contribution within
 * the worksheet's limit; Roth deferrals are not deducted. Then the deadlines: deferrals are elected by December 31,
 * because the owner's compensation is treated as received on the last day of the year (Treas. Reg. §1.401(k)-1(a)(6)),
 * and employer contributions are deductible for the year when paid by the return's due date with extensions (§404(a)(6)).
 */
export function selfEmployedDeduction(year: number, w: SelfEmployedWorksheet, employer: Cents, rothDeferrals: Cents, explain: Explanation): SelfEmployedDeduction {
  const employerAllowed = Math.min(employer, w.maxEmployerContribution);
  const pretaxDeferrals = clampZero(w.deferralsAllowed + w.catchUpAllowed - w.rothPart);
  const deduction = pretaxDeferrals + employerAllowed;
  explain.add(
    'irc-404a8c-self-employed-deduction',
    `Self-employed, you have no W-2 wages to leave deferrals out of. Your pre-tax deferrals and catch-ups (${usd(pretaxDeferrals)}) and the employer contribution for you (${usd(employerAllowed)}) are deducted on Schedule 1 (Form 1040), line 16: ${usd(deduction)} in all.` +
      (employer > employerAllowed ? ` The ${usd(employer - employerAllowed)} of employer contributions above the limit is not deductible.` : '') +
      (rothDeferrals ? ` Roth deferrals (${usd(Math.min(rothDeferrals, w.rothPart))}) are not deducted.` : '') +
      ' The deduction lowers income tax, not self-employment tax.',
    ['irc-401-c', 'irc-404-a-8-c', 'pub-560', 'i1040-schedule-1-line-16'],
  );
  const electBy = `${year}-12-31`;
  const due = returnDueDate(year, false);
  const extended = returnDueDate(year, true);
  explain.add(
    'reg-1-401k-1-a-6-deferral-election-deadline',
    `Deadlines: elect your deferrals by ${longDate(electBy)}, because a self-employed person’s pay is treated as received on the last day of the year. Employer contributions can be paid in as late as your return’s due date, ${longDate(due)}, or ${longDate(extended)} with an extension, and still count for ${year}.`,
    ['reg-1-401k-1-a-6', 'irc-404-a-6', 'irc-6072-a', 'irc-6081-a', 'irc-7503', 'pub-560'],
  );
  return { employerAllowed, deduction };
}
