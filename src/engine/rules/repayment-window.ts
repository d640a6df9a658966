/**
 * Repayment windows of the repayable early distributions: by which day this distribution can be paid back, and what
 * paying it back does. Birth or adoption: "at any time during the 3-year period beginning on the day after the date on
 * which such distribution was received" (IRC §72(t)(2)(H)(v)(I)). The emergency personal expense (§72(t)(2)(I)),
 * domestic abuse (§72(t)(2)(K); Notice 2024-55), terminal illness (§72(t)(2)(L)) and qualified disaster recovery
 * (§72(t)(11)) clauses give the same three years from the day after receipt. A reservist may repay to an IRA during the
 * two years after the active-duty period ends (§72(t)(2)(G)). A long-term care distribution cannot be repaid.
 */
import { rules } from '../../data/index.ts';
import { addDays, addMonths, longDate } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';

/** The exceptions whose catalog entry carries a repayment window, in catalog order. */
export type RepayableId = 'reservist' | 'birth-adoption' | 'emergency' | 'domestic-abuse' | 'terminal-illness' | 'disaster';

export type RepaymentWindow = {
  exception: RepayableId;
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

/** Whether the catalog marks an exception as repayable. */
export function isRepayable(id: string): id is RepayableId {
  return rules.exceptions.some((e) => e.id === id && e.repayment !== null);
}

/**
 * The window for one accepted, repayable exception on this distribution. `receivedOn` is the distribution date;
 * `activeDutyEnd` is the end of a reservist's active-duty period, if known.
 */
export function repaymentWindow(id: RepayableId, receivedOn: string, year: number, activeDutyEnd?: string): RepaymentWindow {
  const entry = rules.exceptions.find((e) => e.id === id)!;
  const figureId = entry.repayment!.figure;
  const years = figureValue(figureId, year);
  const sources = [...new Set([...entry.sources, ...rules.figures[figureId as keyof typeof rules.figures].sources])];

  if (id === 'reservist') {
    const effect = 'A reservist repayment goes to an IRA on top of the yearly IRA contribution limit; it is not deductible, so it does not undo the tax on the distribution — it becomes after-tax basis in the IRA.';
    if (!activeDutyEnd)
      return { exception: id, from: null, by: null, to: 'ira', effect, sources: [...sources, 'pub-590-a'],
        text: `You may repay to an IRA during the ${years} years after your active-duty period ends; enter the day it ends (or is expected to) for the date. ${effect}` };
    const w = lastDayOfYearsAfter(activeDutyEnd, years);
    return { exception: id, ...w, to: 'ira', effect, sources: [...sources, 'pub-590-a'],
      text: `You may repay this distribution to an IRA until ${longDate(w.by)}, ${years} years after your active duty ends on ${longDate(activeDutyEnd)}. ${effect}` };
  }

  const w = lastDayOfYearsAfter(receivedOn, years);
  const effect = id === 'disaster'
    ? 'A repayment is treated as a rollover: report it on Form 8915-F, which takes it off the income still to be spread; for income of a year you have already filed, amend that year’s return.'
    : 'A repayment is treated as a direct rollover made within 60 days, so the part repaid is not income: file an amended return (Form 1040-X) for the year of the distribution to get back the income tax you paid on it.';
  const extra = id === 'emergency' ? ' Repaying it in full also lets you take another emergency distribution within the next three calendar years.' : '';
  return {
    exception: id, ...w, to: 'eligible-plan-or-ira', effect, sources: id === 'disaster' ? [...sources] : [...sources, 'i1040x'],
    text: `You may repay all or part of this distribution, to a plan or IRA that accepts rollovers, from ${longDate(w.from)} through ${longDate(w.by)} (${years} years beginning the day after you received it). ${effect}${extra}`,
  };
}
