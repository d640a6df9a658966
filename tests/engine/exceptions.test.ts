// The `exceptions` check (the exception finder): every §72(t) exception with applies / does not apply / IRA-only /
// plan-only / needs plan support, each with a reason and citations. Worked from IRC §72(t) and the IRS exceptions chart.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/engine/index.ts';
import { sources } from '../../src/data/sources.ts';

type Entry = { id: string; rule: string; status: string; indicated: boolean; reason: string; citations: string[]; form5329: { number: string; confirmed: boolean } | null };
type Result = { taxYear: number; planType: string; applies: string[]; exceptions: Entry[] };

const BASE = { check: 'exceptions', planType: '401k', distributionDate: '2026-06-15', birthDate: '1986-01-01' };
function find(overrides: Record<string, unknown>): Result {
  const out = evaluate({ ...BASE, ...overrides });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result as Result;
}
const status = (r: Result, id: string) => r.exceptions.find((e) => e.id === id)?.status;

/** IRS exceptions chart: IRA-only rows (11, 12, 13) and plan-only rows (5, 6, 10, 20) — "N" in the other column. */
const IRA_ONLY = ['health-insurance-unemployed', 'higher-education', 'first-home'];
const PLAN_ONLY = ['separation-55', 'public-safety', 'qdro', 'long-term-care'];

describe('the list', () => {
  test('lists all 26 exceptions (the IRS chart’s rows, PLESA and IRA excess-contribution earnings) with a reason and resolving citations', () => {
    const r = find({});
    expect(r.exceptions).toHaveLength(26);
    for (const e of r.exceptions) {
      expect(e.reason.length, e.id).toBeGreaterThan(10);
      expect(e.citations.length, e.id).toBeGreaterThan(0);
      for (const c of e.citations) expect(Object.keys(sources), `${e.id} cites ${c}`).toContain(c);
    }
  });
  test('applies nothing to a 40-year-old who gives no facts', () => {
    expect(find({}).applies).toEqual([]);
  });
  test('explains each exception in the explanation with its rule id', () => {
    const out = evaluate(BASE);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.explanation.map((s) => s.rule)).toEqual((out.result as Result).exceptions.map((e) => e.rule));
  });
});

