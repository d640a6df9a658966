/**
 * The data schema: what a tax year's figures, the cross-year rules and the exception catalog must look like.
 * Types are derived from these zod schemas; data modules import only the types (`import type`), so zod never reaches
 * the browser. `tests/data/schema.test.ts` parses every module with the strict schemas below.
 */
import { z } from 'zod';

import { SCHEDULE_STATUSES, type ScheduleStatus } from './statuses.ts';

export { FILING_STATUSES, SCHEDULE_STATUSES, type FilingStatus, type ScheduleStatus } from './statuses.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');
const sourceIds = z.array(z.string().min(1)).min(1, 'every figure names at least one source');

export const sourceSchema = z
  .object({
    /** Title with a pinpoint section, as a reader would cite it. */
    title: z.string().min(5),
    /** Official URL of the primary document. */
    url: z.url().refine((u) => u.startsWith('https://'), 'an https URL'),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const UNITS = ['usd', 'percent', 'years', 'months', 'days', 'weeks', 'count', 'year', 'date'] as const;
export const figureSchema = z
  .object({
    /** The amount in its unit: whole dollars for `usd`, percentage points for `percent`, a calendar year for `year`. */
    value: z.union([z.number().finite().nonnegative(), isoDate]),
    unit: z.enum(UNITS),
    /** Source ids from the registry; at least one. */
    sources: sourceIds,
    /** Short label shown beside the figure in tables. */
    label: z.string().min(3),
    /** Optional qualification shown with the figure (e.g. "not indexed"). */
    note: z.string().optional(),
    /** First date the figure applies to distributions or contributions, if later than the start of its year. */
    effectiveFrom: isoDate.optional(),
    /** Last date it applies, where the rule ends (read with `src/data/dated.ts`). */
    until: isoDate.optional(),
  })
  .strict();
export type Figure = z.infer<typeof figureSchema>;

export const bracketRowSchema = z
  .object({
    /** "Over" column of the IRS schedule, whole dollars. */
    over: z.number().int().nonnegative(),
    /** "But not over" column; null for the top bracket. */
    butNotOver: z.number().int().positive().nullable(),
    /** Marginal rate in percent. */
    ratePercent: z.number().positive().max(100),
  })
  .strict();
export type BracketRow = z.infer<typeof bracketRowSchema>;

export const scheduleSchema = z
  .object({
    sources: sourceIds,
    rows: z.array(bracketRowSchema).min(2),
  })
  .strict()
  .superRefine((s, ctx) => {
    s.rows.forEach((row, i) => {
      if (i === 0 && row.over !== 0) ctx.addIssue({ code: 'custom', message: 'the first bracket starts at 0', path: ['rows', i] });
      const prev = s.rows[i - 1];
      if (prev && prev.butNotOver !== row.over)
        ctx.addIssue({ code: 'custom', message: 'brackets must be contiguous', path: ['rows', i, 'over'] });
      if (prev && prev.ratePercent >= row.ratePercent)
        ctx.addIssue({ code: 'custom', message: 'rates must ascend', path: ['rows', i, 'ratePercent'] });
      if (row.butNotOver !== null && row.butNotOver <= row.over)
        ctx.addIssue({ code: 'custom', message: 'each bracket must be non-empty', path: ['rows', i] });
      const last = i === s.rows.length - 1;
      if (last !== (row.butNotOver === null))
        ctx.addIssue({ code: 'custom', message: 'only the top bracket is open-ended', path: ['rows', i, 'butNotOver'] });
    });
  });
export type Schedule = z.infer<typeof scheduleSchema>;

/** Figure ids every tax year must define. */
export const REQUIRED_YEAR_FIGURES = [
  'elective-deferral-limit',
  'catch-up-50',
  'annual-additions-limit',
  'compensation-limit',
  'roth-catch-up-wage-threshold',
  'ira-contribution-limit',
  'ira-catch-up-50',
  'standard-deduction-single',
  'standard-deduction-married-filing-jointly',
  'standard-deduction-married-filing-separately',
  'standard-deduction-head-of-household',
  'additional-standard-deduction-unmarried',
  'additional-standard-deduction-married',
  'domestic-abuse-cap',
] as const;
/** Figure ids that exist only in some years (a law that starts later); absent means "not in effect that year". */
export const OPTIONAL_YEAR_FIGURES = [
  'catch-up-60-63',
  'senior-deduction-amount',
  'senior-deduction-phase-out-rate',
  'senior-deduction-threshold-joint',
  'senior-deduction-threshold-other',
  'long-term-care-cap',
  // Saver's Credit (§25B(b)): the AGI up to which each credit rate applies, by filing status, from the year's notice.
  // A band the site has not verified against the notice is absent, and shown as not verified.
  'savers-credit-50-joint',
  'savers-credit-20-joint',
  'savers-credit-10-joint',
  'savers-credit-50-head-of-household',
  'savers-credit-20-head-of-household',
  'savers-credit-10-head-of-household',
  'savers-credit-50-other',
  'savers-credit-20-other',
  'savers-credit-10-other',
  // §457(e)(15): the governmental and tax-exempt 457(b) deferral limit, separate from the §402(g) limit.
  'deferral-limit-457b',
] as const;
export type YearFigureId = (typeof REQUIRED_YEAR_FIGURES)[number] | (typeof OPTIONAL_YEAR_FIGURES)[number];

export const taxYearSchema = z
  .object({
    year: z.number().int().min(2024).max(2100),
    /** The date the site last checked this year's figures against their sources. */
    rulesAsOf: isoDate,
    figures: z
      .object({
        ...Object.fromEntries(REQUIRED_YEAR_FIGURES.map((id) => [id, figureSchema])),
        ...Object.fromEntries(OPTIONAL_YEAR_FIGURES.map((id) => [id, figureSchema.optional()])),
      })
      .strict(),
    /** Federal rate schedules, one per schedule status, in the IRS's "over / but not over" form. */
    brackets: z.object(Object.fromEntries(SCHEDULE_STATUSES.map((s) => [s, scheduleSchema]))).strict(),
  })
  .strict();

export type TaxYearData = {
  year: number;
  rulesAsOf: string;
  figures: { [K in (typeof REQUIRED_YEAR_FIGURES)[number]]: Figure } & {
    [K in (typeof OPTIONAL_YEAR_FIGURES)[number]]?: Figure;
  };
  brackets: Record<ScheduleStatus, Schedule>;
};

/** One §72(t) exception (IRC §72(t)(2), (10), (11); IRS chart of exceptions to the tax on early distributions). */
export const exceptionSchema = z
  .object({
    /** Short stable key used in requests and URLs. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Stable rule id anchored in the law; never renamed. */
    rule: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(3),
    /** The condition in plain language. */
    condition: z.string().min(10),
    /** Available for a 401(k) (qualified plan) distribution. */
    plan: z.boolean(),
    /** Available for an IRA distribution. */
    ira: z.boolean(),
    /** Figure id (a year's or a cross-year rule's) that caps or measures the exception, or null. */
    capFigure: z.string().nullable(),
    /** First distribution date the exception covers; null when it predates the years the site covers. */
    effectiveFrom: isoDate.nullable(),
    /** Last distribution date it covers, where the law ends it (read with `src/data/dated.ts`). */
    until: isoDate.optional(),
    sources: sourceIds,
    /** A later statute widened the exception for distributions from `from` on; `what` says how. */
    expanded: z.object({ from: isoDate, what: z.string().min(3) }).strict().optional(),
    /** Form 5329 Part I exception number; `confirmed` only where IRS instruction text was read (Instructions for Form 5329, Part I, line 2). */
    form5329: z.object({ number: z.string().regex(/^\d{2}$/), confirmed: z.boolean() }).strict().nullable(),
    /** Repayment window, if the distribution may be repaid. */
    repayment: z.object({ figure: z.string(), note: z.string() }).strict().nullable(),
    /** The exception applies only if the plan offers this kind of distribution. */
    planMustOffer: z.boolean(),
    /** The engine tests it from dates and separation facts without the reader claiming it. */
    autoDetected: z.boolean(),
  })
  .strict();
export type TaxException = z.infer<typeof exceptionSchema>;

/**
 * A parameter whose value is not one number (a list of kinds, say), held by effective date: each value is in force
 * from `from` (null: before every covered year) until the next value's `from`, or through `until` (`src/data/dated.ts`).
 */
export const datedParameterSchema = z
  .object({
    label: z.string().min(3),
    sources: sourceIds,
    values: z
      .array(z.object({ from: isoDate.nullable(), until: isoDate.optional(), value: z.union([z.number(), z.boolean(), z.array(z.string())]) }).strict())
      .min(1)
      .refine((vs) => vs.every((v, i) => i === 0 ? true : v.from !== null && (vs[i - 1]!.from === null || vs[i - 1]!.from! < v.from)), 'values in date order, only the first without a date'),
  })
  .strict();

export const rulesSchema = z
  .object({
    figures: z.record(z.string().regex(/^[a-z0-9-]+$/), figureSchema),
    parameters: z.record(z.string().regex(/^[a-z0-9-]+$/), datedParameterSchema),
    exceptions: z.array(exceptionSchema).min(20),
    hardshipReasons: z
      .array(z.object({ id: z.string(), name: z.string(), text: z.string() }).strict())
      .length(7, 'the regulation lists seven safe-harbor reasons'),
    hardshipSources: sourceIds,
    rothQualified: z
      .object({
        sources: sourceIds,
        periodFigure: z.string(),
        periodStarts: z.string(),
        triggers: z.array(z.string()),
        nonqualified: z.string(),
      })
      .strict(),
  })
  .strict();
/** A dated parameter as a data module writes it (`as const`: read-only lists). */
export type DatedParameterData = {
  readonly label: string;
  readonly sources: readonly string[];
  readonly values: readonly { readonly from: string | null; readonly until?: string; readonly value: number | boolean | readonly string[] }[];
};
export type RulesData = Omit<z.infer<typeof rulesSchema>, 'parameters'> & { parameters: Record<string, DatedParameterData> };
