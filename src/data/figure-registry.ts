/**
 * Figures by tax year, looked up in the tables provided: the year's own figures over the cross-year rules in effect by
 * December 31. `src/data/figures.ts` provides every table (pages, CLI, tests); in the browser each check's entry
 * provides only the figures its rules name (src/lib/check-figures.ts), so a check loads only the data it reads. Tables
 * provided twice (two checks on one page) are merged: each holds what its own check reads.
 * A year absent here is not covered; the engine reports it as such and never extrapolates.
 */
import { inForceDuring } from './dated.ts';
import type { Figure, TaxYearData } from './schema.ts';

/** A year's table: its figures (all, or those a check reads) and, where a check reads them, its rate schedules. */
export type YearTable = Omit<TaxYearData, 'figures' | 'brackets'> & { figures: Readonly<Record<string, Figure | undefined>>; brackets?: TaxYearData['brackets'] };
export type FigureTables = { rules: Readonly<Record<string, Figure>>; years: readonly YearTable[] };

/** The covered years' data as provided. (A check's own tables may leave out the rate schedules it does not read.) */
export const taxYears: Readonly<Record<number, TaxYearData>> = {};
const ruleTable: Record<string, Figure> = {};
let covered: number[] = [];
const figuresInForce = new Map<number, Map<string, Figure>>();

export function provideFigures(tables: FigureTables): void {
  Object.assign(ruleTable, tables.rules);
  const years = taxYears as Record<number, TaxYearData>;
  for (const y of tables.years) {
    const had = years[y.year];
    years[y.year] = { ...y, figures: { ...had?.figures, ...y.figures }, brackets: y.brackets ?? had?.brackets } as TaxYearData;
  }
  covered = Object.keys(years).map(Number).sort((a, b) => a - b);
  figuresInForce.clear();
}

/** Tax years the site covers, ascending. */
export function coveredYears(): number[] {
  return covered.slice();
}

/** Every figure in force in a covered year, resolved on first use (checks read dozens of figures per evaluation). */
function inForce(year: number): Map<string, Figure> | undefined {
  if (!Object.hasOwn(taxYears, year)) return undefined;
  let m = figuresInForce.get(year);
  if (!m) {
    m = new Map(
      [...Object.keys(ruleTable), ...Object.keys(taxYears[year]!.figures)]
        .map((id) => [id, findFigure(id, year)] as const)
        .filter((e): e is readonly [string, Figure] => e[1] !== undefined),
    );
    figuresInForce.set(year, m);
  }
  return m;
}

/**
 * Looks a figure up by id for a year: the year's own figures first, then the cross-year rules.
 * Returns undefined when the year is not covered or the figure does not exist in that year.
 */
export function lookupFigure(id: string, year: number): Figure | undefined {
  return inForce(year)?.get(id);
}

/**
 * A cross-year figure by id, whether or not it is in force in a given year: for a sentence that says when a rule starts
 * ("the higher catch-up starts only in 2025"). Read at run time, from the tables provided, like `lookupFigure`.
 */
export function ruleFigure(id: string): Figure | undefined {
  return Object.hasOwn(ruleTable, id) ? ruleTable[id] : undefined;
}

function findFigure(id: string, year: number): Figure | undefined {
  const y = taxYears[year];
  if (!y) return undefined;
  const own = (y.figures as Record<string, Figure | undefined>)[id];
  if (own) return own;
  const rule = Object.hasOwn(ruleTable, id) ? ruleTable[id] : undefined;
  if (!rule) return undefined;
  // A cross-year rule not in force on any day of the year (it starts later or has ended) is not in effect that year.
  if (!inForceDuring(rule, year)) return undefined;
  return rule;
}
