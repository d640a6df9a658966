/**
 * The data module's one entry for pages, the CLI and tests: the covered tax years, the cross-year rules and the
 * source registry. The engine imports the narrower modules (figures.ts, citations.ts, rules.ts, exception-ids.ts,
 * statuses.ts), never this one, so that a check loaded in the browser carries only the data it reads.
 */
import { rules } from './rules.ts';
import { sources, type SourceId } from './sources.ts';
import { citer, type Citation } from './citations.ts';
import type { TaxYearData } from './schema.ts';

export { rules, sources };
export type { SourceId };
export type { Figure, TaxYearData, TaxException, BracketRow } from './schema.ts';
export { FILING_STATUSES, SCHEDULE_STATUSES, type FilingStatus, type ScheduleStatus } from './statuses.ts';
export { taxYears, coveredYears, lookupFigure } from './figures.ts';
export { citer, type Citation } from './citations.ts';

export { EXCEPTION_IDS, type ExceptionId } from './exception-ids.ts';
export { ruleFigures } from './rule-figures.ts';

export type RuleFigureId = keyof typeof rules.figures;
export type FigureId = RuleFigureId | keyof TaxYearData['figures'];

/** Citations from the whole registry, as readers see them. */
export const cite: (ids: readonly string[]) => Citation[] = /* @__PURE__ */ citer(sources);
