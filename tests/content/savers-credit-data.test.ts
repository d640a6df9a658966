// The Saver's Credit figures of each covered year, pinned to the IRS notice that sets them (IRC §25B(b)(3) indexing):
// Notice 2023-75 (2024), Notice 2024-80 (2025), Notice 2025-67 (2026). The values are typed here by hand from the
// notices and the IRS's own tables, never read from the code under test. A band not yet verified against its notice
// must stay absent (the guide shows it as not verified), so its absence is pinned too.
import { describe, expect, test } from 'vitest';
import { lookupFigure, rules } from '../../src/data/index.ts';

const PINNED: Record<number, Record<string, number | undefined>> = {
  // Notice 2023-75: joint $46,000 / $50,000 / $76,500; head of household $34,500 / $37,500 / $57,375; others $23,000 / $25,000 / $38,250.
  2024: {
    'savers-credit-50-joint': 46_000, 'savers-credit-20-joint': 50_000, 'savers-credit-10-joint': 76_500,
    'savers-credit-50-head-of-household': 34_500, 'savers-credit-20-head-of-household': 37_500, 'savers-credit-10-head-of-household': 57_375,
    'savers-credit-50-other': 23_000, 'savers-credit-20-other': 25_000, 'savers-credit-10-other': 38_250,
  },
  // Notice 2024-80: joint $47,500 / $51,000 / $79,000; head of household $35,625 / $38,250 / $59,250; others $23,750 / $25,500 / $39,500.
  2025: {
    'savers-credit-50-joint': 47_500, 'savers-credit-20-joint': 51_000, 'savers-credit-10-joint': 79_000,
    'savers-credit-50-head-of-household': 35_625, 'savers-credit-20-head-of-household': 38_250, 'savers-credit-10-head-of-household': 59_250,
    'savers-credit-50-other': 23_750, 'savers-credit-20-other': 25_500, 'savers-credit-10-other': 39_500,
  },
  // Notice 2025-67 (IR-2025-111): the income limits rise to $80,500 joint, $60,375 head of household, $40,250 others.
  // The 50% and 20% bands were not read from the notice's text: absent until they are.
  2026: {
    'savers-credit-50-joint': undefined, 'savers-credit-20-joint': undefined, 'savers-credit-10-joint': 80_500,
    'savers-credit-50-head-of-household': undefined, 'savers-credit-20-head-of-household': undefined, 'savers-credit-10-head-of-household': 60_375,
    'savers-credit-50-other': undefined, 'savers-credit-20-other': undefined, 'savers-credit-10-other': 40_250,
  },
};
const NOTICE: Record<number, string> = { 2024: 'notice-2023-75', 2025: 'notice-2024-80', 2026: 'notice-2025-67' };

describe.each(Object.keys(PINNED).map(Number))('the Saver’s Credit limits for %i', (year) => {
  test.each(Object.entries(PINNED[year]!))('%s is the notice’s figure', (id, want) => {
    const f = lookupFigure(id, year);
    if (want === undefined) expect(f, `${id} ${year} is not verified and must be absent`).toBeUndefined();
    else {
      expect(f?.value).toBe(want);
      expect(f?.unit).toBe('usd');
      expect(f?.sources).toContain(NOTICE[year]);
      expect(f?.sources).toContain('irc-25b-b');
    }
  });

  test('the bands ascend: 50% below 20% below 10% for each filing status', () => {
    for (const s of ['joint', 'head-of-household', 'other']) {
      const v = ['50', '20', '10'].map((r) => lookupFigure(`savers-credit-${r}-${s}`, year)?.value as number | undefined).filter((x) => x !== undefined) as number[];
      expect([...v].sort((a, b) => a - b), `${year} ${s}`).toEqual(v);
    }
  });
});

test('the statutory rates, cap and age of §25B are 50%, 20%, 10%, $2,000 and 18', () => {
  expect(rules.figures['savers-credit-rate-high'].value).toBe(50);
  expect(rules.figures['savers-credit-rate-middle'].value).toBe(20);
  expect(rules.figures['savers-credit-rate-low'].value).toBe(10);
  expect(rules.figures['savers-credit-contribution-cap'].value).toBe(2_000);
  expect(rules.figures['savers-credit-min-age'].value).toBe(18);
  // §25B(d)(2)(A): the testing period reaches back two taxable years before the year of the credit.
  expect(rules.figures['savers-credit-testing-prior-years'].value).toBe(2);
  // SECURE 2.0 §103: §6433 applies to taxable years beginning after December 31, 2026.
  expect(rules.figures['savers-match-first-year'].value).toBe(2027);
});

test('the 457(b) deferral limit equals each year’s notice: $23,000, $23,500, $24,500 (§457(e)(15))', () => {
  expect([2024, 2025, 2026].map((y) => lookupFigure('deferral-limit-457b', y)?.value)).toEqual([23_000, 23_500, 24_500]);
});
