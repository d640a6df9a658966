// The six core guides as built: every table cell equals its figure in src/data, every figure in prose reads
// back to its data value, every guide carries its metadata, every internal link and anchor resolves, and the
// corrections to popular errors are on the page. Amounts are parsed from the HTML by hand (html.ts), never through
// the site's own formatter, so a formatting bug cannot hide a wrong number.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { coveredYears, rules, taxYears, type Figure } from '../../src/data/index.ts';
import {
  allPages, bodyRows, elementById, guidePages, headerCells, hrefs, ids, pageFile, parseAmount, readPage, tableByCaption, text,
} from './html.ts';

const years = coveredYears();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The data's own value for a figure in a year, read from the modules directly (year first, then cross-year rules). */
function dataValue(id: string, year: number): number | string | undefined {
  const own = (taxYears[year]!.figures as Record<string, Figure | undefined>)[id];
  if (own) return own.value;
  const rule = (rules.figures as Record<string, Figure>)[id];
  if (!rule || (rule.effectiveFrom && rule.effectiveFrom > `${year}-12-31`)) return undefined;
  return rule.value;
}

const CORE = {
  glance: '/guides/401k-taxes-at-a-glance/',
  early: '/guides/early-withdrawals/',
  rule55: '/guides/rule-of-55/',
  roth: '/guides/roth-401k-withdrawals/',
  hardship: '/guides/hardship-withdrawals/',
  contributions: '/guides/401k-contributions-and-taxes/',
};

describe('the contribution limits table', () => {
  const table = tableByCaption(readPage(CORE.contributions), '401(k) and IRA contribution limits');
  const rows = bodyRows(table);

  test('has one column per covered tax year', () => {
    expect(headerCells(table).slice(1, 1 + years.length)).toEqual(years.map(String));
  });

  const figureRows = rows.filter((r) => r.id?.startsWith('limit-'));
  test.each(figureRows.map((r) => [r.id!.slice('limit-'.length), r] as const))('every cell of %s equals the data', (id, row) => {
    years.forEach((y, i) => {
      // A cell may carry its own year's label under the amount (a figure whose label names a year).
      const cell = text(row.cells[1 + i]!.replace(/<span class="cell-note">[\s\S]*?<\/span>/g, ''));
      const want = dataValue(id, y);
      if (want === undefined) expect(cell, `${id} ${y}`).toBe('Not in effect');
      else expect(parseAmount(cell), `${id} ${y}: "${cell}"`).toBe(want);
    });
  });

  test('lists the deferral, catch-up and Roth catch-up threshold rows', () => {
    expect(figureRows.map((r) => r.id)).toEqual(expect.arrayContaining(['limit-elective-deferral-limit', 'limit-catch-up-50', 'limit-catch-up-60-63', 'limit-roth-catch-up-wage-threshold']));
  });

  test('the "most you can defer" rows are the sums of the data figures', () => {
    const totals = rows.filter((r) => r.className === 'total').map((r) => r.cells.slice(1, 1 + years.length).map((c) => parseAmount(text(c))));
    const v = (id: string, y: number) => dataValue(id, y) as number;
    // Under 50: the deferral limit; 50 or older: plus the catch-up; 60 to 63: plus the higher catch-up where it exists.
    expect(totals).toEqual([
      years.map((y) => v('elective-deferral-limit', y)),
      years.map((y) => v('elective-deferral-limit', y) + v('catch-up-50', y)),
      years.map((y) => v('elective-deferral-limit', y) + ((dataValue('catch-up-60-63', y) as number | undefined) ?? v('catch-up-50', y))),
    ]);
  });
});

describe('the exceptions table', () => {
  const table = tableByCaption(readPage(CORE.early), 'Exceptions to the additional tax on early distributions');
  const rows = bodyRows(table);

  test('has a row for every exception in the catalog', () => {
    expect(rows.map((r) => r.id)).toEqual(rules.exceptions.map((e) => `exception-${e.id}`));
  });

  test.each(rules.exceptions.map((e) => [e.id, e] as const))('the %s row matches the catalog', (id, e) => {
    const row = rows.find((r) => r.id === `exception-${id}`)!;
    const [name, plan, ira, caps, form5329] = row.cells.map(text);
    expect(plan).toBe(e.plan ? 'Yes' : 'No');
    expect(ira).toBe(e.ira ? 'Yes' : 'No');
    expect(name!.includes('IRA only')).toBe(!e.plan);
    if (e.capFigure) {
      const cells = caps!.split(' / ');
      expect(cells).toHaveLength(years.length);
      years.forEach((y, i) => {
        const want = dataValue(e.capFigure!, y);
        const effective = want !== undefined && (!e.effectiveFrom || e.effectiveFrom <= `${y}-12-31`);
        if (effective) expect(parseAmount(cells[i]!), `${id} cap ${y}`).toBe(want);
        else expect(cells[i], `${id} cap ${y}`).toBe('—');
      });
    } else {
      expect(caps).toBe('No cap');
    }
    if (e.form5329) {
      expect(form5329!.startsWith(e.form5329.number)).toBe(true);
      expect(form5329!.includes('unconfirmed')).toBe(!e.form5329.confirmed);
    } else {
      expect(form5329).toBe(id === 'disaster' ? 'Form 8915-F instead' : '—');
    }
  });
});

