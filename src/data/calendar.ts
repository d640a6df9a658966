/**
 * Calendar words, written once for the whole codebase: the catalog's prose (src/data/prose.ts), the engine's
 * sentences and the islands (src/engine/core/dates.ts `longDate`) and the pages (src/lib/). Dates here are calendar
 * dates, with no time zone to shift them.
 */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** 4 → "April"; undefined for anything but a month number 1–12. */
export function monthName(month: number): string | undefined {
  return Number.isInteger(month) ? MONTH_NAMES[month - 1] : undefined;
}

/** (2025, 12, 30) → "December 30, 2025". */
export function longDateOf(year: number, month: number, day: number): string {
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}
