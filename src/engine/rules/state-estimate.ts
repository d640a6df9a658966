/**
 * The reader's own state income-tax estimate: the rate they enter times the federal taxable part, shown apart. States
 * differ (some exempt retirement income), so no state rule is applied; IRS Topic 558 notes state tax may also apply.
 */
import type { Explanation } from '../core/explain.ts';
import { percentOf, usd, type Cents } from '../core/money.ts';

export function stateEstimate(ratePercent: number | undefined, taxable: Cents, explain: Explanation | undefined): Cents | null {
  if (ratePercent === undefined) return null;
  const estimate = percentOf(taxable, ratePercent);
  explain?.add('reader-state-estimate', `Your state estimate: the ${ratePercent}% rate you entered × the taxable ${usd(taxable)} = ${usd(estimate)}. States differ (some exempt retirement income); federal rules are not applied to it.`, ['irs-topic-558']);
  return estimate;
}
