// Schema and invariant tests over all data: every year module and the cross-year rules parse with the strict schemas;
// every source id used anywhere resolves in the registry; brackets ascend and are contiguous; each year is complete
// and agrees with the IRS notices and revenue procedures; only 2024–2026 are covered; the exception catalog has every
// row of the IRS chart of exceptions to the tax on early distributions; and no
// dollar figure of the data is typed again in the engine, the islands or the components.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coveredYears, lookupFigure, rules, sources, taxYears } from '../../src/data/index.ts';
import { FILING_STATUSES, OPTIONAL_YEAR_FIGURES, REQUIRED_YEAR_FIGURES, SCHEDULE_STATUSES, rulesSchema, sourceSchema, taxYearSchema } from '../../src/data/schema.ts';
import { CHECK_IDS, defaultRequest, evaluate, figure } from '../../src/engine/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const YEARS = [2024, 2025, 2026] as const;
const sourceIds = new Set(Object.keys(sources));

function files(dir: string, ext: RegExp): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true }).map(String).filter((f) => ext.test(f)).map((f) => join(abs, f));
}

describe('strict schemas', () => {
  test.each(YEARS)('parses the %i module with the tax-year schema', (year) => {
    const parsed = taxYearSchema.safeParse(taxYears[year]);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
  test('parses the cross-year rules with the rules schema', () => {
    const parsed = rulesSchema.safeParse(rules);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });
  test('parses every source with an https URL and a title', () => {
    for (const [id, s] of Object.entries(sources)) expect(sourceSchema.safeParse(s).success, id).toBe(true);
  });
  test('refuses an unknown key in a year', () => {
    expect(taxYearSchema.safeParse({ ...taxYears[2026], extra: 1 }).success).toBe(false);
  });
  test('refuses a figure without sources', () => {
    const y = structuredClone(taxYears[2026]) as any;
    y.figures['elective-deferral-limit'].sources = [];
    expect(taxYearSchema.safeParse(y).success).toBe(false);
  });
  test('refuses brackets with a gap', () => {
    const y = structuredClone(taxYears[2026]) as any;
    y.brackets.single.rows[2].over += 1;
    expect(taxYearSchema.safeParse(y).success).toBe(false);
  });
  test('refuses a year that lacks a required figure', () => {
    const y = structuredClone(taxYears[2024]) as any;
    delete y.figures['domestic-abuse-cap'];
    expect(taxYearSchema.safeParse(y).success).toBe(false);
  });
});

describe('source ids', () => {
  const used: [string, string][] = [];
  for (const year of YEARS) {
    const y = taxYears[year]!;
    for (const [id, f] of Object.entries(y.figures)) for (const s of (f as { sources: string[] }).sources) used.push([`${year} figure ${id}`, s]);
    for (const status of SCHEDULE_STATUSES) for (const s of y.brackets[status].sources) used.push([`${year} brackets ${status}`, s]);
  }
  for (const [id, f] of Object.entries(rules.figures)) for (const s of f.sources) used.push([`rule figure ${id}`, s]);
  for (const e of rules.exceptions) for (const s of e.sources) used.push([`exception ${e.id}`, s]);
  for (const s of rules.hardshipSources) used.push(['hardship sources', s]);
  for (const s of rules.rothQualified.sources) used.push(['Roth qualified sources', s]);

  test('resolves every source id used in the data', () => {
    expect(used.length).toBeGreaterThan(100);
    const missing = used.filter(([, s]) => !sourceIds.has(s));
    expect(missing).toEqual([]);
  });

  test('resolves every source id written in the engine', () => {
    // Every quoted id that looks like a citation (irc-…, reg-…, notice-…, rev-proc-…, pl-…, pub-…, irs-…, i1040…) is
    // either a registered source or a rule id (the first argument of `explain.add`, or a catalog rule id).
    const engine = files('src/engine', /\.ts$/).map((f) => readFileSync(f, 'utf8')).join('\n');
    const ruleIds = new Set<string>(rules.exceptions.map((e) => e.rule));
    for (const m of engine.matchAll(/\.add\(\s*([^,]+),/g)) for (const q of m[1]!.matchAll(/'([a-z0-9-]+)'/g)) ruleIds.add(q[1]!);
    const shape = /^(irc|reg|notice|rev-proc|rev-rul|pl|pub|i)-?\d|^irs-/;
    const literals = [...new Set([...engine.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]!))].filter((l) => shape.test(l));
    expect(literals.length).toBeGreaterThan(20);
    expect(literals.filter((l) => !sourceIds.has(l) && !ruleIds.has(l))).toEqual([]);
  });

  test('resolves every citation in the explanations of many evaluations', () => {
    const requests: unknown[] = CHECK_IDS.map((id) => defaultRequest(id));
    for (const f of files('tests/scenarios', /\.json$/)) requests.push(JSON.parse(readFileSync(f, 'utf8')).request);
    const claims = ['death', 'disability', 'sepp', 'esop-dividends', 'levy', 'medical', 'qdro', 'health-insurance-unemployed', 'higher-education', 'first-home', 'reservist', 'terminal-illness', 'corrective', 'eaca-withdrawal', 'phased-retirement'];
    for (const year of YEARS) {
      requests.push({ check: 'early-withdrawal', distributionDate: `${year}-06-15`, birthDate: '1970-01-01', amount: 5_000, vestedBalance: 50_000, claims, separatedFromPlanEmployer: true, separationDate: `${year}-01-31`, seppStartDate: `${year}-03-01`, publicSafetyEmployee: true, stateTaxRate: 4, afterTaxBasis: 1_000 });
      requests.push({ check: 'federal-tax', taxYear: year, filingStatus: 'married-filing-jointly', income: 90_000, birthDate: '1950-01-01', spouseBirthDate: '1950-01-01', blind: true });
      requests.push({ check: 'exceptions', planType: 'ira', distributionDate: `${year}-06-15`, birthDate: '1970-01-01', purposes: ['home', 'education'], circumstances: ['sepp'] });
    }
    let steps = 0;
    const bad: string[] = [];
    for (const r of requests) {
      const out = evaluate(r);
      if (!out.ok) continue;
      for (const step of out.explanation) {
        steps++;
        for (const c of step.citations) if (!sourceIds.has(c.id) || c.title.startsWith('unknown source')) bad.push(`${step.rule}: ${c.id}`);
      }
    }
    expect(steps).toBeGreaterThan(200);
    expect([...new Set(bad)]).toEqual([]);
  });

  test('resolves the figures the catalog points to', () => {
    for (const e of rules.exceptions) {
      if (e.capFigure) expect(YEARS.some((y) => lookupFigure(e.capFigure!, y) !== undefined), `${e.id} cap ${e.capFigure}`).toBe(true);
      if (e.repayment) expect(rules.figures, `${e.id} repayment`).toHaveProperty([e.repayment.figure]);
    }
    expect(rules.figures).toHaveProperty([rules.rothQualified.periodFigure]);
    const ids = rules.exceptions.map((e) => e.id as string);
    for (const t of rules.rothQualified.triggers) expect(ids).toContain(t);
  });
});

describe('rate schedules', () => {
  test.each(YEARS.flatMap((y) => SCHEDULE_STATUSES.map((s) => [y, s] as const)))('%i %s ascends, is contiguous and ends open at 37%%', (year, status) => {
    const rows = taxYears[year]!.brackets[status].rows;
    expect(rows.map((r) => r.ratePercent)).toEqual([10, 12, 22, 24, 32, 35, 37]);
    expect(rows[0]!.over).toBe(0);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.over).toBe(rows[i - 1]!.butNotOver);
      expect(rows[i]!.over).toBeGreaterThan(rows[i - 1]!.over);
    }
    expect(rows.at(-1)!.butNotOver).toBeNull();
  });
});

