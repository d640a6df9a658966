// The return due date (IRC §6072(a), §6081(a), §7503): April 15 of the next year, October 15 with the extension, and a
// Saturday or Sunday moves to the Monday after. Weekdays checked against a printed calendar.
import { expect, test } from 'vitest';
import { nextBusinessDay, returnDueDate } from '../../src/engine/rules/return-due-date.ts';

test('a 2026 return is due April 15, 2027 (a Thursday), or October 15, 2027 (a Friday) with the extension', () => {
  expect(returnDueDate(2026, false)).toBe('2027-04-15');
  expect(returnDueDate(2026, true)).toBe('2027-10-15');
});

test('a 2024 return is due April 15, 2025 (a Tuesday), or October 15, 2025 (a Wednesday) with the extension', () => {
  expect(returnDueDate(2024, false)).toBe('2025-04-15');
  expect(returnDueDate(2024, true)).toBe('2025-10-15');
});

test('a Saturday moves to the Monday after, a Sunday to the next day, a weekday stays', () => {
  expect(nextBusinessDay('2028-04-15')).toBe('2028-04-17'); // Saturday
  expect(nextBusinessDay('2028-10-15')).toBe('2028-10-16'); // Sunday
  expect(nextBusinessDay('2028-10-16')).toBe('2028-10-16'); // Monday
  expect(nextBusinessDay('2028-10-13')).toBe('2028-10-13'); // Friday
});
