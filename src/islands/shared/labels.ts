/** Words for the engine's status and yes/no values, shared by the islands and their browser tests. */
export const EXCEPTION_STATUS: Record<string, string> = {
  applies: 'Can apply',
  'does-not-apply': 'Does not apply',
  'ira-only': 'IRA only',
  'plan-only': 'Plans only, not an IRA',
  'needs-plan-support': 'Only if your plan offers it',
};

export const yesNo = (b: boolean | null | undefined, unknown = 'Not known'): string => (b === null || b === undefined ? unknown : b ? 'Yes' : 'No');