describe('plan type', () => {
  test.each(IRA_ONLY)('marks %s as IRA-only for a 401(k) even when indicated', (id) => {
    const purpose = { 'health-insurance-unemployed': 'health-insurance', 'higher-education': 'education', 'first-home': 'home' }[id];
    const r = find({ purposes: [purpose] });
    expect(status(r, id)).toBe('ira-only');
    expect(r.applies).not.toContain(id);
  });
  test.each(IRA_ONLY)('lets %s apply to an IRA when indicated', (id) => {
    const purpose = { 'health-insurance-unemployed': 'health-insurance', 'higher-education': 'education', 'first-home': 'home' }[id];
    expect(find({ planType: 'ira', purposes: [purpose] }).applies).toContain(id);
  });
  test.each(PLAN_ONLY)('marks %s as plan-only for an IRA', (id) => {
    expect(status(find({ planType: 'ira', birthDate: '1970-01-01', separatedFromPlanEmployer: true, separationDate: '2026-01-31', publicSafetyEmployee: true, circumstances: ['qdro'], purposes: ['long-term-care'], planOffersLongTermCare: true }), id)).toBe('plan-only');
  });
  test('does not offer hardship as a purpose, because it is not an exception', () => {
    const out = evaluate({ ...BASE, purposes: ['hardship'] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['purposes']);
  });
});

describe('age 59½ from the birth date', () => {
  test.each([
    ['2026-02-27', false],
    ['2026-02-28', true],
    ['2026-03-01', true],
  ])('born August 31, 1966: a distribution on %s is on or after 59½: %s', (distributionDate, applies) => {
    // 59th birthday 2025-08-31 + six calendar months → 2026-02-28 (last day of the shorter month).
    expect(find({ birthDate: '1966-08-31', distributionDate }).applies.includes('age-59-half')).toBe(applies);
  });
});

describe('separation from service', () => {
  const sep = (birthDate: string, separationDate: string, more: Record<string, unknown> = {}) =>
    find({ birthDate, separatedFromPlanEmployer: true, separationDate, ...more });
  test.each([
    ['1972-09-01', 'does-not-apply'], // turns 54 in 2026
    ['1971-09-01', 'applies'], // turns 55 in 2026, left at 54
    ['1970-09-01', 'applies'], // turns 56 in 2026
  ])('born %s and leaving on March 31, 2026: %s', (birthDate, expected) => {
    expect(status(sep(birthDate, '2026-03-31'), 'separation-55')).toBe(expected);
  });
  test('does not apply after leaving at 53 and waiting until 55', () => {
    expect(status(sep('1971-02-01', '2024-06-30'), 'separation-55')).toBe('does-not-apply');
  });
  test('does not apply without a separation from the plan’s employer', () => {
    expect(status(find({ birthDate: '1968-01-01' }), 'separation-55')).toBe('does-not-apply');
  });
  test.each([
    ['1977-05-01', undefined, 'does-not-apply'], // 49 in 2026
    ['1976-05-01', undefined, 'applies'], // 50 in 2026
    ['1980-05-01', 24, 'does-not-apply'], // 46, 24 years
    ['1980-05-01', 25, 'applies'], // 46, 25 years
  ])('a public safety employee born %s with %s years of service: %s', (birthDate, yearsOfService, expected) => {
    const r = sep(birthDate, '2026-02-01', { publicSafetyEmployee: true, ...(yearsOfService === undefined ? {} : { yearsOfService }) });
    expect(status(r, 'public-safety')).toBe(expected);
  });
});

describe('purposes and circumstances', () => {
  test.each([
    ['medical', 'medical'],
    ['birth-adoption', 'birth-adoption'],
    ['emergency', 'emergency'],
    ['domestic-abuse', 'domestic-abuse'],
    ['disaster', 'disaster'],
  ])('purpose %s points at the %s exception, which applies to a 401(k)', (purpose, id) => {
    expect(find({ purposes: [purpose] }).applies).toEqual([id]);
  });
  test.each(['disability', 'terminal-illness', 'death', 'qdro', 'levy', 'reservist', 'esop-dividends', 'corrective', 'phased-retirement'])(
    'circumstance %s applies to a 401(k)',
    (c) => {
      expect(find({ circumstances: [c] }).applies).toContain(c);
    },
  );
  test('periodic payments from a 401(k) need a separation first', () => {
    expect(find({ circumstances: ['sepp'] }).applies).not.toContain('sepp');
    expect(find({ circumstances: ['sepp'], separatedFromPlanEmployer: true, separationDate: '2026-01-31' }).applies).toContain('sepp');
  });
  test('periodic payments from an IRA need no separation', () => {
    expect(find({ planType: 'ira', circumstances: ['sepp'] }).applies).toContain('sepp');
  });
  test('emergency and domestic abuse distributions do not exist before 2024', () => {
    // Both cover distributions after December 31, 2023 (Notice 2024-55); the earliest covered year is 2024, so the
    // boundary is the first day of the data: January 1, 2024 applies.
    expect(find({ distributionDate: '2024-01-01', purposes: ['emergency', 'domestic-abuse'] }).applies).toEqual(['emergency', 'domestic-abuse']);
  });
});

describe('long-term care', () => {
  test.each([
    ['2024-06-15', 'does-not-apply'],
    ['2025-06-15', 'does-not-apply'],
    ['2025-12-29', 'does-not-apply'],
    ['2025-12-30', 'applies'], // SECURE 2.0 Act §334(d): distributions after December 29, 2025
    ['2025-12-31', 'applies'],
    ['2026-01-01', 'applies'],
  ])('on %s with a plan that offers it: %s', (distributionDate, expected) => {
    expect(status(find({ distributionDate, purposes: ['long-term-care'], planOffersLongTermCare: true }), 'long-term-care')).toBe(expected);
  });
  test('needs plan support when the plan does not offer it', () => {
    expect(status(find({ purposes: ['long-term-care'] }), 'long-term-care')).toBe('needs-plan-support');
  });
});

describe('Form 5329 numbers in the finder', () => {
  test('marks only numbers 01–11 and 23 as confirmed', () => {
    for (const e of find({}).exceptions) {
      if (!e.form5329) continue;
      const n = Number(e.form5329.number);
      expect(e.form5329.confirmed, `${e.id} ${e.form5329.number}`).toBe((n >= 1 && n <= 11) || n === 23);
    }
  });
});

describe('request validation', () => {
  test.each([2023, 2027])('refuses a distribution in %i and names the covered years', (year) => {
    const out = evaluate({ ...BASE, distributionDate: `${year}-06-15` });
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors[0]!.field).toBe('distributionDate');
      expect(out.errors[0]!.message).toContain('2024, 2025, 2026');
    }
  });
  test('refuses a separation without its date', () => {
    const out = evaluate({ ...BASE, separatedFromPlanEmployer: true });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.field)).toEqual(['separationDate']);
  });
});

describe('the explanation', () => {
  test('says each status in words, never as its id ("ira only", "needs plan support")', () => {
    const out = evaluate({ ...BASE });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const texts = out.explanation.map((s) => s.text);
    // First-time home purchase is §72(t)(2)(F), IRAs only; long-term care (§72(t)(2)(J)) only if the plan offers it.
    expect(texts.find((t) => t.startsWith('First-time home purchase:'))).toMatch(/^First-time home purchase: IRA only, not a 401\(k\)\. /);
    expect(texts.find((t) => t.startsWith('Qualified long-term care distribution:'))).toMatch(/^Qualified long-term care distribution: only if your plan offers it\. /);
    expect(texts.join(' ')).not.toMatch(/\b(ira only|needs plan support)\b/);
  });
});
