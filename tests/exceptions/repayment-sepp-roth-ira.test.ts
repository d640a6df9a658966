// The repayment windows (IRC §72(t)(2)(H)(v) and the parallel clauses), the §72(t)(4) recapture of a modified series
// of periodic payments, and the Roth IRA ordering rules (§408A(d)(4)(B), Treas. Reg. §1.408A-6 Q&A-5, -8) against the
// Roth 401(k)'s pro-rata rule. Every expected value is worked by hand in the comment beside it.
import { describe, expect, test } from 'vitest';
import { repaymentWindow } from '../../src/engine/rules/exceptions/registry.ts';
import { rothIraOrdering, rothProRataTaxable } from '../../src/engine/rules/roth-ira-ordering.ts';
import { seppRecapture } from '../../src/engine/rules/sepp-recapture.ts';

describe('repayment windows', () => {
  test.each([
    // Three years beginning the day after receipt: from the next day to the same date three years on.
    ['birth-adoption', '2026-06-15', '2026-06-16', '2029-06-15'],
    ['emergency', '2024-02-29', '2024-03-01', '2027-02-28'], // from March 1, 2024; March 1, 2027 is outside
    ['domestic-abuse', '2025-01-01', '2025-01-02', '2028-01-01'],
    ['terminal-illness', '2026-12-31', '2027-01-01', '2029-12-31'],
    ['disaster', '2025-12-31', '2026-01-01', '2028-12-31'],
  ] as const)('a %s distribution received on %s can be repaid from %s through %s', (id, received, from, by) => {
    const w = repaymentWindow(id, received, 2026);
    expect([w.from, w.by]).toEqual([from, by]);
    expect(w.to).toBe('eligible-plan-or-ira');
  });
  test('a reservist repays to an IRA within two years after active duty ends', () => {
    // Active duty ends 2026-09-30 → from 2026-10-01 through 2028-09-30.
    const w = repaymentWindow('reservist', '2026-03-01', 2026, { activeDutyEndDate: '2026-09-30' });
    expect([w.from, w.by, w.to]).toEqual(['2026-10-01', '2028-09-30', 'ira']);
    expect(w.effect).toContain('not deductible');
  });
  test('without the end of active duty the reservist window has no date, and says what is missing', () => {
    const w = repaymentWindow('reservist', '2026-03-01', 2026);
    expect([w.from, w.by]).toEqual([null, null]);
    expect(w.text).toContain('enter the day it ends');
  });
  test('a disaster repayment is reported on Form 8915-F, the others by amending the return', () => {
    expect(repaymentWindow('disaster', '2026-03-01', 2026).effect).toContain('Form 8915-F');
    expect(repaymentWindow('emergency', '2026-03-01', 2026).effect).toContain('Form 1040-X');
    expect(repaymentWindow('emergency', '2026-03-01', 2026).text).toContain('another emergency distribution');
  });
});

describe('SEPP recapture (IRC §72(t)(4))', () => {
  // Born 1965-01-15: 59½ on 2024-07-15. First payment 2022-03-01: five years end on 2027-03-01, the later date.
  test.each([
    ['2027-02-28', true, 6_000_00], // 10% × 60,000 = 6,000
    ['2027-03-01', false, 0],
    ['2027-03-02', false, 0],
  ])('a change on %s (five-year rule binds) is early: %s, recapture %i cents', (modifiedOn, early, cents) => {
    const r = seppRecapture('1965-01-15', '2022-03-01', modifiedOn, 60_000_00, 2026);
    expect(r.freeToChangeFrom).toBe('2027-03-01');
    expect(r.modifiedEarly).toBe(early);
    expect(r.recapturedTax).toBe(cents);
  });
  // Born 1970-01-15: 59½ on 2029-07-15, later than five years after a 2020-01-01 first payment (2025-01-01).
  test.each([
    ['2029-07-14', true, 4_500_00], // 10% × 45,000
    ['2029-07-15', false, 0],
    ['2029-07-16', false, 0],
  ])('a change on %s (the 59½ date binds) is early: %s, recapture %i cents', (modifiedOn, early, cents) => {
    const r = seppRecapture('1970-01-15', '2020-01-01', modifiedOn, 45_000_00, 2026);
    expect(r.freeToChangeFrom).toBe('2029-07-15');
    expect(r.modifiedEarly).toBe(early);
    expect(r.recapturedTax).toBe(cents);
  });
  test('describes the interest rather than computing it', () => {
    const r = seppRecapture('1975-01-15', '2022-03-01', '2026-06-15', 60_000_00, 2026);
    expect(r.interest).toBe('not-computed');
    expect(r.taxYear).toBe(2026);
    expect(r.text).toContain('plus interest');
    expect(r.text).toContain('does not compute it');
  });
});