describe('each year is complete and agrees with the IRS notices and revenue procedures', () => {
  // Notices 2023-75, 2024-80, 2025-67 (plan limits) and Rev. Procs. 2023-34, 2024-40, 2025-32 (tax tables), typed here.
  const FACTS: Record<string, [number | undefined, number | undefined, number | undefined]> = {
    'elective-deferral-limit': [23_000, 23_500, 24_500],
    'catch-up-50': [7_500, 7_500, 8_000],
    'catch-up-60-63': [undefined, 11_250, 11_250],
    'annual-additions-limit': [69_000, 70_000, 72_000],
    'compensation-limit': [345_000, 350_000, 360_000],
    'roth-catch-up-wage-threshold': [145_000, 145_000, 150_000],
    'ira-contribution-limit': [7_000, 7_000, 7_500],
    'ira-catch-up-50': [1_000, 1_000, 1_100],
    'standard-deduction-single': [14_600, 15_750, 16_100],
    'standard-deduction-married-filing-jointly': [29_200, 31_500, 32_200],
    'standard-deduction-married-filing-separately': [14_600, 15_750, 16_100],
    'standard-deduction-head-of-household': [21_900, 23_625, 24_150],
    'additional-standard-deduction-unmarried': [1_950, 2_000, 2_050],
    'additional-standard-deduction-married': [1_550, 1_600, 1_650],
    'senior-deduction-amount': [undefined, 6_000, 6_000],
    'senior-deduction-phase-out-rate': [undefined, 6, 6],
    'senior-deduction-threshold-joint': [undefined, 150_000, 150_000],
    'senior-deduction-threshold-other': [undefined, 75_000, 75_000],
    'domestic-abuse-cap': [10_000, 10_300, 10_500],
    // SECURE 2.0 Act §334(d): from December 30, 2025, so 2025 has a limit too (Notice 2024-80: $2,600).
    'long-term-care-cap': [undefined, 2_600, 2_600],
  };
  test.each(Object.entries(FACTS))('%s has the value the IRS published for each year, and is absent where the law is not in force', (id, values) => {
    YEARS.forEach((year, i) => {
      const f = (taxYears[year]!.figures as Record<string, { value: number } | undefined>)[id];
      expect(f?.value, `${id} ${year}`).toBe(values[i]);
    });
  });
  test.each(YEARS)('%i defines every required figure and only known optional ones', (year) => {
    const ids = Object.keys(taxYears[year]!.figures);
    for (const id of REQUIRED_YEAR_FIGURES) expect(ids).toContain(id);
    for (const id of ids) expect([...REQUIRED_YEAR_FIGURES, ...OPTIONAL_YEAR_FIGURES] as string[]).toContain(id);
  });
  test('cross-year rules have the values of the statute', () => {
    const v = (id: string) => (rules.figures as Record<string, { value: number | string }>)[id]?.value;
    expect([v('additional-tax-rate'), v('mandatory-withholding-rate'), v('default-withholding-rate')]).toEqual([10, 20, 10]);
    // Treas. Reg. §31.3405(c)-1, Q&A-14: no mandatory withholding below $200 a year from one plan.
    expect(v('eligible-rollover-withholding-floor')).toBe(200);
    // IRC §408(d)(3)(B): one IRA-to-IRA rollover in any 1-year period.
    expect(v('ira-rollover-limit-months')).toBe(12);
    // Rev. Proc. 2020-46 (30 days after the reason ends); Rev. Proc. 2003-16 §3.03 (one year from the start of the 60 days).
    expect([v('late-rollover-self-certification-days'), v('late-rollover-automatic-waiver-years')]).toEqual([30, 1]);
    expect([v('separation-age'), v('public-safety-separation-age'), v('public-safety-service-years')]).toEqual([55, 50, 25]);
    expect([v('age-59-half-birthday'), v('age-59-half-months'), v('senior-age'), v('medical-agi-floor')]).toEqual([59, 6, 65, 7.5]);
    expect([v('birth-adoption-cap-per-child'), v('emergency-cap'), v('emergency-balance-floor'), v('disaster-cap')]).toEqual([5_000, 1_000, 1_000, 22_000]);
    expect([v('domestic-abuse-balance-share'), v('long-term-care-balance-share'), v('terminal-illness-months'), v('disaster-window-days')]).toEqual([50, 10, 84, 180]);
    expect([v('roth-five-year-period'), v('ira-first-home-cap')]).toEqual([5, 10_000]);
  });
  test('every filing status has a standard deduction through its schedule status', () => {
    for (const year of YEARS) for (const s of FILING_STATUSES) {
      const sched = s === 'qualifying-surviving-spouse' ? 'married-filing-jointly' : s;
      expect(figure(`standard-deduction-${sched}`, year)?.value).toBeGreaterThan(0);
    }
  });
});

