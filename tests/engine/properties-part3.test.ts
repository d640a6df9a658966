// Property tests (fast-check) for the contribution-limits, hardship, loss and loan checks: for well-formed requests
// `evaluate` never throws, never returns NaN or Infinity and no figure is negative; plus each check's own invariants.
// (Kept apart from properties.test.ts, which covers the other checks and arbitrary input for every check.)
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/data/index.ts';
import { evaluate } from '../../src/engine/index.ts';

const RUNS = { numRuns: 300 };
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateIn = (from: string, to: string) => fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map(iso);
const dollars = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const STATUSES = ['single', 'married-filing-jointly', 'married-filing-separately', 'head-of-household', 'qualifying-surviving-spouse'] as const;

function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}
/** Evaluates; a refusal is fine (returned as null) but never a throw, an internal error, NaN, Infinity or a negative. */
function check(request: Record<string, unknown>): Record<string, any> | null {
  let out: ReturnType<typeof evaluate>;
  expect(() => (out = evaluate(request))).not.toThrow();
  if (!out!.ok) {
    for (const e of out!.errors) expect(e.message, JSON.stringify(request)).not.toMatch(/Internal error/);
    return null;
  }
  const bad = numbers(out!.result).filter(([, n]) => !Number.isFinite(n) || n < 0);
  expect(bad, JSON.stringify(request)).toEqual([]);
  return out!.result as Record<string, any>;
}

const returnFields = {
  filingStatus: fc.constantFrom(...STATUSES),
  otherIncome: dollars(800_000),
  stateTaxRate: fc.integer({ min: 0, max: 1500 }).map((x) => x / 100),
};

describe('contribution-limits', () => {
  test('the total allowed is the limit plus at most the age’s catch-up, and the excess is what exceeds it', () => {
    fc.assert(
      fc.property(
        fc.record({
          taxYear: fc.integer({ min: 2023, max: 2027 }),
          birthDate: dateIn('1930-01-01', '2010-12-31'),
          priorYearFicaWages: fc.option(dollars(400_000), { nil: undefined }),
          traditionalDeferrals: dollars(60_000),
          rothDeferrals: dollars(60_000),
          otherEmployerDeferrals: dollars(30_000),
          planOffersCatchUp: fc.boolean(),
          planOffersAge60To63CatchUp: fc.boolean(),
          planOffersRoth: fc.boolean(),
        }),
        (req) => {
          const r = check({ check: 'contribution-limits', ...req });
          if (!r) return;
          expect(r.totalAllowed).toBeGreaterThanOrEqual(r.baseLimit);
          expect(r.totalAllowed).toBeLessThanOrEqual(r.baseLimit + r.catchUpForAge);
          expect(r.excessDeferral).toBeCloseTo(Math.max(0, r.plannedDeferrals - r.totalAllowed), 2);
          if (r.catchUpsBlockedNoRoth) expect(r.catchUpAllowed).toBe(0);
          if (r.rothCatchUpRequired) expect(req.taxYear).toBeGreaterThanOrEqual(rules.figures['roth-catch-up-first-year'].value);
        },
      ),
      RUNS,
    );
  });
});

