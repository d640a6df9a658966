// Federal income tax: the exact rate schedules at every bracket edge, the standard deduction with its age-65 and
// blindness additions, the 2025–2028 senior deduction, and itemizing.
//
// Expected values come from the tables of Rev. Procs. 2023-34, 2024-40, 2025-32 and P.L. 119-21, typed
// here literally as the IRS prints them ("top of each bracket"), and from an independent schedule computation written
// below in whole dollars × rate = cents. Nothing here is read from src/engine or src/data.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

type Status = 'single' | 'married-filing-jointly' | 'married-filing-separately' | 'head-of-household';
const RATES = [10, 12, 22, 24, 32, 35, 37] as const;

/** Rev. Procs. 2023-34, 2024-40, 2025-32: the top of the 10/12/22/24/32/35% brackets (37% above the last), then the standard deduction. */
const TABLE: Record<number, Record<Status, { tops: number[]; standard: number }>> = {
  2024: {
    single: { tops: [11_600, 47_150, 100_525, 191_950, 243_725, 609_350], standard: 14_600 },
    'married-filing-jointly': { tops: [23_200, 94_300, 201_050, 383_900, 487_450, 731_200], standard: 29_200 },
    'married-filing-separately': { tops: [11_600, 47_150, 100_525, 191_950, 243_725, 365_600], standard: 14_600 },
    'head-of-household': { tops: [16_550, 63_100, 100_500, 191_950, 243_700, 609_350], standard: 21_900 },
  },
  2025: {
    single: { tops: [11_925, 48_475, 103_350, 197_300, 250_525, 626_350], standard: 15_750 },
    'married-filing-jointly': { tops: [23_850, 96_950, 206_700, 394_600, 501_050, 751_600], standard: 31_500 },
    'married-filing-separately': { tops: [11_925, 48_475, 103_350, 197_300, 250_525, 375_800], standard: 15_750 },
    'head-of-household': { tops: [17_000, 64_850, 103_350, 197_300, 250_500, 626_350], standard: 23_625 },
  },
  2026: {
    single: { tops: [12_400, 50_400, 105_700, 201_775, 256_225, 640_600], standard: 16_100 },
    'married-filing-jointly': { tops: [24_800, 100_800, 211_400, 403_550, 512_450, 768_700], standard: 32_200 },
    'married-filing-separately': { tops: [12_400, 50_400, 105_700, 201_775, 256_225, 384_350], standard: 16_100 },
    'head-of-household': { tops: [17_700, 67_450, 105_700, 201_750, 256_200, 640_600], standard: 24_150 },
  },
};

/**
 * Tax in cents on whole-dollar taxable income: each slice of income (dollars) times its rate in percent is exactly
 * cents, so no rounding is involved.
 */
function scheduleCents(tops: number[], taxable: number): number {
  let cents = 0;
  let lower = 0;
  for (let i = 0; i < RATES.length; i++) {
    const upper = i < tops.length ? tops[i]! : Infinity;
    if (taxable > lower) cents += (Math.min(taxable, upper) - lower) * RATES[i]!;
    lower = upper;
  }
  return cents;
}
function marginalRate(tops: number[], taxable: number): number {
  const i = tops.findIndex((top) => taxable <= top);
  return RATES[i === -1 ? RATES.length - 1 : i]!;
}

function fedTax(request: Record<string, unknown>) {
  const out = evaluate({ check: 'federal-tax', ...request });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as {
    standardDeduction: number; additionalStandardDeduction: number; seniorDeduction: number; itemizedDeductions: number;
    deductionUsed: string; taxableIncome: number; tax: number; marginalRatePercent: number;
  };
}

describe('the independent schedule computation', () => {
  test('reproduces hand-worked values', () => {
    // 2026 single, taxable 43,900: 10% × 12,400 = 1,240 + 12% × 31,500 = 3,780 → 5,020.
    expect(scheduleCents(TABLE[2026]!.single.tops, 43_900)).toBe(502_000);
    // 2024 MFJ, taxable 120,800: 2,320 + 12% × 71,100 = 8,532 + 22% × 26,500 = 5,830 → 16,682.
    expect(scheduleCents(TABLE[2024]!['married-filing-jointly'].tops, 120_800)).toBe(1_668_200);
  });
});

