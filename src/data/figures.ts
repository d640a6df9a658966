/**
 * The covered tax years and every figure in force in each, from every table: the cross-year rules and each year's
 * figures and rate schedules. A year absent here is not covered; the engine reports it as such and never extrapolates.
 * (In the browser a check's entry provides only the figures it reads instead: see figure-registry.ts.)
 */
import { provideFigures } from './figure-registry.ts';
import { ruleFigures } from './rule-figures.ts';
import { taxYear2024 } from './years/2024.ts';
import { taxYear2025 } from './years/2025.ts';
import { taxYear2026 } from './years/2026.ts';

provideFigures({ rules: ruleFigures, years: [taxYear2024, taxYear2025, taxYear2026] });

export { coveredYears, lookupFigure, ruleFigure, taxYears } from './figure-registry.ts';
