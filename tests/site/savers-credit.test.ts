// The Saver's Credit guide as built: the rate table reads the notices' figures (typed here by hand from Notices
// 2023-75, 2024-80 and 2025-67), unverified bands say so, and the page covers the cap, the testing period and the
// Saver's Match.
import { describe, expect, test } from 'vitest';
import { bodyRows, readPage, tableByCaption, text } from './html.ts';

const PAGE = '/guides/savers-credit/';
const html = readPage(PAGE);
const rows = bodyRows(tableByCaption(html, 'Saver’s Credit rate by adjusted gross income'));
const cells = (id: string) => rows.find((r) => r.id === id)!.cells.map((c) => text(c).replace(/\s*\[\d+\]/g, ''));

describe('the rate table', () => {
  test('has a row per covered year and filing status', () => {
    expect(rows.map((r) => r.id)).toEqual([2024, 2025, 2026].flatMap((y) => ['joint', 'head-of-household', 'other'].map((s) => `savers-${y}-${s}`)));
  });

  test('2024, married filing jointly: 50% up to $46,000, 20% to $50,000, 10% to $76,500 (Notice 2023-75)', () => {
    expect(cells('savers-2024-joint').slice(1)).toEqual(['up to $46,000', 'over $46,000, up to $50,000', 'over $50,000, up to $76,500', 'AGI above $76,500']);
  });

  test('2025, head of household: $35,625, $38,250, $59,250 (Notice 2024-80)', () => {
    expect(cells('savers-2025-head-of-household').slice(1)).toEqual(['up to $35,625', 'over $35,625, up to $38,250', 'over $38,250, up to $59,250', 'AGI above $59,250']);
  });

  test('2025, other filers: $23,750, $25,500, $39,500 (Notice 2024-80)', () => {
    expect(cells('savers-2025-other').slice(1)).toEqual(['up to $23,750', 'over $23,750, up to $25,500', 'over $25,500, up to $39,500', 'AGI above $39,500']);
  });

  test('2026 shows the verified income limit ($80,500 joint, Notice 2025-67) and marks the unverified bands, never guessing them', () => {
    expect(cells('savers-2026-joint').slice(1)).toEqual(['Not yet verified: see the year’s IRS notice', 'Not yet verified: see the year’s IRS notice', 'up to $80,500', 'AGI above $80,500']);
    expect(cells('savers-2026-other')[3]).toBe('up to $40,250');
  });

  test('cites each year’s notice', () => {
    for (const n of ['n-23-75.pdf', 'n-24-80.pdf', 'n-25-67.pdf']) expect(html).toContain(`https://www.irs.gov/pub/irs-drop/${n}`);
  });
});

test('the guide states the per-person cap, the testing period and the Saver’s Match', () => {
  const a = text(/<article\b[\s\S]*?<\/article>/.exec(html)![0]);
  expect(a).toContain('of up to $2,000 of contributions per person');
  expect(a).toMatch(/the 2 years before it/);
  expect(a).toContain('Saver’s Match');
  expect(a).toMatch(/starting with tax year 2027/);
  expect(a).toContain('Form 8880');
  expect(a).toContain('nonrefundable');
});

test('the guide is in the sidebar under Contributions', () => {
  expect(readPage('/guides/401k-contributions-and-taxes/')).toContain('href="/guides/savers-credit/"');
});
