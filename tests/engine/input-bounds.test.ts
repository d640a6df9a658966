// Bad input comes back as a field error, never a throw: a birth date more than 120 years before the tax year is a
// typo to point at, in every check that asks for one.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

const requests: Record<string, Record<string, unknown>> = {
  'early-withdrawal': { check: 'early-withdrawal', distributionDate: '2026-06-15', amount: 1000, vestedBalance: 5000 },
  exceptions: { check: 'exceptions', distributionDate: '2026-06-15' },
  'roth-distribution': { check: 'roth-distribution', distributionDate: '2026-06-15', amount: 1000, vestedBalance: 5000, rothBasis: 1000, rothFirstContributionYear: 2020 },
  'contribution-limits': { check: 'contribution-limits', taxYear: 2026 },
  hardship: { check: 'hardship', reason: 'medical', amountNeeded: 1000, distributionDate: '2026-06-15', vestedBalance: 5000 },
};

describe.each(Object.entries(requests))('%s', (_check, request) => {
  test('rejects a birth date that makes the reader 121 in 2026', () => {
    const out = evaluate({ ...request, birthDate: '1905-01-01' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toContain('birthDate');
  });
  test('accepts a birth date that makes the reader 120 in 2026', () => {
    const out = evaluate({ ...request, birthDate: '1906-01-01' });
    expect(out.ok ? [] : out.errors.map((e) => e.field)).not.toContain('birthDate');
  });
});
