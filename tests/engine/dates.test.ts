// The engine's one date module: ISO dates parsed digit by digit, calendar arithmetic as the law words ages (Pub.
// 590-B: 59½ is six calendar months after the 59th birthday; Pub. 501: 65 the day before the 65th birthday).
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, dateOfAgeAndMonths, daysBetween, daysInMonth, isoProblem, longDate, parseIso, reachesAgeByYearEnd } from '../../src/engine/core/dates.ts';

describe('parseIso', () => {
  test('accepts real calendar dates and refuses the rest', () => {
    expect(parseIso('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIso('2025-02-29')).toBeUndefined(); // 2025 is not a leap year
    expect(parseIso('1900-02-29')).toBeUndefined(); // divisible by 100, not by 400
    expect(parseIso('2000-02-29')).toEqual({ y: 2000, m: 2, d: 29 }); // divisible by 400
    expect(parseIso('2026-04-31')).toBeUndefined();
    expect(parseIso('2026-04-30')).toEqual({ y: 2026, m: 4, d: 30 });
    expect(parseIso('2026-13-01')).toBeUndefined();
    expect(parseIso('2026-00-10')).toBeUndefined();
    expect(parseIso('26-1-1')).toBeUndefined();
    expect(parseIso('2026-1-01')).toBeUndefined();
    expect(parseIso('2026-01-0a')).toBeUndefined();
  });
  test('knows every month length, February by leap year', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('calendar arithmetic', () => {
  test('adds months ending on the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
  test('puts the 59th birthday of someone born on February 29 on February 28 in a common year', () => {
    // Born 1968-02-29: 59th birthday 2027-02-28 (2027 is common); six months later 2027-08-28.
    expect(dateOfAgeAndMonths('1968-02-29', 59, 6)).toBe('2027-08-28');
    // Born 1967-08-31: 59th birthday 2026-08-31; six calendar months later, February has 28 days: 2027-02-28.
    expect(dateOfAgeAndMonths('1967-08-31', 59, 6)).toBe('2027-02-28');
  });
  test('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2022-12-29', 179)).toBe('2023-06-26'); // 2 + 31 + 28 + 31 + 30 + 31 + 26 = 179
  });
  test('counts days between dates', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(Number.isNaN(daysBetween('2026-02-30', '2026-03-01'))).toBe(true);
  });
  test('treats someone born on January 1 as 65 at the end of the year before the birthday (Pub. 501)', () => {
    expect(reachesAgeByYearEnd('1962-01-01', 65, 2026)).toBe(true); // 65th birthday 2027-01-01, day before 2026-12-31
    expect(reachesAgeByYearEnd('1962-01-02', 65, 2026)).toBe(false); // day before is 2027-01-01
    expect(reachesAgeByYearEnd('1961-12-31', 65, 2026)).toBe(true);
  });
  test('writes dates as readers read them', () => {
    expect(longDate('2026-08-31')).toBe('August 31, 2026');
    expect(longDate('2024-02-29')).toBe('February 29, 2024');
  });
});

describe('isoProblem, the one reader of request dates', () => {
  test('accepts February 29 in a leap year and refuses it in a common year', () => {
    expect(isoProblem('2024-02-29')).toBeNull();
    expect(isoProblem('2025-02-29')).toBe('calendar');
    expect(isoProblem('2000-02-29')).toBeNull(); // divisible by 400
    expect(isoProblem('1900-02-29')).toBe('calendar'); // divisible by 100, not 400
  });
  test('accepts each month’s last day and refuses the day after it', () => {
    expect(isoProblem('2026-04-30')).toBeNull();
    expect(isoProblem('2026-04-31')).toBe('calendar');
    expect(isoProblem('2026-12-31')).toBeNull();
    expect(isoProblem('2026-13-01')).toBe('calendar');
    expect(isoProblem('2026-01-00')).toBe('calendar');
  });
  test('refuses anything not written YYYY-MM-DD', () => {
    expect(isoProblem('2026-1-01')).toBe('format');
    expect(isoProblem('2026/01/01')).toBe('format');
    expect(isoProblem('2026-0a-01')).toBe('format');
    expect(isoProblem('')).toBe('format');
  });
  test('refuses years outside 1900 to 2200, at and beyond each end', () => {
    expect(isoProblem('1899-12-31')).toBe('year');
    expect(isoProblem('1900-01-01')).toBeNull();
    expect(isoProblem('2200-12-31')).toBeNull();
    expect(isoProblem('2201-01-01')).toBe('year');
  });
  test('agrees with parseIso', () => {
    expect(parseIso('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIso('2025-02-29')).toBeUndefined();
  });
});
