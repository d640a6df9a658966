// Corrections from the expert review of the guides: each test reads the built page and fails on the old wording.
// Expected texts are literal; amounts are the published figures, with their source beside them.
import { describe, expect, test } from 'vitest';
import { article, bodyRows, headerCells, hrefs, prose, readPage, tableByCaption, text } from './html.ts';

function sourcesList(path: string): string {
  return text(/<section class="sources"[\s\S]*?<\/section>/.exec(readPage(path))?.[0] ?? '');
}

const GLANCE = '/guides/401k-taxes-at-a-glance/';
const CONTRIBUTIONS = '/guides/401k-contributions-and-taxes/';
const WITHDRAWALS = '/guides/how-withdrawals-are-taxed/';
const GLOSSARY = '/guides/glossary/';
const RULE55 = '/guides/rule-of-55/';
const LOANS = '/guides/401k-loans-vs-withdrawals/';

describe('the at-a-glance withdrawal table', () => {
  const table = tableByCaption(readPage(GLANCE), 'How 401(k) withdrawals are taxed (2026)');
  const rows = bodyRows(table);

  test('no longer heads a column "Qualified or after 59½", which mixed a Roth test with a traditional one', () => {
    expect(headerCells(table)).not.toContain('Qualified or after 59½');
    expect(headerCells(table)[1]).toBe('At or after 59½');
  });

  test('gives a Roth withdrawal at 59½ before the five-taxable-year period has run its own row: earnings taxed, no additional tax', () => {
    // §402A(d)(2); Treas. Reg. §1.402A-1 Q&A-2: not qualified until the 5-taxable-year period is met, even after 59½.
    const row = rows.find((r) => r.id === 'implications-roth-period-not-met');
    expect(row, 'a row for the period not yet met').toBeDefined();
    expect(prose(row!.cells[0]!)).toBe('Roth 401(k), 5-taxable-year period not yet met');
    const at59 = prose(row!.cells[1]!);
    expect(at59).toContain('Not qualified, even at 59½ or later');
    expect(at59).toContain('the earnings share is ordinary income, with no additional tax');
    expect(at59).not.toContain('Tax-free');
  });

  test('keeps "tax-free, earnings included" for the row where the period is met', () => {
    const row = rows.find((r) => r.id === 'implications-roth-period-met')!;
    expect(prose(row.cells[1]!)).toContain('Tax-free, earnings included');
  });
});

describe('the contribution limits table', () => {
  const row = bodyRows(tableByCaption(readPage(CONTRIBUTIONS), '401(k) and IRA contribution limits')).find((r) => r.id === 'limit-roth-catch-up-wage-threshold')!;

  test('does not label every year’s Roth catch-up threshold with the first year’s wages', () => {
    expect(text(row.cells[0]!)).not.toContain('(2023)');
  });

  test('labels each year’s threshold with the year of wages it is measured on', () => {
    // §414(v)(7)(A): the test uses the preceding year's FICA wages. 2024: 2023 wages, 2025: 2024 wages, 2026: 2025 wages
    // ($145,000, $145,000 and $150,000: Notices 2023-75, 2024-80, 2025-67).
    expect(text(row.cells[1]!)).toBe('$145,000 Prior-year (2023) FICA wages above which catch-ups must be Roth');
    expect(text(row.cells[2]!)).toBe('$145,000 Prior-year (2024) FICA wages above which catch-ups must be Roth');
    expect(text(row.cells[3]!)).toBe('$150,000 Prior-year (2025) FICA wages above which catch-ups must be Roth');
  });
});

test('the at-a-glance page no longer says nothing is reported until money leaves the plan, and names what is taxed inside it', () => {
  const a = article(GLANCE);
  expect(a).not.toContain('Nothing is reported on your return until money leaves the plan');
  expect(a).toContain('with four exceptions that are taxed while the money stays in');
  for (const s of ['in-plan Roth rollover', 'deemed distribution', 'excess deferrals', 'employer contributions you chose to take as Roth (SECURE 2.0 §604; IRS Notice 2024-2)']) expect(a).toContain(s);
});

describe('employer contributions may be Roth (SECURE 2.0 §604)', () => {
  test('the withdrawals guide no longer says employer contributions were never taxed', () => {
    const a = article(WITHDRAWALS);
    expect(a).not.toContain("Your traditional contributions, your employer's contributions and the earnings on both were never taxed");
    expect(a).toContain('a plan may let you take employer contributions as Roth instead');
  });

  test('the glossary counts Roth employer contributions as basis', () => {
    const a = article(GLOSSARY);
    expect(a).not.toContain('Pre-tax contributions, employer contributions and their earnings have no basis');
    expect(a).toContain('including employer contributions you chose to take as Roth');
  });
});

test('the contributions guide counts all plans of one employer against the annual additions limit', () => {
  const a = article(CONTRIBUTIONS);
  expect(a).not.toContain('counts what you and your employer put into one plan');
  expect(a).toContain('it counts all the defined contribution plans of the same employer together (§415(f))');
  expect(a).toContain('employers under common control treated as one employer (§415(h))');
});