describe('hardship', () => {
  test('a coverable need is covered by the gross found, and one cent less falls short', () => {
    fc.assert(
      fc.property(
        fc.record({
          reason: fc.constantFrom(...rules.hardshipReasons.map((r) => r.id), 'other'),
          amountNeeded: fc.integer({ min: 1, max: 20_000_000 }).map((c) => c / 100),
          distributionDate: dateIn('2024-01-01', '2026-12-31'),
          birthDate: dateIn('1935-01-01', '2005-12-31'),
          vestedBalance: dollars(1_000_000),
          accountType: fc.constantFrom('traditional', 'roth'),
          rothShare: fc.double({ min: 0, max: 1, noNaN: true }),
          rothFirstContributionYear: fc.integer({ min: 2006, max: 2024 }),
          afterTaxShare: fc.constantFrom(0, 0, 0.3),
          ...returnFields,
        }),
        ({ rothShare, afterTaxShare, ...req }) => {
          const request = {
            check: 'hardship',
            ...req,
            rothBasis: Math.round(req.vestedBalance * rothShare * 100) / 100,
            afterTaxBasis: req.accountType === 'traditional' ? Math.round(req.vestedBalance * afterTaxShare * 100) / 100 : 0,
          };
          const r = check(request);
          if (!r) return;
          expect(r.rolloverEligible).toBe(false);
          expect(r.repayable).toBe(false);
          expect(r.withholding.eligibleRolloverPart).toBe(0);
          if (r.coverable) {
            expect(r.grossAmountNeeded).toBeGreaterThanOrEqual(req.amountNeeded);
            expect(r.grossAmountNeeded).toBeLessThanOrEqual(req.vestedBalance);
            expect(r.netAfterTaxes).toBeGreaterThanOrEqual(req.amountNeeded);
            if (r.oneCentLessNets !== null) expect(r.oneCentLessNets).toBeLessThan(req.amountNeeded);
          } else {
            expect(r.grossAmountNeeded).toBe(null);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('loss', () => {
  test('nothing is ever deductible', () => {
    fc.assert(
      fc.property(
        fc.record({
          taxYear: fc.integer({ min: 2024, max: 2026 }),
          situation: fc.constantFrom('value-drop', 'closed-below-basis', 'repurchase-in-ira', 'repurchase-in-plan'),
          accountType: fc.constantFrom('traditional', 'roth'),
          basis: dollars(500_000),
          amountReceived: dollars(500_000),
          lossAmount: dollars(500_000),
          saleDate: dateIn('2024-01-01', '2026-12-31'),
          repurchaseDate: dateIn('2023-11-01', '2027-01-31'),
        }),
        (req) => {
          const r = check({ check: 'loss', ...req });
          if (!r) return;
          // Inside the account never deductible; a taxable sale only when no wash sale (or its risk) applies.
          if (r.washSale === null || r.washSale.status === 'disallowed') {
            expect(r.deductible).toBe(false);
            expect(r.deductibleAmount).toBe(0);
          } else if (r.washSale.status === 'risk') expect([r.deductible, r.deductibleAmount]).toEqual([null, null]);
          else expect([r.deductible, r.deductibleAmount]).toEqual([true, req.lossAmount]);
          if (req.situation === 'repurchase-in-plan') expect(r.washSale.status).not.toBe('disallowed');
        },
      ),
      RUNS,
    );
  });
});

describe('loan', () => {
  test('the new loan never exceeds the dollar cap, the vested balance or the floor-or-half limit', () => {
    fc.assert(
      fc.property(
        fc.record({
          loanDate: dateIn('2024-01-01', '2026-12-31'),
          vestedBalance: dollars(400_000),
          outstanding: dollars(60_000),
          extraHighest: dollars(60_000),
          planAllowsFloor: fc.boolean(),
          birthDate: fc.option(dateIn('1940-01-01', '2004-12-31'), { nil: undefined }),
          ...returnFields,
        }),
        ({ outstanding, extraHighest, ...req }) => {
          const r = check({ check: 'loan', ...req, outstandingBalance: outstanding, highestBalanceLast12Months: outstanding + extraHighest });
          if (!r) return;
          expect(r.maxNewLoan).toBeLessThanOrEqual(rules.figures['loan-max'].value);
          expect(r.totalLoanLimit).toBeLessThanOrEqual(req.vestedBalance);
          expect(r.maxNewLoan).toBeLessThanOrEqual(Math.max(r.halfVestedBalance, req.planAllowsFloor ? rules.figures['loan-floor'].value : 0));
          if (r.default) expect(r.default.form1099RCode).toMatch(/^L/);
        },
      ),
      RUNS,
    );
  });
});
