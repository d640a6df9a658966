/** Words for the engine's status and yes/no values, shared by the result views. */
import type { ResultOf } from '../../engine/index.ts';

type ExceptionStatus = ResultOf<'exceptions'>['exceptions'][number]['status'];

/** A status as a heading or a table cell: "Can apply". */
export const EXCEPTION_STATUS: Record<ExceptionStatus, string> = {
  applies: 'Can apply',
  'does-not-apply': 'Does not apply',
  'ira-only': 'IRA only',
  'plan-only': 'Plans only, not an IRA',
  'needs-plan-support': 'Only if your plan offers it',
};

/** A status after an exception's name: "Death: applies." */
export const EXCEPTION_VERDICT: Record<ExceptionStatus, string> = {
  applies: 'applies',
  'does-not-apply': 'does not apply',
  'ira-only': 'IRA only, not a 401(k)',
  'plan-only': 'plans only, not an IRA',
  'needs-plan-support': 'only if your plan offers it',
};

export const yesNo = (b: boolean | null | undefined, unknown = 'Not known'): string => (b === null || b === undefined ? unknown : b ? 'Yes' : 'No');