test('the rule-of-55 example gives the age at leaving: born September 1, 1971, left June 28, 2024, aged 52', () => {
  // Turned 52 on September 1, 2023 and 53 only on September 1, 2024, after leaving.
  const html = readPage(RULE55);
  expect(html).not.toContain('id="example-leaving-at-53-and-waiting-until-55"');
  expect(html).toContain('id="example-leaving-at-52-and-waiting-until-55"');
});

describe('clarity', () => {
  test('the glossary defines the RMD correction window', () => {
    const a = article(GLOSSARY);
    expect(a).toContain('RMD correction window');
    expect(a).toContain('the last day of the second tax year after the year the distribution was due (§4974(e))');
    expect(readPage(GLOSSARY)).toContain('href="#rmd-correction-window"');
  });

  test('a deferral limit in prose links to the notice that sets the year’s amount', () => {
    // $24,500 for 2026 is set by Notice 2025-67, not by §402(g) alone.
    const html = readPage(CONTRIBUTIONS);
    const m = /<data class="figure" value="24500">\$24,500<a class="cite" href="([^"]+)"/.exec(html);
    expect(m?.[1]).toBe('https://www.irs.gov/pub/irs-drop/n-25-67.pdf');
  });

  test('the deferral limit in prose gives each covered year', () => {
    // Notices 2023-75, 2024-80, 2025-67: $23,000, $23,500, $24,500.
    for (const path of [CONTRIBUTIONS, GLANCE]) {
      const a = article(path);
      expect(a, path).toContain('$24,500 in 2026 ($23,500 in 2025, $23,000 in 2024)');
    }
  });

  test('every worked example states its assumptions beside it', () => {
    for (const path of [WITHDRAWALS, RULE55, LOANS, '/guides/early-withdrawals/', '/guides/hardship-withdrawals/', '/guides/roth-401k-withdrawals/', '/guides/401k-myths/']) {
      const html = readPage(path);
      const examples = html.match(/<figure class="example"/g)?.length ?? 0;
      const assumptions = html.match(/<p class="example-assumptions">/g)?.length ?? 0;
      expect(examples, path).toBeGreaterThan(0);
      expect(assumptions, path).toBe(examples);
    }
    expect(article(WITHDRAWALS)).toContain('its own tax is already paid (for example by withholding from wages)');
  });

  test('the loans page puts the IRS example’s numbers before the explanation of the steps', () => {
    const a = article(LOANS);
    expect(a).not.toContain("The example's figures are in its title.");
    expect(a.indexOf('Worked example The IRS loan example')).toBeLessThan(a.indexOf('Take the dollar cap and subtract'));
  });
});

test.each(['/guides/how-withdrawals-are-taxed/', '/guides/early-withdrawals/', '/guides/hardship-withdrawals/', '/guides/roth-401k-withdrawals/', '/guides/rule-of-55/', '/guides/401k-loans-vs-withdrawals/', '/guides/401k-taxes-at-a-glance/', '/guides/401k-myths/', '/guides/glossary/'])(
  '%s, which explains distributions, cites IRS Publication 575',
  (path) => {
    expect(sourcesList(path)).toContain('IRS Publication 575');
    expect(hrefs(readPage(path))).toContain('https://www.irs.gov/publications/p575');
  },
);

test('a worked example for someone past 59½ says the additional tax does not apply, not "Covered by an exception $50,000"', () => {
  // Born March 10, 1962: 59½ on September 10, 2021, so a June 1, 2026 withdrawal is not early (§72(t)(2)(A)(i)).
  const html = readPage(WITHDRAWALS);
  const ex = prose(/<figure class="example" id="example-withholding-above-the-tax-a-retiree-with-a-modest-income"[\s\S]*?<\/figure>/.exec(html)![0]);
  expect(ex).not.toContain('Covered by an exception $50,000');
  expect(ex).toContain('Additional tax on early distributions Not subject to it: paid at or after age 59½');
});

test('the hardship check names its reasons as the page’s own table does, not by the §72(t) exceptions that share their ids', () => {
  const html = readPage('/guides/hardship-withdrawals/');
  // The guide embeds the check as a card; its form is on the check's own page.
  // Each answer is a radio button with its own label.
  const options = [...readPage('/checks/hardship/').matchAll(/<input type="radio" id="hd-reason-[a-z-]+" name="reason"[^>]*\/><label for="hd-reason-[a-z-]+">([^<]*)/g)].map((m) => text(m[1]!));
  // Treas. Reg. §1.401(k)-1(d)(3)(iii)(B), as the page's table names them.
  expect(options).toEqual(['Medical care', 'Buying your main home', 'Tuition', 'Preventing eviction or foreclosure', 'Burial or funeral', 'Repairing casualty damage to your home', 'FEMA-declared disaster', 'Something else']);
  const table = text(tableByCaption(html, 'The seven safe-harbor reasons'));
  for (const o of options.slice(0, 7)) expect(table).toContain(o);
});
