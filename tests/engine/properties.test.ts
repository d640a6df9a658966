// Property tests (fast-check): for arbitrary requests `evaluate` never throws and never returns NaN or Infinity; no tax
// figure of the distribution checks is negative (a refund is its own field); the additional tax never exceeds 10% of
// the taxable part; more other income never lowers the federal tax with the distribution.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHECK_IDS, evaluate, requestSchemas } from '../../src/engine/index.ts';

const RUNS = { numRuns: 400 };

/** Calls `evaluate`, failing on a throw or on an "internal error" (a rule that threw and was caught). */
function safeEvaluate(request: unknown) {
  let out: ReturnType<typeof evaluate>;
  expect(() => (out = evaluate(request))).not.toThrow();
  if (!out!.ok) for (const e of out!.errors) expect(e.message, JSON.stringify(request)).not.toMatch(/Internal error/);
  return out!;
}

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}
function expectFinite(value: unknown) {
  const bad = numbers(value).filter(([, n]) => !Number.isFinite(n));
  expect(bad).toEqual([]);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateIn = (from: string, to: string) => fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map(iso);
const dollars = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);
const STATUSES = ['single', 'married-filing-jointly', 'married-filing-separately', 'head-of-household', 'qualifying-surviving-spouse'] as const;
const CLAIMS = ['death', 'disability', 'sepp', 'separation-55', 'public-safety', 'esop-dividends', 'levy', 'medical', 'qdro', 'health-insurance-unemployed', 'higher-education', 'first-home', 'reservist', 'birth-adoption', 'emergency', 'domestic-abuse', 'terminal-illness', 'disaster', 'long-term-care', 'corrective', 'eaca-withdrawal', 'phased-retirement'];

const returnFields = {
  filingStatus: fc.constantFrom(...STATUSES),
  otherIncome: dollars(800_000),
  spouseBirthDate: dateIn('1930-01-01', '2005-12-31'),
  blind: fc.boolean(),
  spouseBlind: fc.boolean(),
  itemizedDeductions: dollars(100_000),
  stateTaxRate: fc.integer({ min: 0, max: 1500 }).map((x) => x / 100),
};

/** A plausible distribution request: most fields present, amounts within the balance, dates in the covered years. */
const distribution = fc
  .record(
    {
      distributionDate: dateIn('2024-01-01', '2026-12-31'),
      birthDate: dateIn('1935-01-01', '2005-12-31'),
      vestedBalance: dollars(2_000_000),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      rothShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
      rothFirstContributionYear: fc.integer({ min: 2006, max: 2026 }),
      rothRolledInFirstYear: fc.integer({ min: 2006, max: 2026 }),
      separatedFromPlanEmployer: fc.boolean(),
      separationDate: dateIn('1990-01-01', '2026-12-31'),
      publicSafetyEmployee: fc.boolean(),
      yearsOfService: fc.integer({ min: 0, max: 45 }),
      payment: fc.constantFrom('to-participant', 'to-participant', 'direct-rollover'),
      rolledShare: fc.constantFrom(0, 0, 0.25, 1),
      withholdingRate: fc.integer({ min: 0, max: 100 }),
      claims: fc.subarray(CLAIMS, { maxLength: 4 }),
      medicalExpenses: dollars(100_000),
      birthAdoptionChildren: fc.integer({ min: 0, max: 4 }),
      birthAdoptionDate: dateIn('2023-01-01', '2026-12-31'),
      priorEmergencyWithinThreeYears: fc.boolean(),
      domesticAbuseDate: dateIn('2023-01-01', '2026-12-31'),
      terminalIllnessCertified: fc.boolean(),
      disasterIncidentStart: dateIn('2020-06-01', '2026-12-31'),
      disasterDeclarationDate: dateIn('2020-06-01', '2026-12-31'),
      disasterPriorDistributions: dollars(30_000),
      disasterElectOut: fc.boolean(),
      reservistOrderedOver179Days: fc.boolean(),
      reservistDistributionDuringDuty: fc.boolean(),
      seppStartDate: dateIn('2015-01-01', '2026-12-31'),
      longTermCarePremiums: dollars(10_000),
      planOffersLongTermCare: fc.boolean(),
      ...returnFields,
    },
    { requiredKeys: ['distributionDate', 'birthDate', 'vestedBalance', 'share', 'rothShare', 'rothFirstContributionYear'] },
  )
  .map(({ share, rothShare, rolledShare, ...r }) => {
    const amount = Math.round(r.vestedBalance * share * 100) / 100;
    const out: Record<string, unknown> = { ...r, amount, rothBasis: Math.round(r.vestedBalance * rothShare * 100) / 100 };
    if (rolledShare && r.payment !== 'direct-rollover') out.rolledOverWithin60Days = Math.round(amount * rolledShare * 100) / 100;
    return out;
  });

