// The `early-withdrawal` check: the 59½ date, the separation-from-service and public-safety rules, each capped
// exception below / at / above its cap in every year, withholding, the 60-day rollover and the Form 1099-R codes.
// Expected values are worked by hand from IRC §72(t), §402(c), §3405, Pub. 590-B and the other law cited at each
// test; none is read from the engine.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

type Outcome = { id: string; status: string; accepted: boolean; reason: string; covers: number | null; form5329: { number: string; confirmed: boolean } | null };
type Result = {
  reaches59HalfOn: string; age59HalfReached: boolean; taxableAmount: number; nontaxableAmount: number; exceptions: Outcome[];
  exceptedAmount: number; amountSubjectToAdditionalTax: number; additionalTax: number; incomeIncludedThisYear: number;
  disasterSpread: { thisYear: number; nextYear: number; yearAfter: number } | null; incomeTaxWithout: number; incomeTaxWith: number;
  incomeTaxAdded: number; totalFederalCost: number; withholding: { eligibleRolloverPart: number; otherPart: number; amount: number };
  balanceDue: number; refund: number; cashReceived: number; stateTaxEstimate: number | null; netAfterTaxes: number; form1099RCode: string;
  form5329: { needed: boolean; exceptionNumber: { number: string; confirmed: boolean } | null; note: string };
};

