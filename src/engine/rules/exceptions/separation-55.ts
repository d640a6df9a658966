/**
 * Separation from service (IRC §72(t)(2)(A)(v); IRS Topic 558): a distribution after separating from the employer
 * that maintains the plan, in or after the calendar year of reaching 55 — 50 for qualified public safety employees
 * (§72(t)(10)). Only that employer's plan qualifies.
 */
import { inForceOn } from '../../../data/dated.ts';
import { lookupFigure } from '../../../data/figures.ts';
import { yearOf } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import { defineException } from './define.ts';
import { all, no, type CommonFacts, type Verdict } from './verdict.ts';

/**
 * The public-safety service rule (IRC §72(t)(10)(B) as amended by SECURE 2.0 Act §329): the years of service that
 * qualify at any age and the first distribution date they do, or null before that date.
 */
export function serviceYearsRule(f: CommonFacts): { years: number; from: string } | null {
  const service = lookupFigure('public-safety-service-years', f.year);
  if (!service || typeof service.value !== 'number' || !inForceOn(service, f.distributionDate)) return null;
  return { years: service.value, from: service.effectiveFrom! };
}

/** Rule of 55 and its public-safety variant: separation in or after the calendar year of reaching `age`. */
const byService = (f: CommonFacts) => {
  const rule = serviceYearsRule(f);
  return rule ? ` (unless you had ${rule.years} years of service)` : '';
};

export function separationRule(f: CommonFacts, age: number, id: 'separation-55' | 'public-safety'): Verdict {
  if (!f.separatedFromPlanEmployer || !f.separationDate)
    return no(`You must have left the employer that maintains this plan in or after the calendar year you turned ${age}; a separation from another employer does not count.`);
  const sepYear = yearOf(f.separationDate);
  const ageThen = sepYear - yearOf(f.birthDate);
  if (f.separationDate > f.distributionDate) return no('The distribution was paid before you left the employer.');
  if (ageThen < age)
    return no(`You left in ${sepYear}, the calendar year you turned ${ageThen}, not ${age}; leaving earlier and waiting until ${age} does not qualify${id === 'separation-55' ? '' : byService(f)}.`);
  return all(`You left the employer in ${sepYear}, the calendar year you turned ${ageThen}${ageThen === age ? '' : ` (${age} or older)`}; distributions from this employer’s plan qualify${id === 'separation-55' ? ' — but not money rolled over to an IRA' : ''}.`);
}

export const separation55 = defineException({
  id: 'separation-55',
  judge: (f) => separationRule(f, figureValue('separation-age', f.year), 'separation-55'),
});
