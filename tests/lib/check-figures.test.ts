// What the browser build does to the data a check reads (src/lib/check-figures.ts): sentences without values of their
// own are filled in at build time, the exception catalog arrives as its data without the cross-year figures, and a
// sentence made at run time from its own values reads no figure (src/data/prose.ts `fillIn`).
import { describe, expect, test } from 'vitest';
import { fillIn, prose } from '../../src/data/prose.ts';
import { join } from 'node:path';
import { catalogModule, catalogParts, encodeJointRows, figuresReadBy, jointRows, prosePrefilled, rmdTablesModule, tablesModule } from '../../src/lib/check-figures.ts';
import { jointAndLastSurvivorTable, uniformLifetimeTable } from '../../src/data/rmd-tables.ts';

const entry = (id: string) => join(import.meta.dirname, `../../src/engine/entries/${id}.ts`);

describe('sentences filled in at build time', () => {
  test('a call with one plain literal becomes the sentence it makes', () => {
    // IRC §72(t)(2)(G): more than 179 days; §72(t)(4)(A): five years.
    expect(prosePrefilled(`const a = prose('more than {reservist-days} days');`)).toBe('const a = "more than 179 days";');
    expect(prosePrefilled('const b = prose(`{sepp-lock-in-years:word} years`);')).toBe('const b = "five years";');
  });

  test('a call with values of its own, a template with ${…} or an escape stays as written', () => {
    const own = "prose('{from:year}', { from: FROM })";
    const template = 'prose(`${x} {reservist-days}`)';
    const escaped = "prose('it\\'s {reservist-days}')";
    expect(prosePrefilled(own)).toBe(own);
    expect(prosePrefilled(template)).toBe(template);
    expect(prosePrefilled(escaped)).toBe(escaped);
  });

  test('the filled sentence is the one the engine makes in Node', () => {
    const text = 'Paid within {disaster-window-days} days, spread over {disaster-spread-years:word} years.';
    expect(prosePrefilled(`prose('${text}')`)).toBe(JSON.stringify(prose(text)));
    expect(prose(text)).toBe('Paid within 180 days, spread over three years.');
  });
});

describe('the catalog as the browser gets it', () => {
  const code = catalogModule();
  const catalog = JSON.parse(code.replace(/^export const rules = /, '').replace(/;\n$/, '')) as Record<string, unknown> & { exceptions: { id: string; name: string; condition?: string }[] };

  test('is its data, with no cross-year figures, dated parameters or hardship reasons, and no placeholder left', () => {
    expect(code.startsWith('export const rules = {')).toBe(true);
    expect(Object.keys(catalog).sort()).toEqual(['exceptions', 'rothQualified']);
    expect(code).not.toMatch(/\{[a-z0-9-]+(:[a-z-]+)?\}/);
  });

  test('carries the sentences as filled in (IRC §72(t)(10): age 50, or 25 years of service)', () => {
    expect(catalog.exceptions.find((e) => e.id === 'public-safety')!.name).toBe('Qualified public safety employees: age 50 or 25 years of service');
  });

  test('carries a condition only for the exception whose own module shows it (health insurance while unemployed, IRC §72(t)(2)(D))', () => {
    expect(catalog.exceptions.filter((e) => e.condition !== undefined).map((e) => e.id)).toEqual(['health-insurance-unemployed']);
  });

  test('the exception finder’s entry provides every condition, the hardship check’s the safe-harbor reasons, the loss check’s neither', () => {
    expect(catalogParts(entry('exceptions'))).toEqual({ conditions: true, hardship: false });
    expect(catalogParts(entry('hardship'))).toEqual({ conditions: false, hardship: true });
    expect(catalogParts(entry('early-withdrawal'))).toEqual({ conditions: false, hardship: false });
    expect(catalogParts(entry('loss'))).toEqual({ conditions: false, hardship: false });
    // IRC §72(t)(2)(L): a terminal illness is one expected to result in death within 84 months.
    expect(tablesModule(entry('exceptions'))).toContain('death within 84 months');
    expect(tablesModule(entry('early-withdrawal'))).not.toContain('death within 84 months');
    expect(tablesModule(entry('hardship'))).toContain('Payments needed to prevent eviction from, or foreclosure on, your principal residence.');
  });
});

