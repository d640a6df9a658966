// Start dates inside the exception predicates that the checks cannot reach, because the covered tax years begin in
// 2024: the public-safety additions of SECURE 2.0 Act §§308 and 330 (distributions after December 29, 2022), and the
// long-term care reason on the first covered days (SECURE 2.0 Act §334(d): distributions after December 29, 2025).
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { exceptionById, judgeException, type ExceptionFacts } from '../../src/engine/rules/exceptions.ts';

const facts = (overrides: Partial<ExceptionFacts>): ExceptionFacts => ({
  year: 2022, plan: '401k', distributionDate: '2022-12-29', birthDate: '1972-05-01', claims: new Set(['public-safety']),
  separatedFromPlanEmployer: true, separationDate: '2022-06-30', publicSafetyEmployee: true,
  priorEmergencyWithinThreeYears: false, terminalIllnessCertified: false, reservistOrderedOver179Days: false,
  reservistDistributionDuringDuty: false, planOffersLongTermCare: false, ...overrides,
});

describe('public safety employees added in 2022 (IRC §72(t)(10) as amended by SECURE 2.0 Act §§308, 330)', () => {
  test.each([['private-sector-firefighter', 'Firefighters in private-sector plans'], ['state-local-corrections', 'State and local corrections officers']] as const)(
    'a %s distribution on December 29, 2022 does not qualify',
    (publicSafetyRole, who) => {
      const v = judgeException(exceptionById('public-safety')!, facts({ publicSafetyRole }));
      expect(v.status).toBe('does-not-apply');
      expect(v.reason).toBe(`${who} count as public safety employees only for distributions after December 29, 2022.`);
    },
  );
  test('a private-sector firefighter who leaves in the year of turning 50 qualifies in 2024, from the firefighter’s plan', () => {
    const out = evaluate({
      check: 'early-withdrawal', distributionDate: '2024-03-01', birthDate: '1974-05-01', amount: 10_000, vestedBalance: 100_000,
      separatedFromPlanEmployer: true, separationDate: '2024-01-31', publicSafetyEmployee: true, publicSafetyRole: 'private-sector-firefighter',
    });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const ps = (out.result as { exceptions: { id: string; accepted: boolean; reason: string }[] }).exceptions.find((e) => e.id === 'public-safety')!;
    expect(ps.accepted).toBe(true);
    expect(ps.reason).toContain('must come from a private-sector firefighter’s plan');
  });
});

describe('long-term care on the last two days of 2025', () => {
  test('the reason states the 2025 limit rather than contradicting the start date', () => {
    const out = evaluate({
      check: 'early-withdrawal', distributionDate: '2025-12-30', birthDate: '1980-01-01', amount: 2_000, vestedBalance: 100_000,
      claims: ['long-term-care'], longTermCarePremiums: 3_000, planOffersLongTermCare: true,
    });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const ltc = (out.result as { exceptions: { id: string; reason: string; covers: number | null }[] }).exceptions.find((e) => e.id === 'long-term-care')!;
    // Least of 3,000, 10% × 100,000 = 10,000, and the 2025 limit 2,600 = 2,600; the distribution of 2,000 is covered.
    expect(ltc.covers).toBe(2_000);
    expect(ltc.reason).toContain('the 2025 cap ($2,600) = $2,600');
  });
});
