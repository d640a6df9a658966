/**
 * Roth 401(k) (designated Roth account) qualified distributions: IRC §402A(d)(2), Treas. Reg. §1.402A-1 Q&A-2, -4, -5.
 * Qualified = after the five-taxable-year period AND on or after 59½, after death, or on account of disability.
 * The period starts on January 1 of the first year of a Roth contribution to the plan, or of an earlier plan whose
 * Roth account came in by direct rollover, whichever is earlier.
 */
import { figureValue } from '../core/explain.ts';

export type FiveYear = { startYear: number; metOn: string; met: boolean; usedRolledInYear: boolean };

export function rothFiveYear(firstYear: number, rolledInFirstYear: number | undefined, distributionDate: string, year: number): FiveYear {
  const usedRolledInYear = rolledInFirstYear !== undefined && rolledInFirstYear < firstYear;
  const startYear = usedRolledInYear ? rolledInFirstYear! : firstYear;
  const metOn = `${startYear + figureValue('roth-five-year-period', year)}-01-01`;
  return { startYear, metOn, met: distributionDate >= metOn, usedRolledInYear };
}
