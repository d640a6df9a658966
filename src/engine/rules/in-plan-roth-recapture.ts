/**
 * The recapture of an in-plan Roth rollover (IRC §402A(c)(4)(D), applying §408A(d)(3)(F)): a distribution of the
 * converted amount within the five-taxable-year period beginning with the year of the rollover owes the 10% additional
 * tax as if the amount had not been converted, unless the participant is 59½ or another exception applies.
 */
import { longDate } from '../core/dates.ts';
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { toDollars, usd, type Cents } from '../core/money.ts';

export type InPlanRecapture = { periodEndsOn: string; amount: number; endsEarlierAt59Half: string | null };

export function inPlanRothRecapture(year: number, converted: Cents, on59: string, additionalTaxRate: number, explain: Explanation): InPlanRecapture {
  const uses: FigureUse[] = [];
  const years = figureValue('in-plan-roth-rollover-recapture-years', year, uses);
  const endsOn = `${year + years - 1}-12-31`;
  explain.add(
    'irc-402a-c-4-in-plan-recapture',
    `In-plan Roth rollover: if you take out any of the ${usd(converted)} converted on or before ${longDate(endsOn)} (the last day of the ${years} taxable years counted from January 1, ${year}), the ${additionalTaxRate}% additional tax applies to it as if it had not been converted, unless you are 59½ or another exception applies` +
      (on59 <= endsOn ? ` — from ${longDate(on59)} you are 59½ and the recapture no longer applies.` : '.'),
    ['irc-402a-c-4', 'irc-408a-d-3'],
    uses,
  );
  return { periodEndsOn: endsOn, amount: toDollars(converted), endsEarlierAt59Half: on59 <= endsOn ? on59 : null };
}
