/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), as the law words ages. No clock: every date comes from the request.
 */
export type IsoDate = string;

export type Ymd = { y: number; m: number; d: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Gregorian month length, by table rather than a Date object (this runs on every date the engine touches). */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** Parses a real calendar date; undefined for anything else (2026-02-30, 26-1-1, ...). */
export function parseIso(s: string): Ymd | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return { y, m: mo, d };
}

export function formatIso({ y, m, d }: Ymd): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function yearOf(s: IsoDate): number {
  return Number(s.slice(0, 4));
}

/**
 * Adds whole calendar years and months; when the target month is shorter, the result is its last day
 * (so the 59th birthday of someone born on February 29 falls on February 28 in a common year).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = parseIso(date);
  if (!p) return date;
  const total = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return formatIso({ y, m, d: Math.min(p.d, daysInMonth(y, m)) });
}

/** The date after `date` by `days` days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const p = parseIso(date);
  if (!p) return date;
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + days));
  return formatIso({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/**
 * Age 59½: "the date six calendar months after your 59th birthday" (Pub. 590-B); first the 59th birthday,
 * then six calendar months, each step ending on the last day of a shorter month.
 */
export function dateOfAgeAndMonths(birth: IsoDate, years: number, months: number): IsoDate {
  return addMonths(addMonths(birth, years * 12), months);
}

/** Age reached by December 31 of `year` (the age tests for catch-ups and for the calendar year of separation). */
export function ageAtYearEnd(birth: IsoDate, year: number): number {
  return year - yearOf(birth);
}

/**
 * Pub. 501: you are considered to reach 65 on the day before your 65th birthday, so someone born on January 1 is
 * 65 at the end of the year before the birthday.
 */
export function reachesAgeByYearEnd(birth: IsoDate, age: number, year: number): boolean {
  const dayBefore = addDays(addMonths(birth, age * 12), -1);
  return dayBefore <= `${year}-12-31`;
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  if (!pa || !pb) return NaN;
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

/** "August 31, 2026" for explanations. */
export function longDate(date: IsoDate): string {
  const p = parseIso(date);
  if (!p) return date;
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[p.m - 1]} ${p.d}, ${p.y}`;
}
