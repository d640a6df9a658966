// loan: IRC §72(p)(2)(A) limit with the 12-month reduction, the $10,000 floor (where the plan allows it) and the
// $50,000 cap; the 5-year term; a default as a deemed distribution (code L, not rollover-eligible). IRS Loans FAQ.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

function loan(req: Record<string, unknown>) {
  const out = evaluate({ check: 'loan', loanDate: '2026-03-01', ...req });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { result: out.result as Record<string, any>, text: out.explanation.map((s) => s.text).join('\n') };
}

describe('the most you may borrow', () => {
  test('gives $22,000 in the IRS example', () => {
    const { result, text } = loan({ vestedBalance: 80_000, outstandingBalance: 18_000, highestBalanceLast12Months: 27_000 });
    expect(result).toMatchObject({ reductionForRecentLoans: 9_000, reducedDollarLimit: 41_000, halfVestedBalance: 40_000, totalLoanLimit: 40_000, maxNewLoan: 22_000 });
    expect(text).toContain('$50,000 − ($27,000 highest balance in the last 12 months − $18,000 owed today) = $41,000');
  });

  // Floor triplet: half the vested balance just under, at and over $10,000, with the plan allowing the floor.
  test.each([
    [19_999.98, true, 10_000], // half 9,999.99 → floor 10,000
    [20_000, false, 10_000],
    [20_000.02, false, 10_000.01],
  ])('vested %d with the floor allowed: floor applies %s, limit %d', (vestedBalance, floorApplies, max) => {
    expect(loan({ vestedBalance, planAllowsFloor: true }).result).toMatchObject({ floorApplies, maxNewLoan: max });
  });

  test('the floor is optional for the plan and never exceeds the vested balance', () => {
    expect(loan({ vestedBalance: 19_999.98 }).result.maxNewLoan).toBe(9_999.99);
    expect(loan({ vestedBalance: 6_000, planAllowsFloor: true }).result.maxNewLoan).toBe(6_000);
  });

  // Cap triplet: half the vested balance just under, at and over $50,000.
  test.each([
    [99_999.98, 49_999.99],
    [100_000, 50_000],
    [100_000.02, 50_000],
  ])('vested %d allows %d', (vestedBalance, max) => {
    expect(loan({ vestedBalance }).result.maxNewLoan).toBe(max);
  });

  test('a loan paid off within 12 months still reduces the cap', () => {
    // 50,000 − (30,000 − 0) = 20,000, less than half of 200,000.
    expect(loan({ vestedBalance: 200_000, highestBalanceLast12Months: 30_000 }).result.maxNewLoan).toBe(20_000);
  });

  test('says whether the loan you want fits', () => {
    expect(loan({ vestedBalance: 80_000, requestedAmount: 40_000 }).result.requestedWithinLimit).toBe(true);
    expect(loan({ vestedBalance: 80_000, requestedAmount: 40_000.01 }).result.requestedWithinLimit).toBe(false);
  });

  test('refuses a highest balance below today’s balance, and loans above the vested balance', () => {
    const a = evaluate({ check: 'loan', loanDate: '2026-03-01', vestedBalance: 80_000, outstandingBalance: 10_000 });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.errors.map((e) => e.field)).toEqual(['highestBalanceLast12Months']);
    const b = evaluate({ check: 'loan', loanDate: '2026-03-01', vestedBalance: 5_000, outstandingBalance: 6_000, highestBalanceLast12Months: 6_000 });
    expect(b.ok).toBe(false);
  });
});

describe('term and default', () => {
  test('repay within 5 years with payments at least quarterly', () => {
    const { result, text } = loan({ loanDate: '2024-02-29', vestedBalance: 50_000 });
    expect(result).toMatchObject({ termYears: 5, repayBy: '2029-02-28', paymentIntervalMonths: 3 });
    expect(text).toContain('at least every 3 months');
  });

  test('a default at 46 is a deemed distribution with the 10% and code L1, without withholding', () => {
    // 2024 single, other income 50,000, default of 10,000: without 50,000 − 14,600 = 35,400 → 1,160 + 12% × 23,800
    // (2,856) = 4,016; with 45,400 → 1,160 + 12% × 33,800 (4,056) = 5,216; added 1,200; 10% = 1,000; total 2,200.
    const { result, text } = loan({ loanDate: '2024-05-01', vestedBalance: 40_000, birthDate: '1978-01-01', otherIncome: 50_000, balanceAtDefault: 10_000 });
    expect(result.default).toMatchObject({ deemedDistribution: 10_000, incomeTaxAdded: 1_200, additionalTax: 1_000, totalFederalCost: 2_200, form1099RCode: 'L1', rolloverEligible: false });
    expect(text).toContain('not eligible for rollover');
    expect(text).not.toContain('withheld');
  });

  test('after 59½ a default owes income tax only, code L7', () => {
    const { result } = loan({ loanDate: '2026-03-01', vestedBalance: 40_000, birthDate: '1960-01-01', otherIncome: 50_000, balanceAtDefault: 10_000 });
    expect(result.default).toMatchObject({ additionalTax: 0, form1099RCode: 'L7' });
  });

  test('a default is income of the year its cure period ends, and the step says which day that is', () => {
    // Treas. Reg. §1.72(p)-1, Q&A-10: with a cure period the deemed distribution occurs on its last day. Cure period
    // ending 2026-03-31 → 2026 income; 2026 single, other income 50,000, 10,000 at default: without 50,000 − 16,100 =
    // 33,900 → 1,240 + 12% × 21,500 = 3,820; with 43,900 → 1,240 + 12% × 31,500 = 5,020; added 1,200.
    const out = evaluate({ check: 'loan', loanDate: '2024-05-01', vestedBalance: 40_000, birthDate: '1978-01-01', otherIncome: 50_000, balanceAtDefault: 10_000, defaultDate: '2026-03-31' });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    expect((out.result as Record<string, any>).default).toMatchObject({ incomeTaxAdded: 1_200, additionalTax: 1_000 });
    expect(out.explanation.find((s) => s.rule === 'irc-72p-1-deemed-distribution')?.text).toBe(
      'If payments stop and are not made up by the end of the cure period (at most the end of the calendar quarter after the missed payment), the unpaid $10,000 is treated as distributed to you on the last day of the cure period — here March 31, 2026, so it is 2026 income (a cure period that runs into the next year moves it there): taxable, subject to the 10% additional tax if you are under 59½ with no exception, and not eligible for rollover. You receive no cash; the tax is due with your return.',
    );
  });

  test('without a birth date there is no default estimate', () => {
    expect(loan({ vestedBalance: 40_000 }).result.default).toBe(null);
  });
});
