/**
 * The excise tax on a required minimum distribution not taken: 25% of the shortfall, or 10% if it is distributed and a
 * return reporting the tax is filed within the correction window, which ends at the earliest of a notice of
 * deficiency, an assessment, or the last day of the second taxable year after the year of the shortfall
 * (IRC §4974(a), (e), as amended by SECURE 2.0 §302). The IRS may waive it for reasonable error when reasonable steps
 * are being taken to remedy the shortfall (§4974(d); Form 5329, Part IX, "RC").
 */
import { yearOf } from '../core/dates.ts';
import { figureValue } from '../core/explain.ts';
import { percentOf, type Cents } from '../core/money.ts';

export type Excise = {
  shortfall: Cents;
  /** The taxable year the shortfall belongs to: the year of the deadline that was missed. */
  taxYear: number;
  fullRatePercent: number;
  correctedRatePercent: number;
  fullTax: Cents;
  correctedTax: Cents;
  /** The last day of the correction window, unless the IRS mails a notice of deficiency or assesses the tax earlier. */
  correctionWindowEnds: string;
  /** When the reader gave a correction date: the rate that then applies. */
  appliedRatePercent: number | null;
  appliedTax: Cents | null;
};

export function rmdExcise(shortfall: Cents, deadline: string, correctedOn: string | undefined, year: number): Excise {
  const full = figureValue('rmd-excise-rate', year);
  const corrected = figureValue('rmd-excise-corrected-rate', year);
  const taxYear = yearOf(deadline);
  const windowEnds = `${taxYear + figureValue('rmd-correction-window-years', year)}-12-31`;
  const applied = correctedOn === undefined ? null : correctedOn <= windowEnds ? corrected : full;
  return {
    shortfall, taxYear, fullRatePercent: full, correctedRatePercent: corrected,
    fullTax: percentOf(shortfall, full), correctedTax: percentOf(shortfall, corrected), correctionWindowEnds: windowEnds,
    appliedRatePercent: applied, appliedTax: applied === null ? null : percentOf(shortfall, applied),
  };
}
