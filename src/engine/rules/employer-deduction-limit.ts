/**
 * The employer's deduction limit for profit-sharing and stock bonus plans: 25% of the compensation paid to all the
 * participants together (IRC §404(a)(3)(A)), each person's compensation counted up to the §401(a)(17) limit; elective
 * deferrals do not count against it (§404(n)). It is the employer's limit across the plan, not the participant's own:
 * theirs is the §415(c) annual additions limit.
 */
import { figureValue, type Explanation, type FigureUse } from '../core/explain.ts';
import { toCents, usd, type Cents } from '../core/money.ts';

/** 25% of the participant's compensation up to the compensation limit, rounded down to the cent. */
export function employerDeductionLimit(year: number, compensation: Cents): Cents {
  const capped = Math.min(compensation, toCents(figureValue('compensation-limit', year)));
  return Math.floor((capped * figureValue('employer-deduction-rate', year)) / 100);
}

export function explainEmployerDeductionLimit(year: number, compensation: Cents, explain: Explanation): void {
  const uses: FigureUse[] = [];
  const rate = figureValue('employer-deduction-rate', year, uses);
  const capped = Math.min(compensation, toCents(figureValue('compensation-limit', year)));
  const limit = employerDeductionLimit(year, compensation);
  explain.add(
    'irc-404a3-employer-deduction-limit',
    `Your employer may deduct contributions of up to ${rate}% of the compensation of everyone in the plan together (elective deferrals do not count against it); for your ${usd(capped)} of compensation${capped < compensation ? ' (capped at the compensation limit)' : ''} that is ${usd(limit)}. It is the employer’s limit across all participants, not yours alone; the limit that is yours is the annual additions limit below.`,
    ['irc-404-a-3', 'irc-404-n', 'irc-401-a-17'],
    uses,
  );
}
