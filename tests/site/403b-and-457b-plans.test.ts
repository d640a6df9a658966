// The 403(b) and 457(b) guide as built: the limits table reads the notices' figures (Notices 2023-75, 2024-80,
// 2025-67: $23,000 / $23,500 / $24,500 for both §402(g) and §457(e)(15)) and the statute's fixed amounts (§402(g)(7):
// $3,000 a year, $15,000 lifetime; §457(b)(3): twice the limit in the 3 years before normal retirement age), and the
// page states the three differences.
import { expect, test } from 'vitest';
import { bodyRows, readPage, tableByCaption, text } from './html.ts';

const PAGE = '/guides/403b-and-457b-plans/';
const html = readPage(PAGE);
const rows = bodyRows(tableByCaption(html, '401(k), 403(b) and 457(b) contribution limits'));
const cells = (id: string) => rows.find((r) => r.id === `plan-limit-${id}`)!.cells.slice(1, 4).map((c) => text(c));
const a = text(/<article\b[\s\S]*?<\/article>/.exec(html)![0]).replace(/\( /g, '(').replace(/ ([.,;:)])/g, '$1');

test('the 401(k)/403(b) limit and the separate 457(b) limit are each year’s notice figure', () => {
  expect(cells('elective-deferral-limit')).toEqual(['$23,000', '$23,500', '$24,500']);
  expect(cells('deferral-limit-457b')).toEqual(['$23,000', '$23,500', '$24,500']);
});

test('the 60-63 catch-up is not in effect for 2024 and is $11,250 for 2025 and 2026', () => {
  expect(cells('catch-up-60-63')).toEqual(['Not in effect', '$11,250', '$11,250']);
});

test('the 403(b) 15-year catch-up is $3,000 a year and $15,000 lifetime in every year (not indexed)', () => {
  expect(cells('catch-up-403b-15-year-annual')).toEqual(['$3,000', '$3,000', '$3,000']);
  expect(cells('catch-up-403b-15-year-lifetime')).toEqual(['$15,000', '$15,000', '$15,000']);
});

test('the 457(b) final-years catch-up is twice the limit in the 3 years before normal retirement age', () => {
  const row = rows.find((r) => r.id === 'plan-limit-457b-final-years')!.cells.map((c) => text(c));
  expect(row[0]).toBe('457(b) special catch-up in the 3 years before normal retirement age');
  expect(row[1]).toContain('Up to 2 times the year’s 457(b) limit');
});

test('states that a 403(b) shares the 401(k) limit and a 457(b) does not', () => {
  expect(a).toContain('A 403(b) shares the deferral limit with a 401(k)');
  expect(a).toContain('A 457(b) limit is separate ($24,500 for 2026, §457(e)(15))');
});

test('states no additional tax on governmental 457(b) payouts, except amounts rolled in', () => {
  expect(a).toContain('does not owe the additional tax, whatever your age (§72(t)(9))');
  expect(a).toContain('money you rolled into the 457(b) from a 401(k), 403(b) or IRA keeps that plan’s early-withdrawal tax');
});

test('limits the 15-year catch-up to qualifying employers with 15 years of service', () => {
  expect(a).toContain('15 years of service with a qualifying employer');
});

test('is in the sidebar', () => {
  expect(readPage('/guides/rule-of-55/')).toContain('href="/guides/403b-and-457b-plans/"');
});