describe('the labels a check’s tables carry', () => {
  const hardship = figuresReadBy(entry('hardship'));
  const y2026 = hardship.years.find((y) => y.year === 2026)!.figures;

  test('a figure a step lists as used keeps its label: read with `uses`, by a template’s prefix, or written out', () => {
    // federal-income-tax.ts: figureValue(`standard-deduction-${…}`, year, uses); additional-tax.ts: ruleFigure('additional-tax-rate')!.label.
    expect(y2026['standard-deduction-single']!.label).toBe('Standard deduction, single');
    expect(hardship.rules['additional-tax-rate']!.label).toBe('Additional tax on early distributions (of the taxable part)');
    // roth-qualified-distribution.ts: ruleFigure(RULE.periodFigure)!.label, the id the catalog gives `periodFigure`.
    expect(hardship.rules['roth-five-year-period']!.label).toBeDefined();
    // A listed figure keeps its unit with its label: the step shows both.
    expect(y2026['standard-deduction-single']!.unit).toBe('usd');
  });

  test('a figure carries its sources only where a step cites them (figureSources, ruleFigure(id)!.sources)', () => {
    // federal-income-tax.ts cites figureSources(`standard-deduction-${…}`, year); repayment-window.ts cites the catalog's
    // repayment figure (`entry.repayment!.figure`) with ruleFigure(figureId)!.sources. The 10% rate is cited by its
    // steps' own ids (IRC §72(t)(1)), never through the figure.
    expect(y2026['standard-deduction-single']!.sources).toContain('irc-63-c');
    expect(hardship.rules['repayment-years']!.sources).toBeDefined();
    expect(hardship.rules['additional-tax-rate']!.sources).toBeUndefined();
  });

  test('a figure only read for its value carries no label and no unit (the senior age, read by figureValue(id, year))', () => {
    expect(hardship.rules['senior-age']).toMatchObject({ value: 65 });
    expect(hardship.rules['senior-age']!.label).toBeUndefined();
    expect(hardship.rules['senior-age']!.unit).toBeUndefined();
    expect(hardship.rules['separation-age']!.label).toBeUndefined();
  });
});

describe('fillIn and the usd format', () => {
  test('fillIn reads only the values given', () => {
    expect(fillIn('{n:word} year', { n: 1 })).toBe('one year');
    expect(fillIn('{reservist-days} days', {})).toBe('{reservist-days} days');
  });

  test('usd writes whole dollars with a dollar sign and thousands separators (loan floor, IRC §72(p)(2)(A)(ii))', () => {
    expect(prose('up to {loan-floor:usd}')).toBe('up to $10,000');
  });
});

describe('the Joint and Last Survivor Table as the browser gets it', () => {
  test('reads back to the tables of src/data/rmd-tables.ts, every row as printed', async () => {
    const browser = await import(`data:text/javascript,${encodeURIComponent(rmdTablesModule())}`);
    expect(browser.jointAndLastSurvivorTable).toEqual(jointAndLastSurvivorTable);
    expect(browser.uniformLifetimeTable).toEqual(uniformLifetimeTable);
  });

  test('writes each column, after the first row, as the tenths it falls from row to row', () => {
    // Column 1: 46.0 → 45.1 is 9 tenths ('j'), 45.1 → 45.1 none ('a'); column 2: 46.0 → 45.1 'j', 45.1 → 44.9 2 ('c');
    // column 3: 45.9 → 45.0 'j', 45.0 → 45.0 'a'.
    expect(encodeJointRows(['46.0 46.0 45.9', '45.1 45.1 45.0', '45.1 44.9 45.0'])).toEqual({ first: '460 460 459', next: 'ja,jc,ja' });
    expect(jointRows('460 460 459', 'ja,jc,ja')).toEqual(['46.0 46.0 45.9', '45.1 45.1 45.0', '45.1 44.9 45.0']);
    // A block of one row has no letters.
    expect(encodeJointRows(['46.0 45.9'])).toEqual({ first: '460 459', next: '' });
    expect(jointRows('460 459', '')).toEqual(['46.0 45.9']);
    // A single-digit period keeps its one decimal: 10.1 → 9.9 is 2 tenths.
    expect(jointRows('101', 'c')).toEqual(['10.1', '9.9']);
  });

  test('refuses a period that rises from one row to the next, or falls by more than 2.5 years', () => {
    // Falls by 2.5 (25 tenths, 'z'): held. By 2.6, or a rise of 0.1: refused.
    expect(encodeJointRows(['30.0', '27.5']).next).toBe('z');
    expect(() => encodeJointRows(['30.0', '27.4'])).toThrow(/cannot hold/);
    expect(() => encodeJointRows(['30.0', '30.1'])).toThrow(/cannot hold/);
  });
});