describe('years covered', () => {
  test('covers exactly 2024, 2025 and 2026', () => {
    expect(coveredYears()).toEqual([2024, 2025, 2026]);
  });
  test.each([2023, 2027])('looks up no figure for %i rather than extrapolating', (year) => {
    expect(figure('elective-deferral-limit', year)).toBeUndefined();
    expect(figure('additional-tax-rate', year)).toBeUndefined();
  });
  test.each([
    [2023, 'federal-tax', 'taxYear'],
    [2027, 'federal-tax', 'taxYear'],
    [2023, 'early-withdrawal', 'distributionDate'],
    [2027, 'early-withdrawal', 'distributionDate'],
    [2023, 'roth-distribution', 'distributionDate'],
    [2027, 'roth-distribution', 'distributionDate'],
    [2023, 'exceptions', 'distributionDate'],
    [2027, 'exceptions', 'distributionDate'],
  ])('refuses %i in %s with an error on %s naming the covered years', (year, check, field) => {
    const base = defaultRequest(check as (typeof CHECK_IDS)[number]);
    const req = field === 'taxYear' ? { ...base, taxYear: year } : { ...base, distributionDate: `${year}-06-15`, ...(check === 'roth-distribution' ? { rothFirstContributionYear: 2020 } : {}) };
    const out = evaluate(req);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    const e = out.errors.find((x) => x.field === field);
    expect(e?.message).toContain('2024, 2025, 2026');
    expect(e?.message).toContain(String(year));
  });
  test('returns the figure with its citations for a covered year', () => {
    const f = figure('domestic-abuse-cap', 2025);
    expect(f?.value).toBe(10_300);
    expect(f?.citations.length).toBeGreaterThan(0);
    expect(f?.citations.every((c) => c.url.startsWith('https://'))).toBe(true);
  });
});