describe.each([2024, 2025, 2026])('rate schedule %i', (year) => {
  describe.each(Object.keys(TABLE[year]!) as Status[])('%s', (status) => {
    const { tops, standard } = TABLE[year]![status];
    const cases = tops.flatMap((edge) => [edge - 1, edge, edge + 1].map((taxable) => [edge, taxable] as const));
    test.each(cases)('at the %i edge, taxable income of $%i is taxed by the schedule', (_edge, taxable) => {
      // Income = taxable + the basic standard deduction (no age or blindness additions, no senior deduction).
      const r = fedTax({ taxYear: year, filingStatus: status, income: taxable + standard });
      expect(r.standardDeduction).toBe(standard);
      expect(r.taxableIncome).toBe(taxable);
      expect(r.tax).toBe(scheduleCents(tops, taxable) / 100);
      expect(r.marginalRatePercent).toBe(marginalRate(tops, taxable));
    });
  });
});

describe('hand-worked schedule cases', () => {
  test('taxes 2026 single taxable income of $43,900 at $5,020', () => {
    // 10% × 12,400 = 1,240; 12% × (43,900 − 12,400 = 31,500) = 3,780; total 5,020.
    expect(fedTax({ taxYear: 2026, filingStatus: 'single', income: 43_900 + 16_100 }).tax).toBe(5_020);
  });
  test('taxes 2024 head-of-household taxable income of $16,551 at $1,655.12', () => {
    // 10% × 16,550 = 1,655; 12% × 1 = 0.12; total 1,655.12 (one dollar over the first edge).
    expect(fedTax({ taxYear: 2024, filingStatus: 'head-of-household', income: 16_551 + 21_900 }).tax).toBe(1_655.12);
  });
  test('taxes 2025 joint taxable income of $206,700 at $35,302', () => {
    // 10% × 23,850 = 2,385; 12% × (96,950 − 23,850 = 73,100) = 8,772; 22% × (206,700 − 96,950 = 109,750) = 24,145;
    // total 2,385 + 8,772 + 24,145 = 35,302; exactly at the edge the marginal rate is still 22%.
    const r = fedTax({ taxYear: 2025, filingStatus: 'married-filing-jointly', income: 206_700 + 31_500 });
    expect(r.tax).toBe(35_302);
    expect(r.marginalRatePercent).toBe(22);
  });
  test('taxes 2026 single taxable income of $640,601 in the 37% bracket', () => {
    // 1,240 + 12% × 38,000 = 4,560 + 22% × 55,300 = 12,166 + 24% × 96,075 = 23,058 + 32% × 54,450 = 17,424
    // + 35% × (640,600 − 256,225 = 384,375) = 134,531.25 + 37% × 1 = 0.37 → 192,979.62.
    const r = fedTax({ taxYear: 2026, filingStatus: 'single', income: 640_601 + 16_100 });
    expect(r.tax).toBe(192_979.62);
    expect(r.marginalRatePercent).toBe(37);
  });
  test('taxes zero taxable income at zero', () => {
    const r = fedTax({ taxYear: 2026, filingStatus: 'single', income: 10_000 });
    expect(r.taxableIncome).toBe(0);
    expect(r.tax).toBe(0);
  });
  test('applies the joint schedule and deduction to a qualifying surviving spouse', () => {
    // IRC §1(j)(2)(A), §63(c)(2); Rev. Proc. 2025-32. 2026: taxable = 100,000 − 32,200 = 67,800;
    // 10% × 24,800 = 2,480 + 12% × 43,000 = 5,160 → 7,640 (single would be far higher).
    const r = fedTax({ taxYear: 2026, filingStatus: 'qualifying-surviving-spouse', income: 100_000 });
    expect(r.standardDeduction).toBe(32_200);
    expect(r.tax).toBe(7_640);
  });
  test.each([2024, 2025, 2026])('uses the joint bracket edges for a qualifying surviving spouse in %i', (year) => {
    const { tops, standard } = TABLE[year]!['married-filing-jointly'];
    for (const taxable of [tops[1]! - 1, tops[1]!, tops[1]! + 1]) {
      const r = fedTax({ taxYear: year, filingStatus: 'qualifying-surviving-spouse', income: taxable + standard });
      expect(r.tax).toBe(scheduleCents(tops, taxable) / 100);
    }
  });
});

