// Formatting shared by pages. Dates are calendar dates (no time zone), so they are read and
// written in UTC to avoid a reviewed date shifting by a day on the build machine.
import { longDateOf } from '../data/calendar.ts';

/** "November 1, 2026" */
export function formatDate(date: Date): string {
  return longDateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "2026-11-01", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2024, 2025 and 2026" */
export function formatList(items: readonly (string | number)[]): string {
  return items.map((item, i) => `${listSeparator(i, items.length)}${item}`).join('');
}

/** What goes before item `index` of `length` in a formatList-style list: "", ", " or " and ". */
export function listSeparator(index: number, length: number): string {
  if (index === 0) return '';
  return index === length - 1 ? ' and ' : ', ';
}