describe('the §72(t) exception catalog (IRS chart of exceptions to the tax on early distributions)', () => {
  // Row number → [catalog id, 401(k)?, IRA?].
  const ROWS: [number, string, boolean, boolean][] = [
    [1, 'age-59-half', true, true], [2, 'death', true, true], [3, 'disability', true, true], [4, 'sepp', true, true],
    [5, 'separation-55', true, false], [6, 'public-safety', true, false], [7, 'esop-dividends', true, false], [8, 'levy', true, true],
    [9, 'medical', true, true], [10, 'qdro', true, false], [11, 'health-insurance-unemployed', false, true], [12, 'higher-education', false, true],
    [13, 'first-home', false, true], [14, 'reservist', true, true], [15, 'birth-adoption', true, true], [16, 'emergency', true, true],
    [17, 'domestic-abuse', true, true], [18, 'terminal-illness', true, true], [19, 'disaster', true, true], [20, 'long-term-care', true, false],
    [21, 'corrective', true, false], [22, 'eaca-withdrawal', true, true], [23, 'rollover', true, true], [24, 'phased-retirement', true, false],
    // Rows the facts sheet's table lacks: IRC §72(t)(2)(J) and §72(t)(2)(A)(ix) (SECURE 2.0 Act §§127, 333).
    [25, 'plesa', true, false], [26, 'ira-excess-earnings', false, true],
  ];
  const byId = new Map(rules.exceptions.map((e) => [e.id as string, e]));

  test('has all 26 rows, each once, with unique kebab-case rule ids', () => {
    expect(rules.exceptions).toHaveLength(26);
    expect([...byId.keys()].sort()).toEqual(ROWS.map((r) => r[1]).sort());
    const ruleIds = rules.exceptions.map((e) => e.rule);
    expect(new Set(ruleIds).size).toBe(26);
    for (const r of ruleIds) expect(r).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });
  test.each(ROWS)('row %i (%s) is available to a 401(k): %s, to an IRA: %s', (_row, id, plan, ira) => {
    expect(byId.get(id)?.plan).toBe(plan);
    expect(byId.get(id)?.ira).toBe(ira);
  });
  test('marks exactly the Form 5329 numbers 01–11 and 23 as confirmed', () => {
    const confirmed = new Set(rules.exceptions.filter((e) => e.form5329?.confirmed).map((e) => e.form5329!.number));
    expect([...confirmed].sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '23']);
    for (const e of rules.exceptions) {
      if (!e.form5329) continue;
      const n = Number(e.form5329.number);
      expect(e.form5329.confirmed, `${e.id} ${e.form5329.number}`).toBe((n >= 1 && n <= 11) || n === 23);
    }
  });
  test('assigns the exception numbers confirmed in the Instructions for Form 5329', () => {
    const n = (id: string) => byId.get(id)?.form5329?.number;
    expect([n('separation-55'), n('public-safety'), n('sepp'), n('disability'), n('death'), n('medical')]).toEqual(['01', '01', '02', '03', '04', '05']);
    expect([n('qdro'), n('health-insurance-unemployed'), n('higher-education'), n('first-home'), n('levy'), n('reservist'), n('emergency')]).toEqual(['06', '07', '08', '09', '10', '11', '23']);
  });
  test('gives the disaster distribution no Form 5329 number (it is reported on Form 8915-F)', () => {
    expect(byId.get('disaster')?.form5329).toBeNull();
  });
  test('never marks the long-term-care number as confirmed', () => {
    expect(byId.get('long-term-care')?.form5329?.confirmed ?? false).toBe(false);
  });
  test('carries the effective dates and plan requirements of IRC §72(t)(2)', () => {
    expect(byId.get('emergency')?.effectiveFrom).toBe('2024-01-01');
    expect(byId.get('domestic-abuse')?.effectiveFrom).toBe('2024-01-01');
    expect(byId.get('terminal-illness')?.effectiveFrom).toBe('2022-12-30');
    expect(byId.get('long-term-care')?.effectiveFrom).toBe('2025-12-30');
    expect(byId.get('long-term-care')?.planMustOffer).toBe(true);
    expect(byId.get('long-term-care')?.repayment).toBeNull();
  });
  test('points each capped exception to its cap', () => {
    const cap = (id: string, year: number) => lookupFigure(byId.get(id)!.capFigure!, year)?.value;
    expect(YEARS.map((y) => cap('domestic-abuse', y))).toEqual([10_000, 10_300, 10_500]);
    expect(YEARS.map((y) => cap('emergency', y))).toEqual([1_000, 1_000, 1_000]);
    expect(YEARS.map((y) => cap('birth-adoption', y))).toEqual([5_000, 5_000, 5_000]);
    expect(YEARS.map((y) => cap('disaster', y))).toEqual([22_000, 22_000, 22_000]);
    expect(YEARS.map((y) => cap('long-term-care', y))).toEqual([undefined, 2_600, 2_600]);
  });
  test('does not list hardship as an exception, and lists the seven safe-harbor reasons', () => {
    expect(byId.has('hardship')).toBe(false);
    expect(rules.hardshipReasons).toHaveLength(7);
  });
});

