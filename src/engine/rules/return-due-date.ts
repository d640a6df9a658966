/**
 * The due date of an individual's federal return for a tax year: April 15 of the next year (IRC §6072(a)), or six
 * months later with the automatic extension (§6081(a)); a date on a Saturday or Sunday moves to the next Monday
 * (§7503). Legal holidays in the District of Columbia can move it too; the explanations say so rather than guess.
 */
import { addDays, addMonths, parseIso } from '../core/dates.ts';
import { figureValue, type FigureUse } from '../core/explain.ts';

/** 0 = Sunday … 6 = Saturday, from the proleptic Gregorian calendar. */
function weekday(date: string): number {
  const p = parseIso(date)!;
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

/** Moves a Saturday or Sunday to the next Monday (§7503). */
export function nextBusinessDay(date: string): string {
  const w = weekday(date);
  return w === 6 ? addDays(date, 2) : w === 0 ? addDays(date, 1) : date;
}

export function returnDueDate(taxYear: number, withExtension: boolean, uses?: FigureUse[]): string {
  const month = figureValue('return-due-month', taxYear, uses);
  const day = figureValue('return-due-day', taxYear, uses);
  const plain = `${taxYear + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return nextBusinessDay(withExtension ? addMonths(plain, figureValue('return-extension-months', taxYear, uses)) : plain);
}
