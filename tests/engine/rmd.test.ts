// The `rmd` check: boundaries of the applicable age, the required beginning date, and the explanation's rule ids.
// Expected values are worked by hand from IRC §401(a)(9)(C) and Treas. Reg. §1.401(a)(9)-2, -5, -9.
import { describe, expect, test } from 'vitest';
import { evaluate, requestSchemas } from '../../src/engine/index.ts';

const run = (req: Record<string, unknown>) => evaluate({ check: 'rmd', distributionYear: 2026, priorYearEndBalance: 100000, ...req });
const result = (req: Record<string, unknown>) => {
  const o = run(req);
  if (!o.ok) throw new Error(JSON.stringify(o.errors));
  return o.result as Record<string, unknown>;
};

describe('the applicable age by birth date', () => {
  test.each([
    ['1949-06-30', '70½', 2019], // 70½ on 2019-12-30
    ['1949-07-01', '72', 2021], // 70½ on 2020-01-01, after 2019: 72
    ['1950-12-31', '72', 2022],
    ['1951-01-01', '73', 2024],
    ['1959-12-31', '73', 2032], // the proposed regulations' reading
    ['1960-01-01', '75', 2035],
  ])('born %s: %s, reached in %i', (birthDate, label, year) => {
    const r = result({ birthDate });
    expect([r.applicableAge, r.applicableAgeYear]).toEqual([label, year]);
  });
});

describe('the first RMD year', () => {
  test('is not required the year before the applicable-age year, and is due April 1 in it', () => {
    // Born 1953: 73 in 2026. In 2025 nothing; in 2026 due April 1, 2027.
    expect(result({ birthDate: '1953-06-01', distributionYear: 2025 }).rmdRequired).toBe(false);
    const r = result({ birthDate: '1953-06-01', distributionYear: 2026 }) as { rmds: { deadline: string; divisor: number }[] };
    expect([r.rmds[0]!.deadline, r.rmds[0]!.divisor]).toEqual(['2027-04-01', 26.5]);
    // The year after: due December 31.
    const n = result({ birthDate: '1952-06-01', distributionYear: 2026 }) as { rmds: { deadline: string }[] };
    expect(n.rmds[0]!.deadline).toBe('2026-12-31');
  });
  test('refuses a delayed first RMD outside the year after the first', () => {
    const o = run({ birthDate: '1948-03-15', firstRmdDelayed: true, balanceTwoYearsBefore: 1 });
    expect(o.ok ? [] : o.errors.map((e) => e.field)).toEqual(['firstRmdDelayed']);
  });
  test('refuses a delayed first RMD in a year before the first RMD year, or while the still-working delay lasts', () => {
    // Born 1955: applicable age 73 (§401(a)(9)(C)(v)) → first RMD year 2028, so nothing can be delayed into 2026.
    const early = run({ birthDate: '1955-05-20', firstRmdDelayed: true, balanceTwoYearsBefore: 1 });
    expect(early.ok ? [] : early.errors.map((e) => e.field)).toEqual(['firstRmdDelayed']);
    // Still working, not a 5% owner: no first RMD year yet (§401(a)(9)(C)(i)(II)).
    const working = run({ birthDate: '1948-03-15', stillWorkingForPlanEmployer: true, firstRmdDelayed: true, balanceTwoYearsBefore: 1 });
    expect(working.ok ? [] : working.errors.map((e) => e.field)).toEqual(['firstRmdDelayed']);
  });
  test('asks for the older balance when the first RMD was delayed', () => {
    const o = run({ birthDate: '1952-05-20', firstRmdDelayed: true });
    expect(o.ok ? [] : o.errors.map((e) => e.field)).toEqual(['balanceTwoYearsBefore']);
  });
});

describe('the explanation', () => {
  test('names the rules in order, with citations', () => {
    const o = run({ birthDate: '1948-03-15', distributedThisYear: 1000 });
    if (!o.ok) throw new Error('refused');
    expect(o.explanation.map((s) => s.rule)).toEqual([
      'irc-401a9-c-applicable-age-70-half', 'irc-401a9-c-required-beginning-date', 'reg-1-401a9-5-rmd-amount',
      'irc-4974-excise-tax', 'irc-4974-d-reasonable-error-waiver', 'reg-1-401a9-1-each-plan-separately', 'reg-1-402c-2-q7-rmd-not-rollable',
    ]);
    for (const s of o.explanation) expect(s.citations.length).toBeGreaterThan(0);
    // $100,000 ÷ 22.0 = $4,545.45; $1,000 taken leaves $3,545.45; 25% = $886.36 (886.3625); 10% = $354.55 (354.545).
    expect(o.explanation[3]!.text).toContain('$3,545.45');
    expect(o.explanation[3]!.text).toContain('$886.36');
    expect(o.explanation[3]!.text).toContain('$354.55');
    expect(o.explanation[3]!.text).toContain('December 31, 2028');
  });
  test('gives no excise step when the RMD is met', () => {
    const o = run({ birthDate: '1948-03-15', distributedThisYear: 4545.45 }); // $100,000 ÷ 22.0 = $4,545.45
    if (!o.ok) throw new Error('refused');
    expect(o.explanation.map((s) => s.rule)).not.toContain('irc-4974-excise-tax');
    expect((o.result as { remaining: number }).remaining).toBe(0);
  });
});