describe('additional standard deduction for age 65 and blindness', () => {
  // IRC §63(f); Rev. Procs. 2023-34, 2024-40, 2025-32: per condition, single/HoH 1,950 / 2,000 / 2,050; married (and surviving spouse) 1,550 / 1,600 / 1,650.
  test('treats someone born January 1, 1962 as 65 for 2026 (Pub. 501: the day before the birthday)', () => {
    // 65th birthday 2027-01-01; considered 65 on 2026-12-31.
    expect(fedTax({ taxYear: 2026, income: 50_000, birthDate: '1962-01-01' }).additionalStandardDeduction).toBe(2_050);
  });
  test('treats someone born January 2, 1962 as not yet 65 for 2026', () => {
    // 65th birthday 2027-01-02; the day before is 2027-01-01, after the end of 2026.
    expect(fedTax({ taxYear: 2026, income: 50_000, birthDate: '1962-01-02' }).additionalStandardDeduction).toBe(0);
  });
  test('treats someone born December 31, 1961 as 65 for 2026', () => {
    expect(fedTax({ taxYear: 2026, income: 50_000, birthDate: '1961-12-31' }).additionalStandardDeduction).toBe(2_050);
  });
  test.each([
    [2024, 1_950],
    [2025, 2_000],
    [2026, 2_050],
  ])('adds the unmarried amount per condition in %i for a blind single filer who is 65', (year, per) => {
    // Two conditions (65 and blind) × the per-condition amount.
    const r = fedTax({ taxYear: year, income: 200_000, birthDate: '1950-06-01', blind: true });
    expect(r.additionalStandardDeduction).toBe(2 * per);
  });
  test.each([
    [2024, 1_550],
    [2025, 1_600],
    [2026, 1_650],
  ])('counts both spouses on a joint return in %i', (year, per) => {
    // Taxpayer 65, spouse 65 and blind → three conditions at the married amount.
    const r = fedTax({ taxYear: year, filingStatus: 'married-filing-jointly', income: 400_000, birthDate: '1950-06-01', spouseBirthDate: '1952-06-01', spouseBlind: true });
    expect(r.additionalStandardDeduction).toBe(3 * per);
  });
  test('uses the married amount for a qualifying surviving spouse who is 65', () => {
    // IRC §63(f)(3): the higher amount is only for someone neither married nor a surviving spouse. 2026: 1,650.
    const r = fedTax({ taxYear: 2026, filingStatus: 'qualifying-surviving-spouse', income: 400_000, birthDate: '1955-03-03' });
    expect(r.additionalStandardDeduction).toBe(1_650);
  });
  test('uses the married amount on a separate return', () => {
    const r = fedTax({ taxYear: 2025, filingStatus: 'married-filing-separately', income: 60_000, birthDate: '1955-03-03' });
    expect(r.additionalStandardDeduction).toBe(1_600);
  });
  test('ignores the spouse’s age on a single return', () => {
    const r = fedTax({ taxYear: 2026, filingStatus: 'single', income: 60_000, spouseBirthDate: '1950-01-01' });
    expect(r.additionalStandardDeduction).toBe(0);
    expect(r.seniorDeduction).toBe(0);
  });
  test('works a 2026 head of household who is 65 by hand', () => {
    // Standard 24,150 + 2,050 = 26,200; senior 6,000 (AGI 70,000 ≤ 75,000). Taxable 70,000 − 32,200 = 37,800.
    // Tax: 10% × 17,700 = 1,770 + 12% × (37,800 − 17,700 = 20,100) = 2,412 → 4,182.
    const r = fedTax({ taxYear: 2026, filingStatus: 'head-of-household', income: 70_000, birthDate: '1958-09-09' });
    expect(r.taxableIncome).toBe(37_800);
    expect(r.tax).toBe(4_182);
  });
});