describe('Roth IRA ordering against the Roth 401(k) pro-rata rule', () => {
  const base = { year: 2026, distributionDate: '2026-06-15', firstRothIraYear: 2020, qualifyingEvent: false, reached59Half: false };
  test('the IRS example numbers: $5,000 of $9,400 contributions and $600 earnings', () => {
    // Roth IRA: 5,000 ≤ 9,400 contributions → nothing taxable. Roth 401(k): 5,000 × 600 ÷ 10,000 = 300 taxable.
    const ira = rothIraOrdering({ ...base, amount: 5_000_00, balance: 10_000_00, contributions: 9_400_00, conversions: [] });
    expect(ira.taxable).toBe(0);
    expect(ira.subjectToAdditionalTax).toBe(0);
    expect(rothProRataTaxable(5_000_00, 10_000_00, 9_400_00)).toBe(300_00);
  });
  const conversions = (firstYear: number) => [
    { year: 2024, amount: 5_000_00, taxedAtConversion: 4_000_00 },
    { year: firstYear, amount: 10_000_00, taxedAtConversion: 10_000_00 },
  ];
  test('each conversion keeps its own five-year clock for the additional tax', () => {
    // Balance 20,000 = contributions 2,000 + conversions 15,000 + earnings 3,000. Distribution 19,500:
    // 2,000 contributions; 10,000 of the 2022 conversion (taxed part, within five years to 2027-01-01 → subject);
    // 4,000 taxed part of the 2024 conversion (to 2029-01-01 → subject); 1,000 untaxed part; 2,500 earnings (taxable,
    // subject). Taxable 2,500; subject 10,000 + 4,000 + 2,500 = 16,500 → 10% = 1,650.
    const r = rothIraOrdering({ ...base, amount: 19_500_00, balance: 20_000_00, contributions: 2_000_00, conversions: conversions(2022) });
    expect(r.layers.map((l) => [l.source, l.conversionYear, l.amount, l.subjectToAdditionalTax])).toEqual([
      ['contributions', null, 2_000_00, 0],
      ['conversion-taxed', 2022, 10_000_00, 10_000_00],
      ['conversion-taxed', 2024, 4_000_00, 4_000_00],
      ['conversion-untaxed', 2024, 1_000_00, 0],
      ['earnings', null, 2_500_00, 2_500_00],
    ]);
    expect(r.taxable).toBe(2_500_00);
    expect(r.additionalTaxBeforeOtherExceptions).toBe(1_650_00);
    // The Roth 401(k) rule for the same account: 19,500 × 3,000 ÷ 20,000 = 2,925 taxable.
    expect(rothProRataTaxable(19_500_00, 20_000_00, 17_000_00)).toBe(2_925_00);
  });
  test('a conversion whose five years are over owes no additional tax', () => {
    // The 2021 conversion's period ends 2026-01-01, before 2026-06-15: subject 4,000 + 2,500 = 6,500 → 650.
    const r = rothIraOrdering({ ...base, amount: 19_500_00, balance: 20_000_00, contributions: 2_000_00, conversions: conversions(2021) });
    expect(r.additionalTaxBeforeOtherExceptions).toBe(650_00);
  });
  test.each([
    ['2025-12-31', false],
    ['2026-01-01', true],
  ])('a qualified distribution needs the five years from the first Roth IRA year (on %s: %s)', (distributionDate, qualified) => {
    // First Roth IRA year 2021 → met on 2026-01-01; the reader is 59½ or older.
    const r = rothIraOrdering({ ...base, year: 2026, distributionDate, firstRothIraYear: 2021, qualifyingEvent: true, reached59Half: true, amount: 19_500_00, balance: 20_000_00, contributions: 2_000_00, conversions: [] });
    expect(r.qualified).toBe(qualified);
    // Not qualified: earnings 18,000 in the account, 17,500 of them come out after 2,000 of contributions.
    expect(r.taxable).toBe(qualified ? 0 : 17_500_00);
  });
});
