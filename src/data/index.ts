/**
 * The data module's one entry: the covered tax years, the cross-year rules and the source registry.
 * A year absent here is not covered; the engine reports it as such and never extrapolates.
 */
import { rules } from './rules.ts';
import { sources, type SourceId } from './sources.ts';
import type { Figure, TaxYearData } from './schema.ts';
import { taxYear2024 } from './years/2024.ts';
import { taxYear2025 } from './years/2025.ts';
import { taxYear2026 } from './years/2026.ts';

export { rules, sources };
export type { SourceId };
export type { Figure, TaxYearData, TaxException, BracketRow } from './schema.ts';
export { FILING_STATUSES, SCHEDULE_STATUSES, type FilingStatus, type ScheduleStatus } from './statuses.ts';

export const taxYears: Readonly<Record<number, TaxYearData>> = {
  2024: taxYear2024,
  2025: taxYear2025,
  2026: taxYear2026,
};

/** The §72(t) exceptions' ids, in the catalog's order. */
export type ExceptionId = (typeof rules.exceptions)[number]['id'];
export const EXCEPTION_IDS: readonly ExceptionId[] = rules.exceptions.map((e) => e.id);

export type RuleFigureId = keyof typeof rules.figures;
export type FigureId = RuleFigureId | keyof TaxYearData['figures'];

/** Tax years the site covers, ascending. */
const COVERED_YEARS = Object.keys(taxYears).map(Number).sort((a, b) => a - b);
export function coveredYears(): number[] {
  return COVERED_YEARS.slice();
}

/** A citation as shown to readers: the registry entry with its id. */
export type Citation = { id: string; title: string; url: string };
export function cite(ids: readonly string[]): Citation[] {
  return ids.map(citation);
}
/** One frozen citation per id, built once: every explanation step cites, so this sits on the engine's hot path. */
const citations = new Map<string, Citation>();
function citation(id: string): Citation {
  let c = citations.get(id);
  if (!c) {
    const s = (sources as Record<string, { title: string; url: string }>)[id];
    c = Object.freeze(s ? { id, title: s.title, url: s.url } : { id, title: `unknown source ${id}`, url: '' });
    citations.set(id, c);
  }
  return c;
}

/**
 * Every figure in force in each covered year, resolved once: the year's own figures over the cross-year rules in
 * effect by December 31. The data is immutable and checks read dozens of figures per evaluation.
 */
const figuresInForce = new Map<number, Map<string, Figure>>(
  COVERED_YEARS.map((year) => [
    year,
    new Map(
      [...Object.keys(rules.figures), ...Object.keys(taxYears[year]!.figures)]
        .map((id) => [id, findFigure(id, year)] as const)
        .filter((e): e is readonly [string, Figure] => e[1] !== undefined),
    ),
  ]),
);

/**
 * Looks a figure up by id for a year: the year's own figures first, then the cross-year rules.
 * Returns undefined when the year is not covered or the figure does not exist in that year.
 */
export function lookupFigure(id: string, year: number): Figure | undefined {
  return figuresInForce.get(year)?.get(id);
}

function findFigure(id: string, year: number): Figure | undefined {
  const y = taxYears[year];
  if (!y) return undefined;
  const own = (y.figures as Record<string, Figure | undefined>)[id];
  if (own) return own;
  const rule = (rules.figures as Record<string, Figure>)[id];
  if (!rule) return undefined;
  // A cross-year rule that starts after the year's end is not in effect that year.
  if (rule.effectiveFrom && rule.effectiveFrom > `${year}-12-31`) return undefined;
  return rule;
}
