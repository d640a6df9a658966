/**
 * Estimated tax (IRC §6654): when withholding does not cover the tax a distribution adds, the rest is due with the
 * return, and the underpayment penalty applies unless withholding and timely estimated payments cover the required
 * annual payment: the lesser of a share of this year's tax and of last year's, a larger share of last year's above an
 * AGI threshold (§6654(d)(1)). The shares and the threshold are figures in the data.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { toCents, usd, type Cents } from '../core/money.ts';

/** Whether estimated tax may be needed, with the step that says how to avoid the penalty. */
export function estimatedTaxNote(year: number, federalCost: Cents, withheld: Cents, explain: Explanation): boolean {
  if (!(federalCost > 0 && withheld < federalCost)) return false;
  const uses: FigureUse[] = [];
  const cur = figureValue('estimated-tax-current-year-share', year, uses);
  const prior = figureValue('estimated-tax-prior-year-share', year, uses);
  const high = figureValue('estimated-tax-high-income-prior-year-share', year, uses);
  const highAgi = toCents(figureValue('estimated-tax-high-income-agi', year, uses));
  explain.add(
    'irc-6654-estimated-tax',
    `${withheld === 0 ? 'Nothing is withheld, so' : `Withholding covers only ${usd(withheld)}, so`} ${usd(federalCost - withheld)} of tax is due with your ${year} return. To avoid the underpayment penalty, pay estimated tax for the quarter you move the money, or have more withheld from pay: the penalty does not apply if withholding and timely estimates cover ${cur}% of this year’s tax or ${prior}% of last year’s (${high}% if last year’s AGI was over ${usd(highAgi)}).`,
    ['irc-6654'],
    uses,
  );
  return true;
}
