/**
 * Estimated tax (IRC §6654): when withholding does not cover the tax a distribution adds, the rest is due with the
 * return, and the underpayment penalty applies unless withholding and timely estimated payments cover the required
 * annual payment: the lesser of a share of this year's tax and of last year's, a larger share of last year's above an
 * AGI threshold, a lower threshold for a married person filing separately this year (§6654(d)(1)(B), (C)). There is no
 * penalty when the year's tax less withholding is below a floor (§6654(e)(1)), and withholding counts as paid in equal
 * parts on the installment dates unless the taxpayer shows otherwise (§6654(g)), so more withheld late in the year
 * covers the earlier installments while an estimated payment counts from the day it is made. The shares and the
 * thresholds are figures in the data.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import type { FilingStatus } from '../../data/statuses.ts';
import { toCents, usd, type Cents } from '../core/money.ts';

/** Whether estimated tax may be needed, with the step that says how to avoid the penalty. */
export function estimatedTaxNote(year: number, filingStatus: FilingStatus, federalCost: Cents, withheld: Cents, explain: Explanation): boolean {
  if (!(federalCost > 0 && withheld < federalCost)) return false;
  const uses: FigureUse[] = [];
  const cur = figureValue('estimated-tax-current-year-share', year, uses);
  const prior = figureValue('estimated-tax-prior-year-share', year, uses);
  const high = figureValue('estimated-tax-high-income-prior-year-share', year, uses);
  const separate = filingStatus === 'married-filing-separately';
  const highAgi = toCents(figureValue(separate ? 'estimated-tax-high-income-agi-separate' : 'estimated-tax-high-income-agi', year, uses));
  const floor = toCents(figureValue('estimated-tax-penalty-floor', year, uses));
  explain.add(
    'irc-6654-estimated-tax',
    `${withheld === 0 ? 'Nothing is withheld, so' : `Withholding covers only ${usd(withheld)}, so`} ${usd(federalCost - withheld)} of tax is due with your ${year} return. To avoid the underpayment penalty, pay estimated tax for the quarter of the payment, or have more withheld from pay: the penalty does not apply if withholding and timely estimates cover ${cur}% of this year’s tax or ${prior}% of last year’s (${high}% if last year’s AGI was over ${usd(highAgi)}${separate ? ', the figure for a married person filing separately' : ''}), or if your whole year’s tax less withholding is under ${usd(floor)}. Withholding counts as paid evenly through the year whenever it is withheld (unless you show the actual dates), so more withheld late in the year also covers the earlier quarters; an estimated payment counts from the day you make it.`,
    ['irc-6654', 'irc-6654-g'],
    uses,
  );
  return true;
}
