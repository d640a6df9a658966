/**
 * Repayment windows of the repayable early distributions: by which day this distribution can be paid back, and what
 * paying it back does. Birth or adoption: "at any time during the 3-year period beginning on the day after the date on
 * which such distribution was received" (IRC §72(t)(2)(H)(v)(I)). The emergency personal expense (§72(t)(2)(I)),
 * domestic abuse (§72(t)(2)(K); Notice 2024-55), terminal illness (§72(t)(2)(L)) and qualified disaster recovery
 * (§72(t)(11)) clauses give the same three years from the day after receipt. A reservist may repay to an IRA during the
 * two years after the active-duty period ends (§72(t)(2)(G)). A long-term care distribution cannot be repaid. Each
 * repayable exception's module says which window it has; the catalog entry names the figure of its length.
 */
import { ruleFigure } from '../../data/figures.ts';
import type { ExceptionId } from '../../data/exception-ids.ts';
import type { TaxException } from '../../data/schema.ts';
import { addDays, addMonths, longDate } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { prose } from '../../data/prose.ts';

export type RepaymentWindow = {
  exception: ExceptionId;
  /** First and last day on which a repayment counts (ISO dates); null when a date the window needs is not known. */
  from: string | null;
  by: string | null;
  /** Where the money goes back: the plan or IRA it came from (or another eligible plan or IRA), or an IRA only. */
  to: 'eligible-plan-or-ira' | 'ira';
  /** What a repayment does to the tax, in a sentence. */
  effect: string;
  text: string;
  sources: string[];
};

/** The last day of a period of `years` years that begins on the day after `date`. */
export function lastDayOfYearsAfter(date: string, years: number): { from: string; by: string } {
  const from = addDays(date, 1);
  return { from, by: addDays(addMonths(from, years * 12), -1) };
}

/** The window's length in years (the catalog entry's repayment figure) and the sources of the entry and the figure. */
export function repaymentTerms(entry: TaxException, year: number): { years: number; sources: string[] } {
  const figureId = entry.repayment!.figure;
  const years = figureValue(figureId, year);
  return { years, sources: [...new Set([...entry.sources, ...ruleFigure(figureId)!.sources])] };
}

/** A repayment treated as a direct rollover made within 60 days, to a plan or IRA that accepts rollovers. */
export const ROLLOVER_EFFECT = prose('A repayment is treated as a direct rollover made within {rollover-window-days} days, so the part repaid is not income: file an amended return (Form 1040-X) for the year of the distribution to get back the income tax you paid on it.');

/**
 * The window that begins the day after receipt: `effect` says what a repayment does (ROLLOVER_EFFECT unless the
 * exception has its own), `extra` what else it does; `sources` beyond the entry's own (Form 1040-X's instructions).
 */
export function windowAfterReceipt(entry: TaxException, receivedOn: string, year: number, effect = ROLLOVER_EFFECT, extra = '', moreSources: readonly string[] = ['i1040x']): RepaymentWindow {
  const { years, sources } = repaymentTerms(entry, year);
  const w = lastDayOfYearsAfter(receivedOn, years);
  return {
    exception: entry.id as ExceptionId, ...w, to: 'eligible-plan-or-ira', effect, sources: [...sources, ...moreSources],
    text: `You may repay all or part of this distribution, to a plan or IRA that accepts rollovers, from ${longDate(w.from)} through ${longDate(w.by)} (${years} years beginning the day after you received it). ${effect}${extra}`,
  };
}
