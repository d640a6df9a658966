/**
 * Filing statuses, apart from the zod schemas in schema.ts so that the engine can import them without pulling zod
 * into the browser bundle (schema.ts runs zod at module load, which no bundler can tree-shake away).
 */
export const FILING_STATUSES = [
  'single',
  'married-filing-jointly',
  'married-filing-separately',
  'head-of-household',
  'qualifying-surviving-spouse',
] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** Statuses with their own rate schedule; a qualifying surviving spouse uses the joint schedule (IRC §1(j)(2)(A)). */
export const SCHEDULE_STATUSES = ['single', 'married-filing-jointly', 'married-filing-separately', 'head-of-household'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];