describe('senior deduction (P.L. 119-21 §70103)', () => {
  test('gives no senior deduction in 2024', () => {
    expect(fedTax({ taxYear: 2024, income: 50_000, birthDate: '1950-01-01' }).seniorDeduction).toBe(0);
  });
  test.each([2025, 2026])('gives $6,000 to a single filer of 65 with modified AGI at $75,000 in %i', (year) => {
    expect(fedTax({ taxYear: year, income: 75_000, birthDate: '1950-01-01' }).seniorDeduction).toBe(6_000);
  });
  test('reduces it by 6 cents for one dollar of modified AGI over $75,000', () => {
    // 6,000 − 6% × 1 = 5,999.94.
    expect(fedTax({ taxYear: 2026, income: 75_001, birthDate: '1950-01-01' }).seniorDeduction).toBe(5_999.94);
  });
  test('reduces it by $600 at $85,000', () => {
    // 6% × (85,000 − 75,000) = 600 → 5,400.
    expect(fedTax({ taxYear: 2025, income: 85_000, birthDate: '1950-01-01' }).seniorDeduction).toBe(5_400);
  });
  test('phases it out completely at $175,000 for a single filer', () => {
    // 6% × 100,000 = 6,000 → 0.
    expect(fedTax({ taxYear: 2026, income: 175_000, birthDate: '1950-01-01' }).seniorDeduction).toBe(0);
    expect(fedTax({ taxYear: 2026, income: 174_999, birthDate: '1950-01-01' }).seniorDeduction).toBe(0.06);
  });
  test('gives $6,000 to each spouse of 65 on a joint return up to $150,000', () => {
    const r = fedTax({ taxYear: 2026, filingStatus: 'married-filing-jointly', income: 150_000, birthDate: '1955-01-01', spouseBirthDate: '1956-01-01' });
    expect(r.seniorDeduction).toBe(12_000);
  });
  test('reduces each spouse’s amount above $150,000 on a joint return', () => {
    // Each: 6,000 − 6% × (170,000 − 150,000) = 6,000 − 1,200 = 4,800; two spouses → 9,600.
    const r = fedTax({ taxYear: 2026, filingStatus: 'married-filing-jointly', income: 170_000, birthDate: '1955-01-01', spouseBirthDate: '1956-01-01' });
    expect(r.seniorDeduction).toBe(9_600);
  });
  test('gives only the spouse who is 65 the deduction on a joint return', () => {
    const r = fedTax({ taxYear: 2025, filingStatus: 'married-filing-jointly', income: 100_000, birthDate: '1970-01-01', spouseBirthDate: '1956-01-01' });
    expect(r.seniorDeduction).toBe(6_000);
    expect(r.additionalStandardDeduction).toBe(1_600);
  });
  test('gives none on a married-filing-separately return', () => {
    expect(fedTax({ taxYear: 2026, filingStatus: 'married-filing-separately', income: 50_000, birthDate: '1950-01-01' }).seniorDeduction).toBe(0);
  });
  test('is claimed on top of itemized deductions', () => {
    // 2026 single 65, AGI 100,000: itemized 40,000 > standard 16,100 + 2,050 = 18,150 → itemized.
    // Senior 6,000 − 6% × 25,000 = 4,500. Taxable 100,000 − 40,000 − 4,500 = 55,500.
    // Tax 1,240 + 4,560 + 22% × (55,500 − 50,400 = 5,100) = 1,122 → 6,922.
    const r = fedTax({ taxYear: 2026, income: 100_000, birthDate: '1950-01-01', itemizedDeductions: 40_000 });
    expect(r.deductionUsed).toBe('itemized');
    expect(r.seniorDeduction).toBe(4_500);
    expect(r.taxableIncome).toBe(55_500);
    expect(r.tax).toBe(6_922);
  });
});

