// contribution-limits: the §402(g) limit, the §414(v) catch-up by age at December 31, the 2026 Roth rule for higher
// earners, excess deferrals and the tax treatment. Expected amounts from Notices 2023-75, 2024-80 and 2025-67
// (IRC §402(g)(1), §414(v)): deferral limit 23,000 / 23,500 / 24,500; catch-up 7,500 / 7,500 / 8,000; ages 60–63 n/a / 11,250 / 11,250.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

type Result = Record<string, unknown>;
function limits(req: Record<string, unknown>): Result {
  const out = evaluate({ check: 'contribution-limits', ...req });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as Result;
}
function explanation(req: Record<string, unknown>): string {
  const out = evaluate({ check: 'contribution-limits', ...req });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.explanation.map((s) => s.text).join('\n');
}

// [year, age at December 31, tier, catch-up, total] — birth year = year − age; total = deferral limit + catch-up.
const AGE_TRIPLETS: [number, number, string, number, number][] = [
  [2024, 49, 'none', 0, 23_000], [2024, 50, 'age-50', 7_500, 30_500],
  [2024, 59, 'age-50', 7_500, 30_500], [2024, 60, 'age-50', 7_500, 30_500], // no 60–63 tier before 2025
  [2024, 63, 'age-50', 7_500, 30_500], [2024, 64, 'age-50', 7_500, 30_500],
  [2025, 49, 'none', 0, 23_500], [2025, 50, 'age-50', 7_500, 31_000],
  [2025, 59, 'age-50', 7_500, 31_000], [2025, 60, 'age-60-63', 11_250, 34_750],
  [2025, 63, 'age-60-63', 11_250, 34_750], [2025, 64, 'age-50', 7_500, 31_000],
  [2026, 49, 'none', 0, 24_500], [2026, 50, 'age-50', 8_000, 32_500],
  [2026, 59, 'age-50', 8_000, 32_500], [2026, 60, 'age-60-63', 11_250, 35_750],
  [2026, 63, 'age-60-63', 11_250, 35_750], [2026, 64, 'age-50', 8_000, 32_500],
];

describe('catch-up by age reached by December 31', () => {
  test.each(AGE_TRIPLETS)('in %i, someone %i at year end gets tier %s: catch-up %i, total %i', (year, age, tier, catchUp, total) => {
    // Born on December 31 so the age is reached on the last day of the year (Reg. 1.414(v)-1(g)(3)(ii)).
    const r = limits({ taxYear: year, birthDate: `${year - age}-12-31` });
    expect(r).toMatchObject({ ageAtYearEnd: age, catchUpTier: tier, catchUpAllowed: catchUp, totalAllowed: total });
  });

  // §414(v)(5) and (2)(E): the age reached by December 31 decides; a January 1 and a December 31 birthday of one year give
  // the same tier, and a day later (January 1 of the next year) is one year younger.
  test.each([
    [2026, '1976-12-31', 'age-50', 8_000], [2026, '1977-01-01', 'none', 0], // 50 on the last day / 49
    [2026, '1966-12-31', 'age-60-63', 11_250], [2026, '1967-01-01', 'age-50', 8_000], // 60 / 59
    [2026, '1963-01-01', 'age-60-63', 11_250], [2026, '1962-12-31', 'age-50', 8_000], // 63 / 64
    [2025, '1965-12-31', 'age-60-63', 11_250], [2025, '1966-01-01', 'age-50', 7_500], // 60 / 59
    [2025, '1962-01-01', 'age-60-63', 11_250], [2025, '1961-12-31', 'age-50', 7_500], // 63 / 64
  ])('in %i, born %s: tier %s, catch-up %i', (year, birthDate, tier, catchUp) => {
    expect(limits({ taxYear: year, birthDate })).toMatchObject({ catchUpTier: tier, catchUpAllowed: catchUp });
  });

  test('a January 1 birthday gives the same age as a December 31 one', () => {
    expect(limits({ taxYear: 2026, birthDate: '1976-01-01' }).ageAtYearEnd).toBe(50);
    expect(limits({ taxYear: 2026, birthDate: '1976-12-31' }).ageAtYearEnd).toBe(50);
  });

  test('says in 2024 that the higher tier does not exist yet, with its ages and first year from the data', () => {
    expect(explanation({ taxYear: 2024, birthDate: '1962-06-01' })).toContain('the higher catch-up for ages 60 to 63 starts only in 2025');
  });

  test('a plan without catch-ups allows none, and one without the higher tier allows the regular amount', () => {
    expect(limits({ taxYear: 2026, birthDate: '1964-01-01', planOffersCatchUp: false })).toMatchObject({ catchUpForAge: 11_250, catchUpAllowed: 0, totalAllowed: 24_500 });
    expect(limits({ taxYear: 2026, birthDate: '1964-01-01', planOffersAge60To63CatchUp: false })).toMatchObject({ catchUpAllowed: 8_000, totalAllowed: 32_500 });
  });
});

