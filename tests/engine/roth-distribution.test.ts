// The `roth-distribution` check: qualified or not (IRC §402A(d)(2); Treas. Reg. §1.402A-1 Q&A-2, -4, -5), and the
// pro-rata split of a nonqualified distribution (§72(e)(8); Q&A-3) with the 10% on the earnings part only.
// Worked from IRC §402A(d) and Treas. Reg. §1.402A-1.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

type Result = {
  qualified: boolean; fiveYearPeriod: { startsOn: string; metOn: string; met: boolean }; contributionsPart: number; earningsPart: number;
  taxableAmount: number; additionalTax: number; withholding: { amount: number }; exceptions: { id: string; accepted: boolean }[];
};

/** The IRS example: $5,000 from an account of $9,400 contributions + $600 earnings, at 46, first Roth year 2023. */
const IRS = { check: 'roth-distribution', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 5_000, vestedBalance: 10_000, rothBasis: 9_400, rothFirstContributionYear: 2023, otherIncome: 60_000 };
function roth(overrides: Record<string, unknown>): Result {
  const out = evaluate({ ...IRS, ...overrides });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as Result;
}
/** Someone past 59½ (born 1960) with $40,000 of contributions in a $50,000 account, taking $10,000. */
const OLDER = { birthDate: '1960-01-01', amount: 10_000, vestedBalance: 50_000, rothBasis: 40_000 };

describe('the IRS example (Treas. Reg. §1.402A-1 Q&A-3)', () => {
  test('splits $5,000 into $4,700 of contributions and $300 of taxable earnings', () => {
    // 5,000 × 600 ÷ 10,000 = 300 earnings; 5,000 − 300 = 4,700 contributions.
    const r = roth({});
    expect(r.qualified).toBe(false);
    expect(r.earningsPart).toBe(300);
    expect(r.contributionsPart).toBe(4_700);
    expect(r.taxableAmount).toBe(300);
  });
  test('charges $30 of additional tax under 59½ with no exception', () => {
    // 10% × 300 = 30, on the earnings part only — not 10% × 5,000.
    expect(roth({}).additionalTax).toBe(30);
  });
  test('withholds 20% of the taxable part only', () => {
    // 20% × 300 = 60.
    expect(roth({}).withholding.amount).toBe(60);
  });
  test('charges no additional tax when an exception applies', () => {
    // Separated in 2026, the calendar year of turning 55 (born 1971-09-01).
    const r = roth({ birthDate: '1971-09-01', separatedFromPlanEmployer: true, separationDate: '2026-03-31' });
    expect(r.taxableAmount).toBe(300);
    expect(r.additionalTax).toBe(0);
  });
  test('charges no additional tax once 59½ is reached, though the earnings are still taxable before five years', () => {
    const r = roth({ birthDate: '1960-01-01' });
    expect(r.qualified).toBe(false);
    expect(r.taxableAmount).toBe(300);
    expect(r.additionalTax).toBe(0);
  });
});

