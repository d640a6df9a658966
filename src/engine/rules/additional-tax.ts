/**
 * The 10% additional tax on early distributions (IRC §72(t)(1); IRS Topic 558): the rate times the part of the
 * distribution includible in gross income that no §72(t)(2) exception covers.
 */
import { ruleFigure } from '../../data/figures.ts';
import { figureValue, type Explanation } from '../core/explain.ts';
import { percentOf, usd, type Cents } from '../core/money.ts';
import { exceptedTaxablePart } from './excepted-taxable-part.ts';

export type AdditionalTax = { excepted: Cents; subject: Cents; additionalTax: Cents };

/** `paid`: the payment and its taxable part when paid, when capped covers are to be read as dollars of the payment
 * (`rules/excepted-taxable-part.ts`); without it `covered` is already taxable dollars. */
export function additionalTax(taxable: Cents, coversAll: boolean, covered: Cents, year: number, explain: Explanation | undefined, paid?: { taxableWhenPaid: Cents; amount: Cents }): AdditionalTax {
  const coveredTaxable = paid && !coversAll ? exceptedTaxablePart(covered, paid.taxableWhenPaid, paid.amount) : covered;
  const excepted = coversAll ? taxable : Math.min(taxable, coveredTaxable);
  const subject = taxable - excepted;
  const ratePct = figureValue('additional-tax-rate', year);
  const tax = percentOf(subject, ratePct);
  explain?.add(
    'irc-72t-1-additional-tax',
    taxable === 0
      ? `Nothing is taxable, so there is no ${ratePct}% additional tax.`
      : `Additional tax: ${ratePct}% of the taxable part not covered by an exception (${usd(taxable)} − ${usd(excepted)} = ${usd(subject)}) = ${usd(tax)}.` +
        (paid && coveredTaxable !== covered && covered > 0
          ? ` The exceptions cover ${usd(Math.min(covered, paid.amount))} of the ${usd(paid.amount)} paid, and those dollars are taxable in the same share as the whole payment (${usd(paid.taxableWhenPaid)} of ${usd(paid.amount)}): ${usd(coveredTaxable)}.`
          : ''),
    ['irc-72-t-1', 'irs-topic-558'],
    [{ id: 'additional-tax-rate', label: ruleFigure('additional-tax-rate')!.label, value: ratePct, unit: 'percent' }],
  );
  return { excepted, subject, additionalTax: tax };
}
