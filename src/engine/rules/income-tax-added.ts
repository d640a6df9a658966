/**
 * The federal income tax a distribution adds (IRC §1(j) rates on taxable income under §63): the return with the
 * distribution's includible amount minus the same return without it, never below zero. Both returns tax Social
 * Security benefits under §86, so the benefits a distribution makes taxable are part of what it adds.
 */
import type { Explanation } from '../core/explain.ts';
import { clampZero, usd, type Cents } from '../core/money.ts';
import { distributionEffects, type DistributionEffects } from '../tax/distribution-effects.ts';
import { federalIncomeTax, type ReturnFacts } from '../tax/federal-income-tax.ts';

export type ReturnWithout = Omit<ReturnFacts, 'agi'> & { otherIncome: Cents };
export type IncomeTaxAdded = { without: Cents; withIt: Cents; added: Cents; marginalRatePercent: number; effects: DistributionEffects };

/** Explains the return with the distribution; `explainIncomeTaxAdded` then states the difference. */
export function incomeTaxAdded(base: ReturnWithout, included: Cents, explain: Explanation | undefined): IncomeTaxAdded {
  const { otherIncome, ...facts } = base;
  const without = federalIncomeTax({ ...facts, agi: otherIncome });
  const withIt = federalIncomeTax({ ...facts, agi: otherIncome + included }, explain);
  // The Social Security benefits the distribution makes taxable and the senior deduction it phases out (IRC §86).
  const effects = distributionEffects(without, withIt, included, explain);
  return { without: without.tax, withIt: withIt.tax, added: clampZero(withIt.tax - without.tax), marginalRatePercent: withIt.marginalRatePercent, effects };
}

export function explainIncomeTaxAdded(t: IncomeTaxAdded, explain: Explanation | undefined): void {
  explain?.add('federal-tax-added', `Federal income tax with the distribution ${usd(t.withIt)} − without it ${usd(t.without)} = ${usd(t.added)} added.`, ['irc-1-j']);
}
