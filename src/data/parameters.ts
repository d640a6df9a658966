/**
 * Cross-year rules whose value is not one number, held by effective date (`src/data/dated.ts`): each value is in force
 * from its `from` (null: before every covered year) until the next value's `from`, or through its `until`. Apart from
 * the exception catalog, so the checks that read them load none of the catalog's prose.
 */
import type { DatedParameterData } from './schema.ts';

export const ruleParameters = {
  /**
   * IRC §72(t)(10)(B): who is a qualified public safety employee, by distribution date. State and local police,
   * firefighters and emergency medical services providers, and the federal officers of 5 U.S.C. §8331 and §8401, are
   * long-standing; SECURE 2.0 Act §§308 and 330 add private-sector firefighters and state and local corrections
   * officers for distributions after December 29, 2022.
   */
  'public-safety-roles': {
    label: 'Kinds of qualified public safety employee',
    sources: ['irc-72-t-10', 'secure-2-0-308-329-330'],
    values: [
      { from: null, value: ['state-local-police-fire-ems', 'federal'] },
      { from: '2022-12-30', value: ['state-local-police-fire-ems', 'federal', 'state-local-corrections', 'private-sector-firefighter'] },
    ],
  },
} as const satisfies Record<string, DatedParameterData>;
