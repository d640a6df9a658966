/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), as the law words ages. No clock: every date comes from the request.
 */
import { longDateOf } from '../../data/calendar.ts';
export type IsoDate = string;

export type Ymd = { y: number; m: number; d: number };


const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Gregorian month length, by table rather than a Date object (this runs on every date the engine touches). */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** What is wrong with a date string: not written YYYY-MM-DD, not a day of the calendar, or a year out of range. */
export type IsoProblem = 'format' | 'calendar' | 'year';

/** The one reader of ISO dates, digit by digit: this is the engine's most frequent call, and a regular expression with
 * three `Number` conversions was a fifth of its time. Request fields report its problems; `parseIso` its dates. */
function readIso(s: string): Ymd | IsoProblem {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return 'format'; // 45 is '-'
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || mo < 0 || d < 0) return 'format';
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return 'calendar';
  if (y < 1900 || y > 2200) return 'year';
  return { y, m: mo, d };
}

/** Parses a real calendar date from 1900 to 2200; undefined for anything else (2026-02-30, 26-1-1, 1899-12-31...). */
export function parseIso(s: string): Ymd | undefined {
  const r = readIso(s);
  return typeof r === 'string' ? undefined : r;
}

/** Why a string is not a date `parseIso` accepts, or null when it is one. */
export function isoProblem(s: string): IsoProblem | null {
  const r = readIso(s);
  return typeof r === 'string' ? r : null;
}

/** The number written by s[from..to), or -1 if a character is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
export function formatIso({ y, m, d }: Ymd): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
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
  return formatIso(civilFromDays(daysFromCivil(p) + days));
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`), without Date objects. */
function daysFromCivil({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of `daysFromCivil` (`civil_from_days`). */
function civilFromDays(z: number): Ymd {
  const zz = z + 719_468;
  const era = Math.floor(zz / 146_097);
  const doe = zz - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
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
  return daysFromCivil(pb) - daysFromCivil(pa);
}

/** "August 31, 2026" for explanations. */
export function longDate(date: IsoDate): string {
  const p = parseIso(date);
  if (!p) return date;
  return longDateOf(p.y, p.m, p.d);
}