const earlyWithdrawal = fc
  .tuple(distribution, fc.constantFrom('traditional', 'roth'), dollars(100_000))
  .map(([d, accountType, afterTaxBasis]) => {
    const { rothBasis, ...rest } = d;
    return accountType === 'roth'
      ? { check: 'early-withdrawal', ...rest, accountType, rothBasis }
      : { check: 'early-withdrawal', ...rest, accountType, afterTaxBasis };
  });
const rothDistribution = distribution.map((d) => ({ check: 'roth-distribution', ...d }));
const federalTax = fc.record(
  {
    taxYear: fc.integer({ min: 2022, max: 2028 }),
    filingStatus: fc.constantFrom(...STATUSES),
    income: dollars(2_000_000),
    birthDate: dateIn('1930-01-01', '2005-12-31'),
    spouseBirthDate: dateIn('1930-01-01', '2005-12-31'),
    blind: fc.boolean(),
    spouseBlind: fc.boolean(),
    itemizedDeductions: dollars(200_000),
  },
  { requiredKeys: ['taxYear', 'income'] },
).map((r) => ({ check: 'federal-tax', ...r }));
const exceptions = fc.record(
  {
    planType: fc.constantFrom('401k', 'ira'),
    distributionDate: dateIn('2023-06-01', '2027-06-30'),
    birthDate: dateIn('1935-01-01', '2005-12-31'),
    separatedFromPlanEmployer: fc.boolean(),
    separationDate: dateIn('1990-01-01', '2027-06-30'),
    publicSafetyEmployee: fc.boolean(),
    yearsOfService: fc.integer({ min: 0, max: 45 }),
    purposes: fc.subarray(['medical', 'home', 'education', 'health-insurance', 'birth-adoption', 'emergency', 'domestic-abuse', 'disaster', 'long-term-care']),
    circumstances: fc.subarray(['disability', 'terminal-illness', 'death', 'qdro', 'levy', 'reservist', 'sepp', 'esop-dividends', 'corrective', 'eaca-withdrawal', 'phased-retirement']),
    planOffersLongTermCare: fc.boolean(),
  },
  { requiredKeys: ['distributionDate', 'birthDate'] },
).map((r) => ({ check: 'exceptions', ...r }));

type W = { taxableAmount: number; additionalTax: number; incomeTaxWith: number; amountSubjectToAdditionalTax: number };