describe('mandatory Roth catch-up (§414(v)(7)): prior-year FICA wages above $150,000 in 2026', () => {
  const base = { taxYear: 2026, birthDate: '1970-05-01', traditionalDeferrals: 32_500 };
  test.each([
    [149_999.99, false],
    [150_000, false], // "exceeds": exactly at the threshold is not covered
    [150_000.01, true],
  ])('wages of %d make Roth required: %s', (wages, required) => {
    const r = limits({ ...base, priorYearFicaWages: wages });
    expect(r.rothCatchUpRequired).toBe(required);
    expect(r.catchUpRothShortfall).toBe(required ? 8_000 : 0);
  });

  test('no prior-year wages from this employer (a new hire) means the rule does not apply', () => {
    expect(limits({ ...base, planOffersRoth: false }).rothCatchUpRequired).toBe(false);
    expect(limits({ ...base, planOffersRoth: false }).catchUpAllowed).toBe(8_000);
  });

  test('above the threshold with no Roth option in the plan, no catch-up is allowed', () => {
    const r = limits({ ...base, priorYearFicaWages: 151_000, planOffersRoth: false });
    expect(r).toMatchObject({ catchUpsBlockedNoRoth: true, catchUpAllowed: 0, totalAllowed: 24_500, excessDeferral: 8_000 });
  });

  test('before 2026 the rule is not enforced even for high wages', () => {
    for (const year of [2024, 2025]) {
      expect(limits({ taxYear: year, birthDate: '1970-05-01', priorYearFicaWages: 500_000, planOffersRoth: false })).toMatchObject({ rothCatchUpRequired: false, catchUpsBlockedNoRoth: false, catchUpAllowed: 7_500 });
    }
  });

  test('Roth deferrals that already cover the catch-up leave no shortfall', () => {
    expect(limits({ ...base, priorYearFicaWages: 200_000, traditionalDeferrals: 24_500, rothDeferrals: 8_000 }).catchUpRothShortfall).toBe(0);
  });
});

describe('excess deferrals and tax treatment', () => {
  test('counts deferrals at other employers and sets the April 15 deadline of the next year', () => {
    const r = limits({ taxYear: 2024, birthDate: '1990-01-01', traditionalDeferrals: 15_000, rothDeferrals: 5_000, otherEmployerDeferrals: 4_000 });
    // 15,000 + 5,000 + 4,000 = 24,000; limit 23,000 → excess 1,000, by 2025-04-15.
    expect(r).toMatchObject({ plannedDeferrals: 24_000, excessDeferral: 1_000, excessCorrectionDeadline: '2025-04-15' });
    expect(explanation({ taxYear: 2024, birthDate: '1990-01-01', traditionalDeferrals: 24_000 })).toContain('by April 15, 2025');
  });

  // [year, birth date, deferred, excess]: §402(g)(1) limit 23,000 / 23,500 / 24,500 (Notices 2023-75, 2024-80, 2025-67)
  // under 50; at 55 the catch-up adds 7,500 / 7,500 / 8,000 (§414(v)(2)(B)(i)). Excess = deferred − limit, if positive.
  test.each([
    [2024, '1990-06-01', 22_999.99, 0], [2024, '1990-06-01', 23_000, 0], [2024, '1990-06-01', 23_000.01, 0.01],
    [2025, '1990-06-01', 23_499.99, 0], [2025, '1990-06-01', 23_500, 0], [2025, '1990-06-01', 23_500.01, 0.01],
    [2026, '1990-06-01', 24_499.99, 0], [2026, '1990-06-01', 24_500, 0], [2026, '1990-06-01', 24_500.01, 0.01],
    [2024, '1969-06-01', 30_499.99, 0], [2024, '1969-06-01', 30_500, 0], [2024, '1969-06-01', 30_500.01, 0.01], // 23,000 + 7,500
    [2025, '1970-06-01', 30_999.99, 0], [2025, '1970-06-01', 31_000, 0], [2025, '1970-06-01', 31_000.01, 0.01], // 23,500 + 7,500
    [2026, '1971-06-01', 32_499.99, 0], [2026, '1971-06-01', 32_500, 0], [2026, '1971-06-01', 32_500.01, 0.01], // 24,500 + 8,000
  ])('in %i, born %s, deferring %d leaves an excess of %d', (year, birthDate, deferred, excess) => {
    expect(limits({ taxYear: year, birthDate, traditionalDeferrals: deferred }).excessDeferral).toBe(excess);
  });

  test('no excess means no deadline', () => {
    expect(limits({ taxYear: 2026, birthDate: '1990-01-01', traditionalDeferrals: 24_500 })).toMatchObject({ excessDeferral: 0, excessCorrectionDeadline: null });
  });

  // IRC §402(g)(1)(A); Treas. Reg. §1.402(g)-1(a): deferrals over the limit are included in gross income for the year,
  // except those made of designated Roth contributions (already included), which are an excess only to the extent the
  // Roth deferrals alone are over the limit.
  test.each([
    // [birth date, pre-tax, Roth, excess included in income]: 2026 at 64, limit 24,500 + 8,000 = 32,500.
    ['1962-12-31', 32_499.99, 0, 0], ['1962-12-31', 32_500, 0, 0], ['1962-12-31', 32_500.01, 0, 0.01], // 32,500.01 − 32,500
    ['1962-12-31', 35_750, 0, 3_250], // 35,750 − 32,500
    // At 36 the limit is 24,500: 10,000 + 20,000 = 30,000 is 5,500 over, and the Roth 20,000 alone is not over the
    // limit, so the 5,500 excess is pre-tax money and income for 2026.
    ['1990-12-31', 10_000, 20_000, 5_500],
    // All Roth: 30,000 − 24,500 = 5,500 over, all of it Roth deferrals already in income: nothing more is added.
    ['1990-12-31', 0, 30_000, 0],
    // Roth 26,000 alone is 1,500 over 24,500; the whole excess is 4,000 + 26,000 − 24,500 = 5,500: 5,500 − 1,500 = 4,000.
    ['1990-12-31', 4_000, 26_000, 4_000],
  ])('in 2026, born %s, %s pre-tax and %s Roth leave %s of excess deferrals in income for the year', (birthDate, traditionalDeferrals, rothDeferrals, included) => {
    expect(limits({ taxYear: 2026, birthDate, traditionalDeferrals, rothDeferrals }).excessIncludedInIncome).toBe(included);
  });

  test('an excess deferral is not called untaxed: the explanation says it is income for the year', () => {
    // 35,750 pre-tax at 64 in 2026: 35,750 − (24,500 + 8,000) = 3,250 over the limit.
    const text = explanation({ taxYear: 2026, birthDate: '1962-12-31', traditionalDeferrals: 35_750 });
    expect(text).toContain('the $3,250 of deferrals over it is income for 2026 even if a W-2 leaves it out of box 1');
    expect(text).not.toContain('so you pay no income tax on them now');
  });

  test('pre-tax deferrals are excluded from box 1 wages and Roth deferrals included', () => {
    expect(limits({ taxYear: 2026, birthDate: '1990-01-01', traditionalDeferrals: 10_000, rothDeferrals: 4_000 })).toMatchObject({ excludedFromBox1Wages: 10_000, includedInBox1Wages: 4_000 });
  });

  test('never calls a deferral deductible', () => {
    for (const year of [2024, 2025, 2026]) {
      const text = explanation({ taxYear: year, birthDate: '1964-01-01', priorYearFicaWages: 200_000, traditionalDeferrals: 40_000, rothDeferrals: 1_000 });
      expect(text).not.toMatch(/deductible/i);
      const out = evaluate({ check: 'contribution-limits', taxYear: year, birthDate: '1964-01-01' });
      expect(JSON.stringify(out.ok && out.result)).not.toMatch(/deductible/i);
    }
  });
});

