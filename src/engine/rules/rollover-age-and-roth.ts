/**
 * The two facts a rollover's tax turns on first: whether the participant has reached 59½ (the 10% additional tax of
 * IRC §72(t) only ever reaches a taxable part kept before it; §72(t)(2)(A)(i), Pub. 590-B), and for a Roth 401(k)
 * whether the distribution is qualified — five taxable years since the first Roth contribution to the plan, and 59½
 * (§402A(d)(2); Treas. Reg. §1.402A-1, Q&A-4). Death and disability are not asked by the rollover check.
 */
import { longDate } from '../core/dates.ts';
import type { Explanation } from '../core/explain.ts';
import { date59Half } from './age-59-half.ts';
import { rothFiveYear } from './roth-qualified-distribution.ts';

export type RolloverAge = { on59: string; reached59: boolean; rothQualified: boolean };

export function rolloverAgeAndRoth(
  f: { year: number; birthDate: string; distributionDate: string; roth: boolean; rothFirstContributionYear: number | undefined },
  explain: Explanation,
): RolloverAge {
  const on59 = date59Half(f.birthDate, f.year);
  const reached59 = f.distributionDate >= on59;
  explain.add(
    'irc-72t-2-a-i-age-59-half',
    `You reach 59½ on ${longDate(on59)}; the distribution on ${longDate(f.distributionDate)} is ${reached59 ? 'on or after' : 'before'} that date.`,
    ['irc-72-t-2-a-i', 'pub-590-b'],
  );
  let rothQualified = false;
  if (f.roth) {
    const five = rothFiveYear(f.rothFirstContributionYear!, undefined, f.distributionDate, f.year);
    rothQualified = five.met && reached59;
    explain.add(
      'irc-402a-d-2-qualified-distribution',
      `Roth 401(k): the five-taxable-year period began January 1, ${five.startYear} and ${five.met ? 'was met' : 'will be met'} on ${longDate(five.metOn)}; ` +
        (rothQualified ? 'with 59½ reached, this is a qualified distribution: nothing in it is taxable.' : `${five.met ? 'but you are under 59½' : 'so'} it is not a qualified distribution (death and disability are not asked here): its earnings are taxable unless rolled over.`),
      ['irc-402a-d-2', 'reg-1-402a-1'],
    );
  }
  return { on59, reached59, rothQualified };
}
