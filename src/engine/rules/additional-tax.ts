/**
 * The 10% additional tax on early distributions (IRC §72(t)(1); IRS Topic 558): the rate times the part of the
 * distribution includible in gross income that no §72(t)(2) exception covers.
 */
import { ruleFigure } from '../../data/figures.ts';
import { figureValue, type Explanation } from '../core/explain.ts';
import { percentOf, usd, type Cents } from '../core/money.ts';

export type AdditionalTax = { excepted: Cents; subject: Cents; additionalTax: Cents };

export function additionalTax(taxable: Cents, coversAll: boolean, covered: Cents, year: number, explain: Explanation | undefined): AdditionalTax {
  const excepted = coversAll ? taxable : Math.min(taxable, covered);
  const subject = taxable - excepted;
  const ratePct = figureValue('additional-tax-rate', year);
  const tax = percentOf(subject, ratePct);
  explain?.add(
    'irc-72t-1-additional-tax',
    taxable === 0
      ? `Nothing is taxable, so there is no ${ratePct}% additional tax.`
      : `Additional tax: ${ratePct}% of the taxable part not covered by an exception (${usd(taxable)} − ${usd(excepted)} = ${usd(subject)}) = ${usd(tax)}.`,
    ['irc-72-t-1', 'irs-topic-558'],
    [{ id: 'additional-tax-rate', label: ruleFigure('additional-tax-rate')!.label, value: ratePct, unit: 'percent' }],
  );
  return { excepted, subject, additionalTax: tax };
}