describe('no figure typed twice', () => {
  // Every dollar figure of the data (year figures, bracket edges, cross-year dollar caps) must be read from the data,
  // never written again as a number literal in the engine, the islands or the components. Default requests are example
  // inputs (reader data, not figures) and are left out of the scan.
  const figures = new Set<number>();
  for (const year of YEARS) {
    for (const f of Object.values(taxYears[year]!.figures) as { value: number | string; unit: string }[]) if (f.unit === 'usd') figures.add(Number(f.value));
    for (const s of SCHEDULE_STATUSES) for (const r of taxYears[year]!.brackets[s].rows) if (r.over) figures.add(r.over);
  }
  for (const f of Object.values(rules.figures)) if (f.unit === 'usd') figures.add(Number(f.value));

  const scanned = [
    ...files('src/engine', /\.ts$/),
    ...files('src/islands', /\.(ts|tsx)$/),
    ...files('src/components', /\.(astro|ts|tsx)$/),
  ];
  test('scans the engine, islands and components', () => {
    expect(scanned.length).toBeGreaterThan(10);
    expect(figures).toContain(24_500);
    expect(figures).toContain(22_000);
  });
  test('finds no dollar figure as a number literal', () => {
    const hits: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/defaultRequest:\s*\{[^}]*\}/g, '');
      text.split('\n').forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        for (const m of code.matchAll(/(?<![\w.$#'"-])(\d[\d_]*)(?![\w.])/g)) {
          const n = Number(m[1]!.replace(/_/g, ''));
          if (figures.has(n)) hits.push(`${file.slice(ROOT.length + 1)}:${i + 1}: ${m[1]}`);
        }
      });
    }
    expect(hits).toEqual([]);
  });
});
