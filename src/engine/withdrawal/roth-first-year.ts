/**
 * The first year of a designated Roth account's five-taxable-year period (IRC §402A(d)(2)(B)), checked against what it
 * cannot be. Shared by the withdrawal checks' validation and the rollover check, which reads no exception.
 */
import { optionalFigure } from '../core/explain.ts';
import { yearOf } from '../core/dates.ts';
import type { FieldError } from '../core/request-kit.ts';

/**
 * A first Roth contribution year that cannot be: designated Roth accounts exist for taxable years beginning after
 * December 31, 2005 (IRC §402A, added by EGTRRA §617), and nobody contributes before the year they are born.
 */
export function rothYearContradictions(field: string, firstYear: number, birthDate: string, year: number): FieldError[] {
  const first = optionalFigure('designated-roth-first-year', year); // undefined only for a year not covered
  if (first !== undefined && firstYear < first) return [{ field, message: `Roth 401(k) contributions began in ${first} (IRC §402A applies to taxable years beginning after 2005); enter ${first} or later.` }];
  if (firstYear < yearOf(birthDate)) return [{ field, message: `This year is before your birth year (${yearOf(birthDate)}).` }];
  return [];
}