describe('requests it refuses', () => {
  test('a year the site does not cover', () => {
    const out = evaluate({ check: 'contribution-limits', taxYear: 2027, birthDate: '1980-01-01' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['taxYear']);
  });
  test('a self-employed person with other plans of the same business: the Pub. 560 worksheet covers one plan only', () => {
    // Pub. 560 ch. 5: the worksheet applies only with one defined contribution plan; more plans share §404(a)(3)(A)(iv) and §415(f).
    const req = { check: 'contribution-limits', taxYear: 2026, birthDate: '1981-03-01', workStatus: 'self-employed', netProfit: 100000, seTaxDeduction: 7064.78, traditionalDeferrals: 24500 };
    const out = evaluate({ ...req, sameEmployerOtherPlanAdditions: 10000 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['sameEmployerOtherPlanAdditions']);
    expect(evaluate({ ...req, sameEmployerOtherPlanAdditions: 0 }).ok).toBe(true);
  });
  test('a birth date after the tax year', () => {
    const out = evaluate({ check: 'contribution-limits', taxYear: 2025, birthDate: '2026-01-01' });
    expect(out.ok).toBe(false);
  });
});

describe('mandatory Roth catch-up when the catch-up is at another employer', () => {
  test('nothing in this plan must move to Roth when this plan holds no deferrals, and no wage figure goes negative', () => {
    // 2026, age 56: $24,500 base + $8,000 catch-up (Notice 2025-67). $24,500.01 deferred at another employer uses
    // $0.01 of catch-up there; this plan holds $0, so $0 of it can or must be Roth here (IRC §414(v)(7)).
    const out = evaluate({
      check: 'contribution-limits', taxYear: 2026, birthDate: '1970-01-01', priorYearFicaWages: 150000.01,
      traditionalDeferrals: 0, rothDeferrals: 0, otherEmployerDeferrals: 24500.01, planOffersCatchUp: true, planOffersRoth: true,
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const r = out.result as Record<string, number>;
    expect(r['catchUpRothShortfall']).toBe(0);
    expect(r['excludedFromBox1Wages']).toBe(0);
    expect(r['includedInBox1Wages']).toBe(0);
  });
});
