// A request for a year the site does not cover is refused as a field error, never thrown, even when the fields of the
// emergency repeat rule (IRC §72(t)(2)(I)), whose checks read that year's figures, are filled in.
import { expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';

test('an emergency repeat in 2027 is refused on the distribution date, not thrown', () => {
  const out = evaluate({
    check: 'early-withdrawal', distributionDate: '2027-03-01', birthDate: '1985-01-01', amount: 1_000, vestedBalance: 50_000,
    claims: ['emergency'], priorEmergencyWithinThreeYears: true, priorEmergencyDate: '2025-03-01', priorEmergencyUnrepaid: 1_000,
  });
  expect(out.ok).toBe(false);
  if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['distributionDate']);
});