describe('itemized deductions', () => {
  test('uses itemized deductions one dollar above the standard deduction', () => {
    // 2025 single: itemized 15,751 > 15,750; taxable 50,000 − 15,751 = 34,249.
    const r = fedTax({ taxYear: 2025, income: 50_000, itemizedDeductions: 15_751 });
    expect(r.deductionUsed).toBe('itemized');
    expect(r.taxableIncome).toBe(34_249);
  });
  test('keeps the standard deduction when itemized deductions equal it', () => {
    const r = fedTax({ taxYear: 2025, income: 50_000, itemizedDeductions: 15_750 });
    expect(r.deductionUsed).toBe('standard');
    expect(r.taxableIncome).toBe(34_250);
  });
  test('keeps the standard deduction when itemized deductions are smaller', () => {
    const r = fedTax({ taxYear: 2024, filingStatus: 'married-filing-jointly', income: 100_000, itemizedDeductions: 20_000 });
    expect(r.deductionUsed).toBe('standard');
    expect(r.taxableIncome).toBe(100_000 - 29_200);
  });
});

describe('years and errors', () => {
  test.each([2023, 2027])('refuses tax year %i and names the covered years', (year) => {
    const out = evaluate({ check: 'federal-tax', taxYear: year, income: 50_000 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]!.field).toBe('taxYear');
    expect(out.errors[0]!.message).toContain('2024, 2025, 2026');
  });
  test('refuses a negative income on the income field', () => {
    const out = evaluate({ check: 'federal-tax', taxYear: 2026, income: -1 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['income']);
  });
  test('explains that the IRS Tax Table can differ by a few dollars', () => {
    const out = evaluate({ check: 'federal-tax', taxYear: 2026, income: 50_000 });
    expect(out.ok && JSON.stringify(out)).toMatch(/Tax Table/);
  });
});

describe.each([2024, 2025, 2026])('Tax Table %i', (year) => {
  // Instructions for Form 1040, Tax Table: from $3,000 to $100,000 each row is $50 wide ("at least … but less than")
  // and shows the schedule's tax on the row's midpoint, rounded to the whole dollar (halves up).
  describe.each(Object.keys(TABLE[year]!) as Status[])('%s', (status) => {
    const { tops, standard } = TABLE[year]![status];
    const edges = [3_000, ...tops.filter((t) => t < 99_999), 99_999];
    const cases = [...new Set(edges.flatMap((e) => [e - 1, e, e + 1]).filter((t) => t >= 3_000 && t < 100_000))];
    test.each(cases)('taxable income of $%i is taxed at its $50 row’s midpoint', (taxable) => {
      const mid = Math.floor(taxable / 50) * 50 + 25;
      const expected = Math.floor((scheduleCents(tops, mid) + 50) / 100);
      const out = evaluate({ check: 'federal-tax', taxYear: year, filingStatus: status, income: taxable + standard });
      expect(out.ok && (out.result as { taxTableTax: number | null }).taxTableTax).toBe(expected);
    });
    test('has no Tax Table figure at $100,000 of taxable income', () => {
      const out = evaluate({ check: 'federal-tax', taxYear: year, filingStatus: status, income: 100_000 + standard });
      expect(out.ok && (out.result as { taxTableTax: number | null }).taxTableTax).toBe(null);
    });
  });
});

// IRC §1(h) gives qualified dividends and net capital gain their own lower rates; the check taxes every dollar of the
// income it is given at the §1(j) ordinary rates, so it must say that the tax is then too high.
describe('income the check does not tax at its own rates', () => {
  test('says qualified dividends and long-term capital gains are taxed at the ordinary rates here', () => {
    const out = evaluate({ check: 'federal-tax', taxYear: 2026, filingStatus: 'single', income: 60000 });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const step = out.explanation.find((s) => s.rule === 'irc-1-h-capital-gains-not-modelled');
    expect(step?.text).toContain('your tax is lower than shown');
    expect(step?.citations.map((c) => c.id)).toContain('irc-1-h');
    expect((out.result as { note: string }).note).toContain('qualified dividends and long-term capital gains, taxed at lower rates, are not modelled');
  });
});