describe('evaluate on well-formed requests', () => {
  test.each([
    ['early-withdrawal', earlyWithdrawal],
    ['roth-distribution', rothDistribution],
    ['federal-tax', federalTax],
    ['exceptions', exceptions],
  ] as const)('%s never throws, never returns NaN or Infinity, and has no negative figure', (_check, arb) => {
    let okCount = 0;
    fc.assert(
      fc.property(arb as fc.Arbitrary<Record<string, unknown>>, (req) => {
        const out = safeEvaluate(req);
        expectFinite(out);
        if (!out.ok) return;
        okCount++;
        const negatives = numbers(out.result).filter(([, n]) => n < 0);
        expect(negatives, JSON.stringify(req)).toEqual([]);
      }),
      RUNS,
    );
    // The generators must reach the rules, not only the validator.
    expect(okCount).toBeGreaterThan(RUNS.numRuns / 4);
  });

  test.each([
    ['early-withdrawal', earlyWithdrawal],
    ['roth-distribution', rothDistribution],
  ] as const)('%s never charges more than a tenth of the taxable part', (_check, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<Record<string, unknown>>, (req) => {
        const out = evaluate(req);
        if (!out.ok) return;
        const r = out.result as W;
        // In cents: 10% of the taxable cents, plus half a cent for rounding (compared in whole cents, not floats).
        const additionalCents = Math.round(r.additionalTax * 100);
        const taxableCents = Math.round(r.taxableAmount * 100);
        expect(additionalCents * 10, JSON.stringify(req)).toBeLessThanOrEqual(taxableCents + 5);
        expect(r.amountSubjectToAdditionalTax).toBeLessThanOrEqual(r.taxableAmount);
      }),
      RUNS,
    );
  });

  test.each([
    ['early-withdrawal', earlyWithdrawal],
    ['roth-distribution', rothDistribution],
  ] as const)('%s: more other income never lowers the federal tax with the distribution', (_check, arb) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<Record<string, unknown>>, dollars(200_000), (req, more) => {
        const a = evaluate(req);
        if (!a.ok) return;
        const b = evaluate({ ...req, otherIncome: Math.round(((req.otherIncome as number | undefined ?? 0) + more) * 100) / 100 });
        expect(b.ok).toBe(true);
        if (!b.ok) return;
        expect((b.result as W).incomeTaxWith, JSON.stringify({ req, more })).toBeGreaterThanOrEqual((a.result as W).incomeTaxWith);
      }),
      RUNS,
    );
  });

  test('federal-tax: more income never lowers the tax, and the tax never exceeds 37% of taxable income', () => {
    fc.assert(
      fc.property(federalTax, dollars(200_000), (req, more) => {
        const a = evaluate(req);
        if (!a.ok) return;
        const b = evaluate({ ...req, income: Math.round((req.income + more) * 100) / 100 });
        if (!b.ok) throw new Error(JSON.stringify(b.errors));
        const ta = a.result as { tax: number; taxableIncome: number };
        const tb = b.result as { tax: number };
        expect(tb.tax).toBeGreaterThanOrEqual(ta.tax);
        expect(Math.round(ta.tax * 100) * 100).toBeLessThanOrEqual(Math.round(ta.taxableIncome * 100) * 37 + 50);
      }),
      RUNS,
    );
  });
});

describe('evaluate on arbitrary input', () => {
  test('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expectFinite(safeEvaluate(v));
      }),
      RUNS,
    );
  });

  test('never throws when a check’s own fields hold arbitrary JSON', () => {
    const schemas = requestSchemas() as Record<string, { properties: Record<string, unknown> }>;
    const arb = fc.constantFrom(...CHECK_IDS).chain((check) => {
      const keys = Object.keys(schemas[check]!.properties).filter((k) => k !== 'check');
      return fc
        .dictionary(fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), fc.constantFrom(0, -1, 1e308, 2.005, '2026-02-29', '2026-06-15', '', null, true, [], {})), { maxKeys: 12 })
        .map((fields) => ({ ...fields, check }));
    });
    fc.assert(
      fc.property(arb, (req) => {
        expectFinite(safeEvaluate(req));
      }),
      { numRuns: 1000 },
    );
  });

  test('never throws when one field of a valid request is replaced by an arbitrary value', () => {
    fc.assert(
      fc.property(earlyWithdrawal, fc.string(), fc.jsonValue(), (req, _k, v) => {
        const keys = Object.keys(req).filter((k) => k !== 'check');
        const key = keys[Math.abs(JSON.stringify(v).length) % keys.length]!;
        expectFinite(safeEvaluate({ ...req, [key]: v }));
      }),
      RUNS,
    );
  });
});