/** A 40-year-old's $10,000 distribution from a $100,000 traditional 401(k) in 2026, single, $50,000 other income. */
const BASE = { check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1986-01-01', amount: 10_000, vestedBalance: 100_000, otherIncome: 50_000 };

export function run(overrides: Record<string, unknown>): Result {
  const out = evaluate({ ...BASE, ...overrides });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as Result;
}
const exc = (r: Result, id: string) => {
  const o = r.exceptions.find((e) => e.id === id);
  if (!o) throw new Error(`no outcome for ${id}`);
  return o;
};

describe('age 59½ (six calendar months after the 59th birthday; Pub. 590-B)', () => {
  // Each row: birth date, the 59½ date worked by hand, the day before it, the day after it.
  test.each([
    ['1966-08-31', '2026-02-28', '2026-02-27', '2026-03-01'], // 59th 2025-08-31 → February 2026 has 28 days
    ['1966-08-30', '2026-02-28', '2026-02-27', '2026-03-01'], // 59th 2025-08-30 → last day of February 2026
    ['1966-08-29', '2026-02-28', '2026-02-27', '2026-03-01'], // 59th 2025-08-29 → 2026 is not a leap year
    ['1966-08-28', '2026-02-28', '2026-02-27', '2026-03-01'], // 59th 2025-08-28 → February 28 exists
    ['1964-08-31', '2024-02-29', '2024-02-28', '2024-03-01'], // 59th 2023-08-31 → 2024 is a leap year
    ['1964-08-29', '2024-02-29', '2024-02-28', '2024-03-01'], // 59th 2023-08-29 → February 29, 2024 exists
    ['1964-08-30', '2024-02-29', '2024-02-28', '2024-03-01'], // 59th 2023-08-30 → last day of February 2024
    ['1965-12-31', '2025-06-30', '2025-06-29', '2025-07-01'], // 59th 2024-12-31 → June has 30 days
    ['1966-03-31', '2025-09-30', '2025-09-29', '2025-10-01'], // 59th 2025-03-31 → September has 30 days
    ['1966-05-31', '2025-11-30', '2025-11-29', '2025-12-01'], // 59th 2025-05-31 → November has 30 days
    ['1966-07-01', '2026-01-01', '2025-12-31', '2026-01-02'], // 59th 2025-07-01 → across the new year
    ['1966-01-15', '2025-07-15', '2025-07-14', '2025-07-16'], // an ordinary mid-month birthday
  ])('born %s reaches 59½ on %s', (birthDate, on, before, after) => {
    const dayBefore = run({ birthDate, distributionDate: before });
    expect(dayBefore.reaches59HalfOn).toBe(on);
    expect(dayBefore.age59HalfReached).toBe(false);
    expect(dayBefore.additionalTax).toBe(1_000); // 10% × 10,000
    const onTheDay = run({ birthDate, distributionDate: on });
    expect(onTheDay.age59HalfReached).toBe(true);
    expect(onTheDay.additionalTax).toBe(0);
    expect(onTheDay.form1099RCode).toBe('7');
    const dayAfter = run({ birthDate, distributionDate: after });
    expect(dayAfter.age59HalfReached).toBe(true);
    expect(dayAfter.additionalTax).toBe(0);
  });
});

describe('separation from service in or after the calendar year of turning 55 (IRC §72(t)(2)(A)(v))', () => {
  const sep = (birthDate: string, separationDate: string, distributionDate = '2026-06-15') =>
    run({ birthDate, separationDate, distributionDate, separatedFromPlanEmployer: true });
  test('does not apply when you leave in the calendar year you turn 54', () => {
    // Born 1972-09-01: 2026 − 1972 = 54.
    const r = sep('1972-09-01', '2026-03-31');
    expect(exc(r, 'separation-55').accepted).toBe(false);
    expect(exc(r, 'separation-55').reason).toContain('54');
    expect(r.additionalTax).toBe(1_000);
  });
  test('applies when you leave at 54 in the calendar year you turn 55', () => {
    // Born 1971-09-01: 55 on 2026-09-01; separated 2026-03-31 while 54, same calendar year.
    const r = sep('1971-09-01', '2026-03-31');
    expect(exc(r, 'separation-55').accepted).toBe(true);
    expect(r.additionalTax).toBe(0);
    expect(r.form1099RCode).toBe('2');
  });
  test('applies when you leave in the calendar year you turn 56', () => {
    const r = sep('1970-09-01', '2026-03-31');
    expect(exc(r, 'separation-55').accepted).toBe(true);
  });
  test('applies when you leave on January 1 of the year you turn 55', () => {
    const r = sep('1971-12-31', '2026-01-01');
    expect(exc(r, 'separation-55').accepted).toBe(true);
  });
  test('does not apply when you leave on December 31 of the year you turn 54', () => {
    // Born 1971-12-31: 2025 − 1971 = 54; separation 2025-12-31, distribution in 2026 at 54.
    const r = sep('1971-12-31', '2025-12-31');
    expect(exc(r, 'separation-55').accepted).toBe(false);
    expect(r.additionalTax).toBe(1_000);
  });
  test('does not apply after leaving at 53 and waiting until 55', () => {
    // Born 1971-02-01: separated 2024 (turned 53 that year); distribution 2026-06-15 at 55.
    const r = sep('1971-02-01', '2024-06-30');
    expect(exc(r, 'separation-55').accepted).toBe(false);
    expect(exc(r, 'separation-55').reason).toContain('53');
    expect(r.additionalTax).toBe(1_000);
  });
  test('does not apply to a plan of an employer you have not left', () => {
    // A previous employer's plan: the reader is still with the employer maintaining this plan.
    const r = run({ birthDate: '1968-04-04', claims: ['separation-55'] });
    expect(exc(r, 'separation-55').accepted).toBe(false);
    expect(r.additionalTax).toBe(1_000);
  });
  test('does not apply to a distribution paid before you leave', () => {
    const r = sep('1970-01-01', '2026-07-01', '2026-06-15');
    expect(exc(r, 'separation-55').accepted).toBe(false);
  });
});

describe('qualified public safety employees: age 50 or 25 years of service (IRC §72(t)(10))', () => {
  const ps = (birthDate: string, yearsOfService?: number) =>
    run({ birthDate, separatedFromPlanEmployer: true, separationDate: '2026-02-01', publicSafetyEmployee: true, ...(yearsOfService === undefined ? {} : { yearsOfService }) });
  test('does not apply when you leave in the calendar year you turn 49', () => {
    const r = ps('1977-05-01');
    expect(exc(r, 'public-safety').accepted).toBe(false);
    expect(r.additionalTax).toBe(1_000);
  });
  test('applies when you leave in the calendar year you turn 50', () => {
    const r = ps('1976-05-01');
    expect(exc(r, 'public-safety').accepted).toBe(true);
    expect(r.additionalTax).toBe(0);
  });
  test('applies when you leave in the calendar year you turn 51', () => {
    expect(exc(ps('1975-05-01'), 'public-safety').accepted).toBe(true);
  });
  test.each([
    [24, false, 1_000],
    [25, true, 0],
    [26, true, 0],
  ])('with %i years of service at 46 the exception applies: %s', (years, accepted, tax) => {
    const r = ps('1980-05-01', years);
    expect(exc(r, 'public-safety').accepted).toBe(accepted);
    expect(r.additionalTax).toBe(tax);
  });
  test('does not apply to someone who is not a public safety employee at 50', () => {
    const r = run({ birthDate: '1976-05-01', separatedFromPlanEmployer: true, separationDate: '2026-02-01' });
    expect(r.additionalTax).toBe(1_000);
  });
});

describe('capped exceptions below, at and above their caps', () => {
  const YEARS = [2024, 2025, 2026] as const;
  const date = (year: number) => `${year}-06-15`;

  describe.each([
    [2024, 10_000],
    [2025, 10_300],
    [2026, 10_500],
  ])('domestic abuse in %i (cap $%i or 50% of the vested balance)', (year, cap) => {
    const da = (amount: number, vestedBalance = 100_000) =>
      run({ distributionDate: date(year), amount, vestedBalance, claims: ['domestic-abuse'], domesticAbuseDate: `${year}-03-01` });
    test.each([
      [-1, 0],
      [0, 0],
      [1, 0.1],
    ])('a distribution of the cap %+i dollars leaves an additional tax of $%d', (delta, tax) => {
      // 50% × 100,000 = 50,000 > cap, so the cap binds; above the cap, 1 dollar × 10% = 0.10.
      const r = da(cap + delta);
      expect(r.exceptedAmount).toBe(Math.min(cap, cap + delta));
      expect(r.additionalTax).toBe(tax);
    });
    test('half the vested balance binds when it is below the cap', () => {
      // Vested 2 × 4,000 = 8,000 → 50% = 4,000; amount 5,000 → 1,000 × 10% = 100.
      const r = da(5_000, 8_000);
      expect(exc(r, 'domestic-abuse').covers).toBe(4_000);
      expect(r.additionalTax).toBe(100);
    });
  });

  test('domestic abuse more than a year after the abuse is rejected', () => {
    // Abuse 2025-06-15; one year from it ends 2026-06-14, so 2026-06-15 is outside.
    const r = run({ claims: ['domestic-abuse'], domesticAbuseDate: '2025-06-15' });
    expect(exc(r, 'domestic-abuse').accepted).toBe(false);
    expect(r.additionalTax).toBe(1_000);
  });

  describe.each(YEARS)('emergency personal expense in %i (lesser of $1,000 or the vested balance above $1,000)', (year) => {
    test.each([
      [999, 0],
      [1_000, 0],
      [1_001, 0.1],
    ])('a $%i emergency distribution leaves an additional tax of $%d', (amount, tax) => {
      const r = run({ distributionDate: date(year), amount, vestedBalance: 50_000, claims: ['emergency'] });
      expect(r.additionalTax).toBe(tax);
    });
    test.each([
      [1_999, 999],
      [2_000, 1_000],
      [2_001, 1_000],
    ])('with a vested balance of $%i it covers $%i', (vestedBalance, cover) => {
      const r = run({ distributionDate: date(year), amount: 1_000, vestedBalance, claims: ['emergency'] });
      expect(exc(r, 'emergency').covers).toBe(cover);
      expect(r.additionalTax).toBe(Math.round((1_000 - cover) * 10) / 100);
    });
  });

  test('an emergency distribution is refused after an unrepaid one in the prior three years', () => {
    const r = run({ amount: 1_000, claims: ['emergency'], priorEmergencyWithinThreeYears: true });
    expect(exc(r, 'emergency').accepted).toBe(false);
    expect(r.additionalTax).toBe(100);
  });

  describe.each(YEARS)('birth or adoption in %i ($5,000 per child)', (year) => {
    test.each([
      [4_999, 0],
      [5_000, 0],
      [5_001, 0.1],
    ])('a $%i distribution for one child leaves an additional tax of $%d', (amount, tax) => {
      const r = run({ distributionDate: date(year), amount, claims: ['birth-adoption'], birthAdoptionChildren: 1, birthAdoptionDate: `${year}-01-10` });
      expect(r.additionalTax).toBe(tax);
    });
    test('three children allow $15,000', () => {
      const r = run({ distributionDate: date(year), amount: 15_001, claims: ['birth-adoption'], birthAdoptionChildren: 3, birthAdoptionDate: `${year}-01-10` });
      expect(exc(r, 'birth-adoption').covers).toBe(15_000);
      expect(r.additionalTax).toBe(0.1);
    });
  });

  test.each([
    ['2025-06-14', true],
    ['2025-06-15', false],
  ])('birth or adoption on June 15, 2024 covers a distribution on %s: %s', (distributionDate, accepted) => {
    // One-year period beginning on the birth: 2024-06-15 through 2025-06-14.
    const r = run({ distributionDate, amount: 5_000, claims: ['birth-adoption'], birthAdoptionChildren: 1, birthAdoptionDate: '2024-06-15' });
    expect(exc(r, 'birth-adoption').accepted).toBe(accepted);
  });

  describe.each(YEARS)('qualified disaster recovery in %i ($22,000 per disaster, less earlier ones)', (year) => {
    const dis = (amount: number, disasterPriorDistributions = 0) =>
      run({ distributionDate: `${year}-03-01`, amount, claims: ['disaster'], disasterIncidentStart: `${year}-01-07`, disasterDeclarationDate: `${year}-01-08`, disasterPriorDistributions, disasterElectOut: true });
    test.each([
      [21_999, 0],
      [22_000, 0],
      [22_001, 0.1],
    ])('a $%i distribution leaves an additional tax of $%d', (amount, tax) => {
      expect(dis(amount).additionalTax).toBe(tax);
    });
    test.each([
      [11_999, 0],
      [12_000, 0],
      [12_001, 0.1],
    ])('after $10,000 of earlier distributions, $%i leaves an additional tax of $%d', (amount, tax) => {
      expect(dis(amount, 10_000).additionalTax).toBe(tax);
    });
    test('nothing is left after $22,000 of earlier distributions', () => {
      const r = dis(1_000, 22_000);
      expect(exc(r, 'disaster').accepted).toBe(false);
      expect(r.additionalTax).toBe(100);
    });
  });

  test('a disaster distribution is spread over three years unless you elect out', () => {
    // IRC §72(t)(11); Form 8915-F. 9,000 ÷ 3 = 3,000 this year; electing out includes all 9,000.
    const common = { distributionDate: '2025-03-01', amount: 9_000, claims: ['disaster'], disasterIncidentStart: '2025-01-07', disasterDeclarationDate: '2025-01-08' };
    const spread = run(common);
    expect(spread.incomeIncludedThisYear).toBe(3_000);
    expect(spread.disasterSpread).toEqual({ thisYear: 3_000, nextYear: 3_000, yearAfter: 3_000 });
    const out = run({ ...common, disasterElectOut: true });
    expect(out.incomeIncludedThisYear).toBe(9_000);
    expect(out.disasterSpread).toBeNull();
  });

  test('a disaster distribution must come before the 180th day after the later of the incident start and the declaration', () => {
    // IRC §72(t)(11)(B): made "before the date that is 180 days after the applicable date". Later of incident start
    // (2025-01-07) and declaration (2025-01-08) = 2025-01-08; + 180 days = 2025-07-07 (23 + 28 + 31 + 30 + 31 + 30 + 7).
    // So 2025-07-06 is the last day inside, 2025-07-07 is outside; the incident's first day is inside, the day before is not.
    const common = { amount: 1_000, claims: ['disaster'], disasterIncidentStart: '2025-01-07', disasterDeclarationDate: '2025-01-08', disasterElectOut: true };
    expect(exc(run({ ...common, distributionDate: '2025-07-06' }), 'disaster').accepted).toBe(true);
    expect(exc(run({ ...common, distributionDate: '2025-07-07' }), 'disaster').accepted).toBe(false);
    expect(exc(run({ ...common, distributionDate: '2025-01-07' }), 'disaster').accepted).toBe(true);
    expect(exc(run({ ...common, distributionDate: '2025-01-06' }), 'disaster').accepted).toBe(false);
  });

  test('a disaster distribution is reported on Form 8915-F, not Form 5329', () => {
    const r = run({ distributionDate: '2025-03-01', amount: 5_000, claims: ['disaster'], disasterIncidentStart: '2025-01-07', disasterDeclarationDate: '2025-01-08' });
    expect(r.form5329.note).toContain('8915-F');
  });

  describe.each(YEARS)('medical expenses above 7.5% of AGI in %i', (year) => {
    // AGI = 50,000 other + 10,000 distribution = 60,000 (the distribution counts); 7.5% × 60,000 = 4,500.
    test.each([
      [4_499, 0, 1_000],
      [4_500, 0, 1_000],
      [4_501, 1, 999.9],
    ])('medical expenses of $%i except $%i', (medicalExpenses, covered, tax) => {
      const r = run({ distributionDate: date(year), claims: ['medical'], medicalExpenses });
      expect(r.exceptedAmount).toBe(covered);
      expect(r.additionalTax).toBe(tax);
    });
  });

  describe('long-term care (distributions after December 29, 2025; $2,600 in 2026; plan must offer it)', () => {
    const ltc = (overrides: Record<string, unknown>) =>
      run({ distributionDate: '2026-03-01', claims: ['long-term-care'], longTermCarePremiums: 5_000, planOffersLongTermCare: true, ...overrides });
    test.each([
      [2_599, 0],
      [2_600, 0],
      [2_601, 0.1],
    ])('a $%i distribution in 2026 leaves an additional tax of $%d', (amount, tax) => {
      expect(ltc({ amount }).additionalTax).toBe(tax);
    });
    test('premiums paid bind when they are the least', () => {
      // Least of premiums 1,000, 10% × 100,000 = 10,000, cap 2,600 → 1,000; 2,000 − 1,000 = 1,000 × 10% = 100.
      const r = ltc({ amount: 2_000, longTermCarePremiums: 1_000 });
      expect(exc(r, 'long-term-care').covers).toBe(1_000);
      expect(r.additionalTax).toBe(100);
    });
    test('10% of the vested balance binds when it is the least', () => {
      // Vested 20,000 → 2,000; amount 2,500 → 500 × 10% = 50.
      const r = ltc({ amount: 2_500, vestedBalance: 20_000 });
      expect(exc(r, 'long-term-care').covers).toBe(2_000);
      expect(r.additionalTax).toBe(50);
    });
    test.each(['2024-06-15', '2025-06-15', '2025-12-29'])('there is no long-term care exception on %s', (distributionDate) => {
      const r = ltc({ distributionDate, amount: 2_000 });
      expect(exc(r, 'long-term-care').accepted).toBe(false);
      expect(r.additionalTax).toBe(200);
    });
    test('it applies from January 1, 2026', () => {
      expect(ltc({ distributionDate: '2026-01-01', amount: 2_000 }).additionalTax).toBe(0);
    });
    test('it needs a plan that offers it', () => {
      const r = ltc({ amount: 2_000, planOffersLongTermCare: false });
      expect(exc(r, 'long-term-care').status).toBe('needs-plan-support');
      expect(r.additionalTax).toBe(200);
    });
  });
});

describe('exceptions that are not available from a 401(k)', () => {
  test.each(['first-home', 'higher-education', 'health-insurance-unemployed'])('rejects %s as an IRA-only exception', (id) => {
    const r = run({ claims: [id] });
    const o = exc(r, id);
    expect(o.accepted).toBe(false);
    expect(o.status).toBe('ira-only');
    expect(o.reason).toMatch(/IRA-only/);
    expect(r.additionalTax).toBe(1_000);
  });
  test('does not accept hardship as an exception', () => {
    // Hardship only lets the plan pay; the 10% still applies (IRS "Consider the Consequences").
    const out = evaluate({ ...BASE, claims: ['hardship'] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['claims']);
  });
});

describe('exceptions without a cap', () => {
  test.each(['terminal-illness', 'disability', 'death', 'qdro', 'levy'])('%s covers the whole distribution', (id) => {
    const r = run({ amount: 50_000, claims: [id], terminalIllnessCertified: id === 'terminal-illness' });
    expect(exc(r, id).accepted).toBe(true);
    expect(r.additionalTax).toBe(0);
  });
  test('terminal illness without a physician’s certification is rejected', () => {
    expect(run({ claims: ['terminal-illness'] }).additionalTax).toBe(1_000);
  });
  test('a reservist must be called for more than 179 days and paid during duty', () => {
    expect(run({ claims: ['reservist'], reservistOrderedOver179Days: true, reservistDistributionDuringDuty: true }).additionalTax).toBe(0);
    expect(run({ claims: ['reservist'], reservistOrderedOver179Days: false, reservistDistributionDuringDuty: true }).additionalTax).toBe(1_000);
    expect(run({ claims: ['reservist'], reservistOrderedOver179Days: true, reservistDistributionDuringDuty: false }).additionalTax).toBe(1_000);
  });
  test('periodic payments from a 401(k) must begin after separation', () => {
    const sepp = { birthDate: '1976-01-01', claims: ['sepp'], separatedFromPlanEmployer: true, separationDate: '2025-01-31' };
    expect(run({ ...sepp, seppStartDate: '2025-03-01' }).additionalTax).toBe(0);
    expect(run({ ...sepp, seppStartDate: '2024-03-01' }).additionalTax).toBe(1_000);
  });
});

describe('taxable part, income tax and withholding', () => {
  test('works the default request by hand', () => {
    // 2026 single, other income 60,000, 20,000 distribution at 46.
    // Without: 60,000 − 16,100 = 43,900 → 1,240 + 12% × 31,500 = 3,780 → 5,020.
    // With: 63,900 → 1,240 + 4,560 + 22% × 13,500 = 2,970 → 8,770. Added 3,750; additional 2,000; cost 5,750.
    // Withholding 20% × 20,000 = 4,000; balance due 1,750; cash 16,000; net 20,000 − 5,750 = 14,250.
    const r = run({ birthDate: '1980-03-10', amount: 20_000, vestedBalance: 80_000, otherIncome: 60_000 });
    expect([r.incomeTaxWithout, r.incomeTaxWith, r.incomeTaxAdded, r.additionalTax, r.totalFederalCost]).toEqual([5_020, 8_770, 3_750, 2_000, 5_750]);
    expect([r.withholding.amount, r.balanceDue, r.refund, r.cashReceived, r.netAfterTaxes]).toEqual([4_000, 1_750, 0, 16_000, 14_250]);
  });
  test('withholds 20% of an eligible rollover distribution paid to you', () => {
    const r = run({ amount: 10_000 });
    expect(r.withholding.eligibleRolloverPart).toBe(10_000);
    expect(r.withholding.amount).toBe(2_000);
  });
  test('does not let you elect less than 20% on an eligible rollover distribution', () => {
    expect(run({ amount: 10_000, withholdingRate: 0 }).withholding.amount).toBe(2_000);
  });
  test('withholds more when you elect more than 20%', () => {
    expect(run({ amount: 10_000, withholdingRate: 30 }).withholding.amount).toBe(3_000);
  });
  test('withholds the 10% default on an emergency distribution, which is not an eligible rollover distribution', () => {
    // IRC §402(c)(4); §3405(b): 10% × 1,000 = 100.
    const r = run({ amount: 1_000, claims: ['emergency'] });
    expect(r.withholding.eligibleRolloverPart).toBe(0);
    expect(r.withholding.amount).toBe(100);
  });
  test('lets you elect 0% on a distribution that is not an eligible rollover distribution', () => {
    expect(run({ amount: 1_000, claims: ['emergency'], withholdingRate: 0 }).withholding.amount).toBe(0);
  });
  test('shows a refund when withholding exceeds the federal cost', () => {
    // 59½ reached (born 1960): no additional tax. Other income 0: without 0; with 10,000 − 16,100 < 0 → 0 tax.
    // Withholding 20% × 10,000 = 2,000 → refund 2,000.
    const r = run({ birthDate: '1960-01-01', otherIncome: 0 });
    expect(r.totalFederalCost).toBe(0);
    expect(r.refund).toBe(2_000);
    expect(r.balanceDue).toBe(0);
  });
  test('recovers after-tax contributions pro rata', () => {
    // §72(e)(8): 20,000 × 10,000 ÷ 100,000 = 2,000 tax-free; 18,000 taxable; 10% × 18,000 = 1,800; 20% × 18,000 = 3,600.
    const r = run({ amount: 20_000, afterTaxBasis: 10_000 });
    expect(r.taxableAmount).toBe(18_000);
    expect(r.additionalTax).toBe(1_800);
    expect(r.withholding.amount).toBe(3_600);
  });
  test('taxes only the part not rolled over within 60 days', () => {
    // 20,000 paid; 16,000 rolled over → 4,000 taxable; 10% × 4,000 = 400.
    const r = run({ amount: 20_000, rolledOverWithin60Days: 16_000 });
    expect(r.taxableAmount).toBe(4_000);
    expect(r.additionalTax).toBe(400);
  });
  test('withholds 20% of the whole payment even when part is rolled over within 60 days', () => {
    // §3405(c): the 20% is withheld when the plan pays (Pub. 575: make up the 20% from other funds to roll it all).
    // Withholding 20% × 20,000 = 4,000; cash 16,000. Taxable 4,000: without 50,000 − 16,100 = 33,900 → 1,240 + 12% ×
    // 21,500 = 2,580 → 3,820; with 37,900 → 1,240 + 12% × 25,500 = 3,060 → 4,300; added 480; additional 400;
    // cost 880; refund 4,000 − 880 = 3,120.
    const r = run({ amount: 20_000, rolledOverWithin60Days: 16_000 });
    expect(r.withholding.amount).toBe(4_000);
    expect(r.cashReceived).toBe(16_000);
    expect(r.incomeTaxAdded).toBe(480);
    expect(r.refund).toBe(3_120);
  });
  test('taxes nothing in a direct rollover and reports code G', () => {
    const r = run({ amount: 40_000, payment: 'direct-rollover' });
    expect([r.taxableAmount, r.additionalTax, r.incomeTaxAdded, r.withholding.amount, r.cashReceived]).toEqual([0, 0, 0, 0, 0]);
    expect(r.form1099RCode).toBe('G');
  });
  test('shows the reader’s state estimate apart from the federal cost', () => {
    // 5% × 10,000 = 500; federal cost unchanged.
    const without = run({});
    const r = run({ stateTaxRate: 5 });
    expect(r.stateTaxEstimate).toBe(500);
    expect(r.totalFederalCost).toBe(without.totalFederalCost);
    expect(without.stateTaxEstimate).toBeNull();
  });
});

describe('Form 1099-R box 7 codes and Form 5329', () => {
  test('reports code 1 for an early distribution with no exception', () => {
    expect(run({}).form1099RCode).toBe('1');
  });
  test('reports code 2 for an early distribution after separation at 55', () => {
    expect(run({ birthDate: '1971-01-01', separatedFromPlanEmployer: true, separationDate: '2026-01-31' }).form1099RCode).toBe('2');
  });
  test('reports code 7 on or after 59½', () => {
    expect(run({ birthDate: '1960-01-01' }).form1099RCode).toBe('7');
  });
  test('reports code 4 after death and code 3 for disability', () => {
    expect(run({ claims: ['death'] }).form1099RCode).toBe('4');
    expect(run({ claims: ['disability'] }).form1099RCode).toBe('3');
  });
  test('reports code B7 for a qualified Roth 401(k) distribution at 59½ or older', () => {
    // Instructions for Forms 1099-R and 5498, box 7: a numeric and an alpha code when applicable; 7 is used with B.
    const r = run({ birthDate: '1960-01-01', accountType: 'roth', rothBasis: 50_000, rothFirstContributionYear: 2015 });
    expect(r.form1099RCode).toBe('B7');
    expect(r.taxableAmount).toBe(0);
  });
  test('claims the emergency exception on Form 5329 with the confirmed number 23 when it covers only part', () => {
    // Cover $1,000 of $1,500 → $500 subject, so the payer's code is 1 and the exception is claimed on Form 5329.
    const r = run({ amount: 1_500, claims: ['emergency'] });
    expect(r.form1099RCode).toBe('1');
    expect(r.form5329.needed).toBe(true);
    expect(r.form5329.exceptionNumber).toEqual({ number: '23', confirmed: true });
  });
  test('claims the medical exception with the confirmed number 05', () => {
    const r = run({ claims: ['medical'], medicalExpenses: 20_000 });
    expect(r.form5329.exceptionNumber).toEqual({ number: '05', confirmed: true });
  });
  test('marks the domestic abuse number as unconfirmed', () => {
    // 2026 cap $10,500 (lesser of it or 50% × $100,000) of $12,000 → $1,500 subject → code 1, claimed on Form 5329.
    const r = run({ amount: 12_000, claims: ['domestic-abuse'], domesticAbuseDate: '2026-03-01' });
    expect(r.form5329.exceptionNumber?.confirmed).toBe(false);
  });
  test('needs no Form 5329 when there is no exception to claim', () => {
    expect(run({}).form5329.needed).toBe(false);
  });
});

describe('request validation', () => {
  const fields = (req: Record<string, unknown>) => {
    const out = evaluate({ ...BASE, ...req });
    return out.ok ? [] : out.errors.map((e) => e.field).sort();
  };
  test.each(['2023-12-31', '2027-01-01'])('refuses a distribution on %s and names the covered years', (distributionDate) => {
    const out = evaluate({ ...BASE, distributionDate });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors[0]!.field).toBe('distributionDate');
      expect(out.errors[0]!.message).toContain('2024, 2025, 2026');
    }
  });
  test('refuses an amount above the vested balance', () => {
    expect(fields({ amount: 100_001 })).toEqual(['amount']);
  });
  test('refuses a separation without its date', () => {
    expect(fields({ separatedFromPlanEmployer: true })).toEqual(['separationDate']);
  });
  test('refuses an unknown field', () => {
    expect(fields({ penalty: 10 })).toEqual(['penalty']);
  });
  test('refuses a date that is not on the calendar', () => {
    expect(fields({ distributionDate: '2026-02-29' })).toEqual(['distributionDate']);
  });
});