test('the hardship table lists the seven reasons of the data, in order', () => {
  const rows = bodyRows(tableByCaption(readPage(CORE.hardship), 'The seven safe-harbor reasons'));
  expect(rows.map((r) => text(r.cells[1]!))).toEqual(rules.hardshipReasons.map((r) => r.name));
  expect(rows.map((r) => Number(text(r.cells[0]!)))).toEqual(rules.hardshipReasons.map((_, i) => i + 1));
});

test('the withdrawal implications table shows only the rates and period of its year’s data', () => {
  const year = 2026;
  const table = tableByCaption(readPage(CORE.glance), `How 401(k) withdrawals are taxed (${year})`);
  const body = text(/<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!);
  const rates = new Set([...body.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1])));
  const allowed = ['additional-tax-rate', 'mandatory-withholding-rate', 'default-withholding-rate'].map((id) => dataValue(id, year));
  expect(rates.size).toBeGreaterThan(0);
  for (const r of rates) expect(allowed).toContain(r);
  expect(body).toContain(`${dataValue('roth-five-year-period', year)}-taxable-year`);
  expect(body).toContain(`the year you turn ${dataValue('separation-age', year)}`);
});

describe('figures in prose', () => {
  // <data class="figure" value="24500">$24,500<a class="cite" …>source</a></data>: the shown text (its citation link
  // left out) must read back to the data value.
  const figures = Object.values(CORE).flatMap((path) =>
    [...readPage(path).matchAll(/<data class="figure" value="([^"]*)">([\s\S]*?)<\/data>/g)].map((m) => [path, m[1]!, text(m[2]!)] as const),
  );

  test('every core guide renders its figures from data', () => {
    expect(figures.length).toBeGreaterThan(30);
  });

  test.each(figures)('%s: the figure %s reads "%s"', (_path, value, shown) => {
    const asNumber = parseAmount(shown);
    const month = MONTHS.indexOf(shown) + 1;
    const asYears = /^(\d+) (years?|months?|days?|weeks?)$/.exec(shown)?.[1];
    const got = asNumber ?? (month > 0 ? month : asYears !== undefined ? Number(asYears) : shown);
    expect(String(got)).toBe(value);
  });

  test('every figure value in the core guides exists in the data of a covered year', () => {
    const values = new Set<string>();
    for (const y of years) {
      for (const f of Object.values(taxYears[y]!.figures) as Figure[]) values.add(String(f.value));
      for (const f of Object.values(rules.figures) as Figure[]) values.add(String(f.value));
    }
    for (const [path, value] of figures) expect(values.has(value), `${path}: ${value}`).toBe(true);
  });
});

describe.each(guidePages())('the guide %s', (path) => {
  const html = readPage(path);

  test('has a one-sentence summary under the title', () => {
    const summary = /<p class="summary"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
    expect(summary && text(summary).length).toBeGreaterThan(20);
  });

  test('has a last-reviewed date', () => {
    expect(html).toMatch(/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}">/);
  });

  test('ends with a sources list of official https links', () => {
    const section = /<section class="sources"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const links = hrefs(section);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^https:\/\//);
  });
});

describe('internal links', () => {
  const pages = allPages();
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!idCache.has(path)) idCache.set(path, ids(readPage(path)));
    return idCache.get(path)!;
  };

  test.each(pages)('every internal link and anchor on %s resolves', (path) => {
    const broken: string[] = [];
    for (const href of hrefs(readPage(path))) {
      if (/^(https?:|mailto:|tel:)/.test(href) || href === '') continue;
      const [target, anchor] = href.startsWith('#') ? [path, href.slice(1)] : [href.split('#')[0]!, href.split('#')[1]];
      if (!target.startsWith('/')) { broken.push(`${href} (relative link)`); continue; }
      if (!existsSync(pageFile(target))) { broken.push(`${href} (no page)`); continue; }
      if (anchor && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(anchor))) broken.push(`${href} (no #${anchor})`);
    }
    expect(broken).toEqual([]);
  });
});

describe('corrections of popular errors', () => {
  test('the early-withdrawal page marks first home, higher education and health premiums while unemployed as IRA-only', () => {
    const html = readPage(CORE.early);
    for (const id of ['first-home', 'higher-education', 'health-insurance-unemployed']) {
      const row = text(elementById(html, `exception-${id}`));
      expect(row, id).toContain('IRA only');
    }
    const prose = text(html);
    expect(prose).toMatch(/First-time home purchase\.[^.]*IRA withdrawals only/);
    expect(prose).toMatch(/Those three work only for IRAs/);
  });

  test('the hardship page says the additional tax still applies', () => {
    const prose = text(readPage(CORE.hardship));
    expect(prose).toMatch(/additional tax still applies/i);
    expect(prose).toMatch(/cannot be rolled over or paid back/);
  });

  test('the Roth page explains pro rata taxation with the IRS example', () => {
    const html = readPage(CORE.roth);
    const prose = text(html);
    expect(prose).toMatch(/pro rata/i);
    expect(prose).toMatch(/contributions do not come out first/i);
    // Reg. §1.402A-1 Q&A-3: $5,000 out of $9,400 contributions + $600 earnings → $300 taxable (5,000 × 600 / 10,000).
    const example = text(elementById(html, 'example-the-irs-example-a-withdrawal-from-an-account-that-is-mostly-contributions'));
    expect(example).toContain('Earnings part $300');
    expect(example).toContain('Contributions part (tax-free) $4,700');
  });

  test('the rule-of-55 page states the calendar-year test', () => {
    const prose = text(readPage(CORE.rule55));
    expect(prose).toMatch(/in or after the calendar year you turn \d+/);
    expect(prose).toMatch(/even if you wait/);
  });
});
