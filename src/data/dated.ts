/**
 * Dated parameters: a rule that changes on a given day holds its values by effective date, and by end date where the
 * rule ends, the way rules-as-code projects (OpenFisca, PolicyEngine) keep parameters with dated values. A statute
 * says which distributions a rule covers ("distributions made after December 29, 2022", SECURE 2.0 Act §§308, 326,
 * 329, 330; "after December 29, 2025", §334(d)); the data states the first day covered and, where one exists, the
 * last. This module is the one place a date is compared with those effective dates: catalog entries, figures and
 * the multi-valued parameters in `rules.ts` are all asked through it, by the engine and by the tables alike.
 */

/** The days a rule is in force: from `effectiveFrom` (null or absent: before every year the site covers) through
 * `until` (absent: no end). Both ISO dates, both days included. */
export type InForce = { readonly effectiveFrom?: string | null | undefined; readonly until?: string | null | undefined };

/** One value of a dated parameter, in force from `from` (null: before every covered year) until the next value's
 * `from`, or through `until` where the rule ends. */
export type DatedValue<T> = { readonly from: string | null; readonly until?: string; readonly value: T };
/** A parameter's values, oldest first. */
export type Dated<T> = readonly DatedValue<T>[];

/** Whether the rule is in force on `date` (an ISO date). */
export function inForceOn(rule: InForce, date: string): boolean {
  return (!rule.effectiveFrom || date >= rule.effectiveFrom) && (!rule.until || date <= rule.until);
}

/** Whether the rule is in force on at least one day of the calendar year `year`. */
export function inForceDuring(rule: InForce, year: number): boolean {
  return (!rule.effectiveFrom || rule.effectiveFrom <= `${year}-12-31`) && (!rule.until || rule.until >= `${year}-01-01`);
}

/** Whether a rule whose first taxable year is `firstYear` (a figure of unit 'year', e.g. the first year Roth 401(k)
 * money needs no lifetime RMD) applies to the taxable year `year`. */
export function inForceFromYear(firstYear: number, year: number): boolean {
  return inForceDuring({ effectiveFrom: `${firstYear}-01-01` }, year);
}

/** The parameter's value on `date`, or undefined when none is in force that day (before the first value, or after
 * the last one's `until`). */
export function valueOn<V extends DatedValue<unknown>>(values: readonly V[], date: string): V['value'] | undefined {
  let found: V | undefined;
  for (const v of values) if (v.from === null || v.from <= date) found = v;
  return found && inForceOn({ effectiveFrom: found.from, until: found.until }, date) ? found.value : undefined;
}

/** The first day the parameter takes a value other than its first one: the day a rule was widened. */
export function changesOn(values: Dated<unknown>): string | undefined {
  return values.find((v, i) => i > 0 && v.from !== null)?.from ?? undefined;
}
