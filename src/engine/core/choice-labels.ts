/**
 * Readers' names for the filing statuses and the kinds of 401(k) money, shared by several checks' request fields.
 * Apart from fields.ts so that a check needing only a name loads none of the shared field definitions.
 */
import type { FILING_STATUSES } from '../../data/statuses.ts';

export const FILING_STATUS_LABELS: Record<(typeof FILING_STATUSES)[number], string> = {
  single: 'Single',
  'married-filing-jointly': 'Married filing jointly',
  'married-filing-separately': 'Married filing separately',
  'head-of-household': 'Head of household',
  'qualifying-surviving-spouse': 'Qualifying surviving spouse',
};

export const ACCOUNT_TYPE_LABELS = { traditional: 'Traditional (pre-tax)', roth: 'Roth 401(k)' } as const;

/**
 * An exception's status after its name, in the reader's words: "Death: applies.", "First-time home purchase: IRA
 * only, not a 401(k)." The islands, which may not import the engine's modules, say it the same way
 * (src/islands/shared/labels.ts).
 */
export const EXCEPTION_VERDICT = {
  applies: 'applies',
  'does-not-apply': 'does not apply',
  'ira-only': 'IRA only, not a 401(k)',
  'plan-only': 'plans only, not an IRA',
  'needs-plan-support': 'only if your plan offers it',
} as const;
