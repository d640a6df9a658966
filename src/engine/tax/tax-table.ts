/**
 * The IRS Tax Table (Instructions for Form 1040, line 16): a return whose taxable income is below the table's limit
 * takes its tax from the table, not from the rate schedule. Each row covers a band of income ("at least … but less
 * than"), and its tax is the rate-schedule tax on the band's midpoint, rounded to the whole dollar (halves up). The
 * first rows are $0–5, $5–15 and $15–25; then $25 rows up to the narrow-row limit ($3,000), and $50 rows up to the
 * table's limit. At or above the limit the Tax Computation Worksheet applies, which is the exact
 * schedule.
 */
import type { FilingStatus } from '../../data/statuses.ts';
import { figureValue, type FigureUse } from '../core/explain.ts';
import { roundToDollar, toCents, type Cents } from '../core/money.ts';
import { scheduleTax } from './federal-income-tax.ts';

/** The table's layout, in dollars: its first rows [at least, but less than), then the widths of the rows after them. */
const FIRST_ROWS: readonly (readonly [number, number])[] = [[0, 5], [5, 15], [15, 25]];
const NARROW_ROW = 25;
const ROW = 50;

export type TaxTableRow = { atLeast: number; lessThan: number; tax: Cents };

/** The Tax Table row for a taxable income in cents, or null at or above the table's limit. */
export function taxTableRow(year: number, status: FilingStatus, taxable: Cents, uses?: FigureUse[]): TaxTableRow | null {
  const limit = figureValue('tax-table-limit', year, uses);
  const dollars = Math.floor(Math.max(0, taxable) / 100);
  if (dollars >= limit) return null;
  const narrowUntil = figureValue('tax-table-narrow-rows-until', year, uses);
  const first = FIRST_ROWS.find(([lo, hi]) => dollars >= lo && dollars < hi);
  let atLeast: number;
  let lessThan: number;
  if (first) [atLeast, lessThan] = first;
  else {
    const width = dollars < narrowUntil ? NARROW_ROW : ROW;
    atLeast = Math.floor(dollars / width) * width;
    lessThan = atLeast + width;
  }
  const midpoint = toCents((atLeast + lessThan) / 2);
  const exact = scheduleTax(year, status, midpoint).tax;
  return { atLeast, lessThan, tax: roundToDollar(exact) };
}