describe('contradictory input', () => {
  test.each([
    [{ birthDate: '1950-01-01', rothPartOfBalance: 200000 }, 'rothPartOfBalance'],
    [{ birthDate: '1950-01-01', stillWorkingForPlanEmployer: true, retirementYear: 2025 }, 'retirementYear'],
    [{ birthDate: '1950-01-01', retirementYear: 2027 }, 'retirementYear'],
    [{ birthDate: '1950-01-01', spouseSoleBeneficiary: true }, 'spouseBirthDate'],
    [{ birthDate: '2026-01-01' }, 'birthDate'],
    [{ birthDate: '1950-01-01', distributionYear: 2027 }, 'distributionYear'],
    [{ birthDate: '1950-01-01', shortfallCorrectedOn: '2026-06-01' }, 'shortfallCorrectedOn'],
  ])('refuses %j on %s', (req, field) => {
    const o = run(req);
    expect(o.ok ? [] : o.errors.map((e) => e.field)).toEqual([field]);
  });
});

describe('a withdrawal in an RMD year', () => {
  const w = (extra: Record<string, unknown>) =>
    evaluate({ check: 'early-withdrawal', distributionDate: '2026-06-15', birthDate: '1948-03-15', amount: 30000, vestedBalance: 300000, separatedFromPlanEmployer: true, separationDate: '2013-06-30', ...extra });
  test('tells the 78-year-old the RMD part gets the changeable 10%, not the mandatory 20%', () => {
    const o = w({ rmdStillToTake: 30000 });
    if (!o.ok) throw new Error(JSON.stringify(o.errors));
    const rules = o.explanation.map((s) => s.rule);
    expect(rules).toContain('reg-1-402c-2-q7-rmd-part-not-rollable');
    const withholding = o.explanation.find((s) => s.rule === 'irc-3405-withholding')!;
    // 10% × $30,000 = $3,000.
    expect(withholding.text).toContain('10% of $30,000');
    expect(withholding.text).toContain('= $3,000 withheld');
    expect(withholding.text).not.toContain('mandatory');
  });
  test('names both parts when the payment goes past the RMD', () => {
    const o = w({ rmdStillToTake: 10000 });
    if (!o.ok) throw new Error('refused');
    const step = o.explanation.find((s) => s.rule === 'reg-1-402c-2-q7-rmd-part-not-rollable')!;
    expect(step.text).toContain('The first $10,000 is the rest of this year’s RMD');
    expect(step.text).toContain('The other $20,000 is an eligible rollover distribution');
  });
});

// IRC §401(a)(9)(C)(ii)(I): a 5-percent owner is one "with respect to the plan year ending in the calendar year in which
// the employee attains the applicable age", so the question and the answer name that year, not today's ownership.
describe('the 5-percent owner question', () => {
  test('asks about ownership in the year the RMD age was reached', () => {
    const schemas = requestSchemas() as Record<string, { properties: Record<string, { title?: string }> }>;
    expect(schemas['rmd']!.properties['fivePercentOwner']!.title).toBe('You owned more than 5% of that employer in the year you reached your RMD age');
  });

  test('asks the withdrawal checks about ownership in the year the RMD age was reached too', () => {
    const schemas = requestSchemas() as Record<string, { properties: Record<string, { title?: string }> }>;
    const asking = Object.keys(schemas).filter((id) => id !== 'rmd' && schemas[id]!.properties['fivePercentOwner']);
    expect(asking.length).toBeGreaterThan(0);
    for (const id of asking) {
      expect(schemas[id]!.properties['fivePercentOwner']!.title, id).toBe('You owned more than 5% of the employer that maintains the plan in the year you reached your RMD age');
    }
  });

  test('says an owner in the applicable-age year cannot delay even owning less later', () => {
    // Born 1952: 73 in 2025; owner then, still working in 2026: first year 2025, so 2026 is due December 31, 2026.
    const o = run({ birthDate: '1952-05-01', stillWorkingForPlanEmployer: true, fivePercentOwner: true });
    if (!o.ok) throw new Error(JSON.stringify(o.errors));
    expect(o.result).toMatchObject({ firstDistributionYear: 2025, rmdRequired: true });
    expect(o.explanation.map((s) => s.text).join('\n')).toContain('in the plan year ending in 2025, the year you reached 73, you cannot delay while still working, even if you own less later');
  });
});
