// The parts of a withdrawal a check gives the shared rules (src/engine/withdrawal/reachable.ts): a check's chunk carries
// only those, so a request that reaches a part its check did not give is a programmer error, loud (a throw, an internal
// error from the check's runner) rather than an answer from a shorter path. The checks' own requests never do: every
// scenario and the fuzz sample answer through them (tests/engine/entries.test.ts, npm run fuzz: 0 internal errors).
import { describe, expect, test } from 'vitest';
import { computeWithdrawal, validateRmdYearOf, validateWithdrawal, type WithdrawalRequest } from '../../src/engine/withdrawal/compute.ts';
import { planRmdYear } from '../../src/engine/withdrawal/plan-rmd-year.ts';
import { sixtyDayRollover } from '../../src/engine/withdrawal/sixty-day-rollover.ts';
import { traditionalIra } from '../../src/engine/withdrawal/traditional-ira.ts';
import { earlyWithdrawal } from '../../src/engine/checks/early-withdrawal.ts';
import { age59HalfOnly } from '../../src/engine/withdrawal/age-59-half-only.ts';
import { everyException } from '../../src/engine/withdrawal/every-exception.ts';

const parsed = earlyWithdrawal.request.parse({
  check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1980-03-10', amount: 20_000, vestedBalance: 80_000, filingStatus: 'single', otherIncome: 60_000,
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const request = parsed.value as WithdrawalRequest;
const all = { exceptions: everyException, ira: traditionalIra, rmdYear: planRmdYear, rollover: sixtyDayRollover };
const none = { exceptions: everyException };

describe('the parts a check gives the withdrawal rules', () => {
  test('a 401(k) payment to the participant, not rolled over and not an RMD-year payment, needs none of them', () => {
    // A hardship distribution: paid to the participant, never rolled over, not judged as an RMD-year payment.
    // 2026 single, other income 60,000: taxable income 43,900 without it, 63,900 with it; 6,500 × 12% + 13,500 × 22% =
    // 780 + 2,970 = 3,750 income tax added, + 10% × 20,000 = 2,000 additional tax (age 46) = 5,750.
    expect(computeWithdrawal(request, undefined, 'hardship', none).totalFederalCost).toBe(5_750);
    expect(validateWithdrawal(request, none)).toEqual([]);
  });

  test('a plan distribution reaches the RMD-year rules, and refuses to run without them', () => {
    expect(() => computeWithdrawal(request, undefined, 'distribution', none)).toThrow(/did not give/);
    expect(() => validateRmdYearOf(request, none)).toThrow(/did not give/);
    expect(validateRmdYearOf(request, all)).toEqual([]);
  });

  test('a traditional IRA, a direct rollover beside the payment and a 60-day rollover each reach their own rules', () => {
    const rmdOnly = { exceptions: everyException, rmdYear: planRmdYear };
    expect(() => computeWithdrawal({ ...request, planType: 'ira' }, undefined, 'distribution', rmdOnly)).toThrow(/did not give/);
    expect(() => validateWithdrawal({ ...request, directRolloverSameTime: 1_000 }, none)).toThrow(/did not give/);
    expect(() => computeWithdrawal({ ...request, rolledOverWithin60Days: 5_000 }, undefined, 'distribution', rmdOnly)).toThrow(/did not give/);
    // Given, the 60-day rollover counts against the taxable part: 20,000 − 5,000 = 15,000 taxable (IRC §402(c)(3)).
    expect(computeWithdrawal({ ...request, rolledOverWithin60Days: 5_000 }, undefined, 'distribution', all).taxableAmount).toBe(15_000);
  });

  test('age 59½ alone answers a request that claims nothing as every exception’s rules do, and refuses any other', () => {
    // Born 1980-03-10: 59½ on 2039-09-10, after the 2026-06-15 payment, so 10% × 20,000 = 2,000 additional tax.
    const loan = { exceptions: age59HalfOnly };
    expect(computeWithdrawal(request, undefined, 'deemed-loan', loan).additionalTax).toBe(2_000);
    expect(validateWithdrawal(request, loan)).toEqual([]);
    expect(() => computeWithdrawal({ ...request, claims: ['medical'] }, undefined, 'deemed-loan', loan)).toThrow(/did not give/);
    expect(() => computeWithdrawal({ ...request, separatedFromPlanEmployer: true, separationDate: '2026-01-31' }, undefined, 'deemed-loan', loan)).toThrow(/did not give/);
  });
});
