/**
 * The covered tax years and every figure in force in each: the year's own figures over the cross-year rules. This
 * module holds no source registry and no exception catalog, so a check that reads figures loads only figures.
 * A year absent here is not covered; the engine reports it as such and never extrapolates.
 */
import { inForceDuring } from './dated.ts';
import { ruleFigures } from './rule-figures.ts';
import type { Figure, TaxYearData } from './schema.ts';
import { taxYear2024 } from './years/2024.ts';
import { taxYear2025 } from './years/2025.ts';
import { taxYear2026 } from './years/2026.ts';

export const taxYears: Readonly<Record<number, TaxYearData>> = {
  2024: taxYear2024,
  2025: taxYear2025,
  2026: taxYear2026,
};

/** Tax years the site covers, ascending. */
const COVERED_YEARS = Object.keys(taxYears).map(Number).sort((a, b) => a - b);
export function coveredYears(): number[] {
  return COVERED_YEARS.slice();
}

/**
 * Every figure in force in a covered year, resolved on first use: the year's own figures over the cross-year rules in
 * effect by December 31. The data is immutable and checks read dozens of figures per evaluation.
 */
const figuresInForce = new Map<number, Map<string, Figure>>();
function inForce(year: number): Map<string, Figure> | undefined {
  if (!Object.hasOwn(taxYears, year)) return undefined;
  let m = figuresInForce.get(year);
  if (!m) {
    m = new Map(
      [...Object.keys(ruleFigures), ...Object.keys(taxYears[year]!.figures)]
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

function findFigure(id: string, year: number): Figure | undefined {
  const y = taxYears[year];
  if (!y) return undefined;
  const own = (y.figures as Record<string, Figure | undefined>)[id];
  if (own) return own;
  const rule = (ruleFigures as Record<string, Figure>)[id];
  if (!rule) return undefined;
  // A cross-year rule not in force on any day of the year (it starts later or has ended) is not in effect that year.
  if (!inForceDuring(rule, year)) return undefined;
  return rule;
}
