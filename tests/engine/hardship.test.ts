// hardship: the seven safe-harbor needs (Treas. Reg. §1.401(k)-1(d)(3)(iii)(B)), the gross-up search, and what a
// hardship distribution is not: an exception to the 10% (IRS "consider the consequences"), rollover-eligible, repayable.
// 2026 single, other income 60,000: taxable income without = 43,900, 6,500 below the 12% bracket's 50,400 edge.
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/data/index.ts';
import { evaluate } from '../../src/engine/index.ts';
import { grossUp } from '../../src/engine/rules/gross-up.ts';

const base = { check: 'hardship', reason: 'medical', distributionDate: '2026-06-15', birthDate: '1980-03-10', vestedBalance: 80_000, otherIncome: 60_000 };
function hardship(req: Record<string, unknown>) {
  const out = evaluate({ ...base, ...req });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return { result: out.result as Record<string, any>, text: out.explanation.map((s) => s.text).join('\n') };
}

describe('the reason', () => {
  test.each(rules.hardshipReasons.map((r) => r.id))('%s is a safe-harbor need', (reason) => {
    expect(hardship({ reason, amountNeeded: 1_000 }).result.safeHarbor).toBe(true);
  });
  test('another need is not a safe-harbor need, and the seven are named', () => {
    const { result, text } = hardship({ reason: 'other', amountNeeded: 1_000 });
    expect(result.safeHarbor).toBe(false);
    expect(text).toContain('not one of the 7 safe-harbor needs');
  });
  test('a plan may accept fewer needs', () => {
    expect(hardship({ reason: 'funeral', planReasons: ['medical', 'funeral'], amountNeeded: 1_000 }).result.offeredByPlan).toBe(true);
    expect(hardship({ reason: 'disaster', planReasons: ['medical'], amountNeeded: 1_000 }).result.offeredByPlan).toBe(false);
    // None ticked means "not known" (the field's own help says to leave them unticked), never "not accepted".
    expect(hardship({ reason: 'disaster', planReasons: [], amountNeeded: 1_000 }).result.offeredByPlan).toBe(null);
    expect(hardship({ reason: 'disaster', amountNeeded: 1_000 }).result.offeredByPlan).toBe(null);
    expect(hardship({ reason: 'disaster', amountNeeded: 1_000 }).result.offeredByPlan).toBe(null);
  });
  test('an unknown reason id is refused', () => {
    const out = evaluate({ ...base, reason: 'vacation', amountNeeded: 1_000 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['reason']);
  });
});

describe('gross-up at the 12% bracket edge (2026 single, 6,500 of room)', () => {
  // Below the edge a dollar nets 1 − 12% − 10% = 0.78; above it 1 − 22% − 10% = 0.68; the edge itself nets 5,070.
  test.each([
    [5_069.99, 6_499.99], // 0.78 × 6,499.99 = 5,069.99 after rounding (779.9988 → 780.00, 649.999 → 650.00)
    [5_070, 6_500],
    [5_070.01, 6_500.01], // 6,500.01 − 780.00 − 650.00 = 5,070.01
    [5_000, 6_410.26],
    [6_000, 7_867.64],
  ])('a need of %d takes a gross of %d', (need, gross) => {
    const { result } = hardship({ amountNeeded: need });
    expect(result.grossAmountNeeded).toBe(gross);
    expect(result.netAfterTaxes).toBeGreaterThanOrEqual(need);
    expect(result.oneCentLessNets).toBeLessThan(need);
  });

  test('with a state estimate the gross rises past the edge: 5% more per taxable dollar', () => {
    // Below the edge a dollar nets 1 − 0.12 − 0.10 − 0.05 = 0.73, so the edge nets 6,500 × 0.73 = 4,745 < 5,000.
    // Above it 0.63: 6,500 + 255 / 0.63 = 6,904.76. At 6,904.77: tax 780 + 22% × 404.77 (89.0494) → 869.05;
    // 10% 690.477 → 690.48; 5% 345.2385 → 345.24; net 6,904.77 − 1,904.77 = 5,000.00. At 6,904.76: 869.05,
    // 690.48, 345.24 (345.238) → net 4,999.99.
    const { result } = hardship({ amountNeeded: 5_000, stateTaxRate: 5 });
    expect(result.grossAmountNeeded).toBe(6_904.77);
    expect(result.stateTaxEstimate).toBe(345.24);
    expect(result.oneCentLessNets).toBe(4_999.99);
  });

  test('a separate exception removes the 10%: terminal illness nets 1 − 12% below the edge', () => {
    // 5,000 / 0.88 = 5,681.818 → 5,681.82: 681.8184 → 681.82; net 5,000.00.
    const { result } = hardship({ amountNeeded: 5_000, claims: ['terminal-illness'], terminalIllnessCertified: true });
    expect(result.additionalTax).toBe(0);
    expect(result.grossAmountNeeded).toBe(5_681.82);
  });

  test('with no tax at all, the 10% withheld sets the gross so the need is in hand when paid', () => {
    // Age 61 (no 10%), no other income: under the 16,100 standard deduction, no tax. 10% default withholding:
    // 3,333.33 − 333.33 (333.333 rounded) = 3,000.00 in hand; at 3,333.32, 333.33 is withheld and 2,999.99 is in hand.
    const { result } = hardship({ birthDate: '1965-01-01', otherIncome: 0, amountNeeded: 3_000 });
    expect(result.grossAmountNeeded).toBe(3_333.33);
    expect(result.oneCentLessNets).toBe(2_999.99);
  });
  test('with no tax at all and 0% withholding elected, the gross is the need itself', () => {
    const { result } = hardship({ birthDate: '1965-01-01', otherIncome: 0, amountNeeded: 3_000, withholdingRate: 0 });
    expect(result.grossAmountNeeded).toBe(3_000);
    expect(result.oneCentLessNets).toBe(null);
  });
});

describe('what a hardship distribution is not', () => {
  test('not an exception to the 10%, not rollover-eligible, not repayable; 10% default withholding, not 20%', () => {
    const { result, text } = hardship({ amountNeeded: 5_070 });
    expect(result.additionalTax).toBe(650);
    expect(result.rolloverEligible).toBe(false);
    expect(result.repayable).toBe(false);
    expect(result.withholding).toEqual({ eligibleRolloverPart: 0, otherPart: 6_500, amount: 650, periodicNotEstimated: false });
    expect(text).toContain('it is not an exception to the 10% additional tax');
    expect(text).toContain('cannot be rolled over');
    expect(text).toContain('20% mandatory withholding does not apply');
  });
  test('the withholding rate can be elected down to 0%', () => {
    expect(hardship({ amountNeeded: 5_070, withholdingRate: 0 }).result.withholding.amount).toBe(0);
  });
  test('rollover fields are not part of the request', () => {
    const out = evaluate({ ...base, amountNeeded: 1_000, payment: 'direct-rollover' });
    expect(out.ok).toBe(false);
  });
  test('a zero need is refused', () => {
    const out = evaluate({ ...base, amountNeeded: 0 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['amountNeeded']);
  });
});

describe('grossUp search', () => {
  // Brute force over every cent: the first gross whose net covers the need.
  const brute = (need: number, max: number, net: (g: number) => number) => {
    for (let g = need; g <= max; g++) if (net(g) >= need) return g;
    return null;
  };
  const piecewise = (g: number) => {
    // Tax 20% up to 5,000.00, 45% above, rounded to the cent like the engine: a kinked, concave net.
    const tax = g <= 500_000 ? g * 0.2 : 100_000 + (g - 500_000) * 0.45;
    return g - Math.round(tax);
  };

  test.each([1, 99, 12_345, 399_999, 400_000, 400_001, 450_000, 600_000])('matches a brute-force scan for a need of %i cents', (need) => {
    const max = 2_000_000;
    expect(grossUp(need, max, piecewise).gross).toBe(brute(need, max, piecewise));
  });

  test('returns null when even the maximum falls short, and the need when nothing is taxed', () => {
    expect(grossUp(100_000, 110_000, piecewise).gross).toBe(null);
    expect(grossUp(5_000, 10_000, (g) => g).gross).toBe(5_000);
  });

  test('needs only a handful of evaluations on a piecewise-linear net', () => {
    expect(grossUp(1_234_567, 10_000_000, piecewise).evaluations).toBeLessThanOrEqual(8);
  });

  test('still ends on a flat net (bisection fallback)', () => {
    const r = grossUp(500, 100_000, (g) => Math.min(g, 400));
    expect(r.gross).toBe(null);
  });
});
