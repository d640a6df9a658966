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
