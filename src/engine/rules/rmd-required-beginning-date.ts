/**
 * The required beginning date: April 1 of the calendar year after the applicable-age year, or, for a participant who
 * is not a 5-percent owner and whose plan offers the delay, after the later of that year and the year of retirement
 * from the employer maintaining the plan (IRC §401(a)(9)(C)(i)–(ii); Treas. Reg. §1.401(a)(9)-2). IRAs have no
 * such delay; a 5-percent owner (§416(i)(1)(B)) for the plan year ending in the calendar year of the applicable age
 * (§401(a)(9)(C)(ii)(I)) starts at that age even while working.
 */
import { figureValue } from '../core/explain.ts';
import type { ApplicableAge } from './rmd-applicable-age.ts';

export type EmploymentFacts = {
  stillWorking: boolean;
  retirementYear: number | undefined;
  fivePercentOwner: boolean;
  planOffersDelay: boolean;
};

export type RequiredBeginning = {
  /** The first distribution calendar year, or null while the still-working delay lasts (it is the retirement year). */
  firstYear: number | null;
  /** April 1 of the year after `firstYear`; null while it is not yet known. */
  date: string | null;
  delayed: boolean;
  reason: string;
};

export function requiredBeginningDate(age: ApplicableAge, e: EmploymentFacts, year: number): RequiredBeginning {
  const month = figureValue('rmd-required-beginning-month', year);
  const day = figureValue('rmd-required-beginning-day', year);
  const april1 = (y: number) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const share = figureValue('rmd-five-percent-owner-share', year);
  const canDelay = !e.fivePercentOwner && e.planOffersDelay;
  const why = e.fivePercentOwner
    ? ` As an owner of more than ${share}% of the employer in the plan year ending in ${age.year}, the year you reached ${age.label}, you cannot delay while still working, even if you own less later.`
    : !e.planOffersDelay && (e.stillWorking || (e.retirementYear ?? 0) > age.year)
      ? ' Your plan does not offer the still-working delay, so working on does not postpone them.'
      : '';
  if (canDelay && e.stillWorking)
    return { firstYear: null, date: null, delayed: true, reason: `You still work for the employer that maintains the plan and are not a ${share}% owner: this plan’s required minimum distributions start with the year you retire, due by April 1 of the year after it.` };
  if (canDelay && e.retirementYear !== undefined && e.retirementYear > age.year)
    return { firstYear: e.retirementYear, date: april1(e.retirementYear + 1), delayed: true, reason: `You retired from the plan’s employer in ${e.retirementYear}, after the year you reached ${age.label} (${age.year}): the first distribution year is ${e.retirementYear} and the required beginning date April 1, ${e.retirementYear + 1}.` };
  return { firstYear: age.year, date: april1(age.year + 1), delayed: false, reason: `The first distribution year is ${age.year}, the year you reach ${age.label}; the required beginning date is April 1, ${age.year + 1}.${why}` };
}