describe('the five-taxable-year period', () => {
  test.each([
    ['2025-12-31', false, 2_000],
    ['2026-01-01', true, 0],
    ['2026-01-02', true, 0],
  ])('first Roth year 2021, past 59½: a distribution on %s is qualified: %s', (distributionDate, qualified, taxable) => {
    // Period starts 2021-01-01, five taxable years 2021–2025, met 2026-01-01. Nonqualified: 10,000 × 10,000 ÷ 50,000 = 2,000.
    const r = roth({ ...OLDER, distributionDate, rothFirstContributionYear: 2021 });
    expect(r.fiveYearPeriod.startsOn).toBe('2021-01-01');
    expect(r.fiveYearPeriod.metOn).toBe('2026-01-01');
    expect(r.qualified).toBe(qualified);
    expect(r.taxableAmount).toBe(taxable);
  });
  test('counts an earlier plan’s first Roth year carried in by direct rollover', () => {
    // Reg. §1.402A-1 Q&A-4(b): this plan 2024, rolled-in plan 2021 → start 2021 → met 2026-01-01.
    const r = roth({ ...OLDER, distributionDate: '2026-01-01', rothFirstContributionYear: 2024, rothRolledInFirstYear: 2021 });
    expect(r.fiveYearPeriod.startsOn).toBe('2021-01-01');
    expect(r.qualified).toBe(true);
    expect(r.taxableAmount).toBe(0);
  });
  test('misses the period one day earlier even with the rollover', () => {
    const r = roth({ ...OLDER, distributionDate: '2025-12-31', rothFirstContributionYear: 2024, rothRolledInFirstYear: 2021 });
    expect(r.qualified).toBe(false);
  });
  test('keeps the plan’s own clock without a rollover', () => {
    // First year 2024 → met 2029-01-01.
    const r = roth({ ...OLDER, distributionDate: '2026-01-01', rothFirstContributionYear: 2024 });
    expect(r.fiveYearPeriod.metOn).toBe('2029-01-01');
    expect(r.qualified).toBe(false);
  });
  test('ignores a rolled-in plan whose first Roth year is later', () => {
    // The earlier of the two start years counts: 2022 (this plan) over 2025 (rolled in) → met 2027-01-01.
    const r = roth({ ...OLDER, distributionDate: '2026-06-15', rothFirstContributionYear: 2022, rothRolledInFirstYear: 2025 });
    expect(r.fiveYearPeriod.startsOn).toBe('2022-01-01');
    expect(r.qualified).toBe(false);
  });
});

describe('the triggering events', () => {
  test('is not qualified under 59½ without death or disability, even after five years', () => {
    // First year 2015 → met 2020; age 46 → not qualified; pro rata 300 taxable; 10% → 30.
    const r = roth({ rothFirstContributionYear: 2015 });
    expect(r.qualified).toBe(false);
    expect(r.additionalTax).toBe(30);
  });
  test.each(['disability', 'death'])('is qualified under 59½ after %s once five years are met', (claim) => {
    const r = roth({ rothFirstContributionYear: 2015, claims: [claim] });
    expect(r.qualified).toBe(true);
    expect(r.taxableAmount).toBe(0);
    expect(r.additionalTax).toBe(0);
  });
  test('is not qualified after disability before five years, but the exception removes the additional tax', () => {
    const r = roth({ claims: ['disability'] });
    expect(r.qualified).toBe(false);
    expect(r.taxableAmount).toBe(300);
    expect(r.additionalTax).toBe(0);
  });
});

describe('pro rata edge cases', () => {
  test('taxes nothing when the account has fallen below the contributions', () => {
    // Balance 8,000 < basis 9,400 → no earnings → nothing taxable (Treas. Reg. §1.402A-1 Q&A-3).
    const r = roth({ vestedBalance: 8_000 });
    expect(r.taxableAmount).toBe(0);
    expect(r.additionalTax).toBe(0);
  });
  test('taxes everything when there are no contributions in the account', () => {
    const r = roth({ rothBasis: 0 });
    expect(r.taxableAmount).toBe(5_000);
    expect(r.additionalTax).toBe(500);
  });
  test('treats a partial 60-day rollover as coming first from earnings (Reg. §1.402A-1 Q&A-5 example)', () => {
    // 14,000 distribution of an account with 11,000 basis and 3,000 earnings; 7,000 rolled to a Roth IRA → 0 taxable.
    const r = roth({ amount: 14_000, vestedBalance: 14_000, rothBasis: 11_000, rolledOverWithin60Days: 7_000 });
    expect(r.taxableAmount).toBe(0);
  });
});

describe('request validation', () => {
  const fields = (req: Record<string, unknown>) => {
    const out = evaluate({ ...IRS, ...req });
    return out.ok ? [] : out.errors.map((e) => e.field).sort();
  };
  test('requires the first Roth contribution year', () => {
    expect(fields({ rothFirstContributionYear: undefined })).toEqual(['rothFirstContributionYear']);
  });
  test('refuses a first Roth contribution year after the distribution', () => {
    expect(fields({ rothFirstContributionYear: 2027 })).toEqual(['rothFirstContributionYear']);
  });
  test('has no account type field, because the account is a Roth 401(k)', () => {
    expect(fields({ accountType: 'traditional' })).toEqual(['accountType']);
  });
});
