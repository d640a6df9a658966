/**
 * Qualified public safety employees (IRC §72(t)(10)): separation in or after the calendar year of reaching 50 rather
 * than 55, from a governmental plan; SECURE 2.0 Act §§308, 329 and 330 added, for distributions after December 29,
 * 2022, separation after 25 years of service under the plan at any age, state and local corrections officers, and
 * firefighters in private-sector plans.
 */
import { valueOn } from '../../../data/dated.ts';
import { ruleParameters } from '../../../data/parameters.ts';
import { addDays, longDate } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import type { PublicSafetyRole } from '../../core/fields.ts';
import { defineException } from './define.ts';
import { separationRule, serviceYearsRule } from './separation-55.ts';
import { all, no } from './verdict.ts';

/** Who counts, by distribution date (the dated parameter in `src/data/rules.ts`). */
const ROLES = ruleParameters['public-safety-roles'].values;
const WHO: Record<PublicSafetyRole, string> = {
  'state-local-police-fire-ems': 'State and local police officers, firefighters and emergency medical services providers',
  federal: 'Federal law enforcement officers, firefighters, customs and border protection officers and air traffic controllers',
  'state-local-corrections': 'State and local corrections officers',
  'private-sector-firefighter': 'Firefighters in private-sector plans',
};
/** The day before a date: the statute says "distributions after" that day. */
const dayBefore = (date: string) => longDate(addDays(date, -1));

export const publicSafety = defineException({
  id: 'public-safety',
  judge: (f) => {
    if (!f.publicSafetyEmployee) return no('Only for qualified public safety employees.');
    const role = f.publicSafetyRole;
    if (role && !(valueOn(ROLES, f.distributionDate) as readonly string[] | undefined)?.includes(role)) {
      const since = ROLES.find((v) => (v.value as readonly string[]).includes(role))!.from!;
      return no(`${WHO[role]} count as public safety employees only for distributions after ${dayBefore(since)}.`);
    }
    const plan = role === 'private-sector-firefighter' ? 'a private-sector firefighter’s plan' : 'a governmental plan';
    const byAge = separationRule(f, figureValue('public-safety-separation-age', f.year), 'public-safety');
    if (byAge.status === 'applies') return { ...byAge, reason: `${byAge.reason} The distribution must come from ${plan}.` };
    // SECURE 2.0 Act §329: separation after 25 years of service, for distributions after December 29, 2022 only.
    const service = serviceYearsRule(f);
    if (!service) return byAge;
    const years = service.years;
    if (f.separatedFromPlanEmployer && f.separationDate && f.separationDate <= f.distributionDate && (f.yearsOfService ?? 0) >= years)
      return all(`You separated after ${f.yearsOfService} years of service under the plan (${years} or more qualifies, whatever your age, for distributions after ${dayBefore(service.from)}). The distribution must come from ${plan}.`);
    return byAge;
  },
});
