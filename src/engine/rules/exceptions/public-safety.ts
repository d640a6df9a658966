/**
 * Qualified public safety employees (IRC §72(t)(10)): separation in or after the calendar year of reaching 50 rather
 * than 55, from a governmental plan; SECURE 2.0 Act §§308, 329 and 330 added, for distributions after December 29,
 * 2022, separation after 25 years of service under the plan at any age, state and local corrections officers, and
 * firefighters in private-sector plans.
 */
import { rules } from '../../../data/rules.ts';
import { addDays, longDate } from '../../core/dates.ts';
import { figureValue } from '../../core/explain.ts';
import type { PublicSafetyRole } from '../../core/fields.ts';
import { defineException } from './define.ts';
import { separationRule } from './separation-55.ts';
import { all, no } from './verdict.ts';

const ROLES_SINCE_2022: readonly PublicSafetyRole[] = ['state-local-corrections', 'private-sector-firefighter'];

export const publicSafety = defineException({
  id: 'public-safety',
  judge: (f) => {
    if (!f.publicSafetyEmployee) return no('Only for qualified public safety employees.');
    // SECURE 2.0 Act §§308, 329 and 330 apply to distributions after December 29, 2022 only.
    const expandedFrom = String(rules.figures['public-safety-expansion-from'].value);
    const sinceExpansion = f.distributionDate >= expandedFrom;
    if (f.publicSafetyRole && ROLES_SINCE_2022.includes(f.publicSafetyRole) && !sinceExpansion)
      return no(`${f.publicSafetyRole === 'private-sector-firefighter' ? 'Firefighters in private-sector plans' : 'State and local corrections officers'} count as public safety employees only for distributions after ${longDate(addDays(expandedFrom, -1))}.`);
    const plan = f.publicSafetyRole === 'private-sector-firefighter' ? 'a private-sector firefighter’s plan' : 'a governmental plan';
    const byAge = separationRule(f, figureValue('public-safety-separation-age', f.year), 'public-safety');
    if (byAge.status === 'applies') return { ...byAge, reason: `${byAge.reason} The distribution must come from ${plan}.` };
    if (!sinceExpansion) return byAge;
    const years = figureValue('public-safety-service-years', f.year);
    if (f.separatedFromPlanEmployer && f.separationDate && f.separationDate <= f.distributionDate && (f.yearsOfService ?? 0) >= years)
      return all(`You separated after ${f.yearsOfService} years of service under the plan (${years} or more qualifies, whatever your age, for distributions after ${longDate(addDays(expandedFrom, -1))}). The distribution must come from ${plan}.`);
    return byAge;
  },
});
