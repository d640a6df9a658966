import { expect, test } from 'vitest';
import { formatDate, formatList, isoDate, listSeparator } from '../../src/lib/format.ts';

test('formats a review date as a calendar date whatever the machine’s time zone', () => {
  const d = new Date('2026-01-01');
  expect(formatDate(d)).toBe('January 1, 2026');
  expect(isoDate(d)).toBe('2026-01-01');
});

test('joins a list of years in plain English', () => {
  expect(formatList([2026])).toBe('2026');
  expect(formatList([2025, 2026])).toBe('2025 and 2026');
  expect(formatList([2024, 2025, 2026])).toBe('2024, 2025 and 2026');
});

test('puts the same separators between items as formatList', () => {
  expect([0, 1, 2].map((i) => listSeparator(i, 3))).toEqual(['', ', ', ' and ']);
  expect([0, 1].map((i) => listSeparator(i, 2))).toEqual(['', ' and ']);
  expect(listSeparator(0, 1)).toBe('');
});
