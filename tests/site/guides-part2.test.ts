// The guides of part 2 (losses, withdrawals, loans, RMDs, myths, glossary, sources and method), read from the built
// HTML in DIST_DIR (default dist/). Presence checks for the corrected claims (Rev. Rul. 2008-5, IRC §67(g), §72(e)(8) and the calculator
// myths), the glossary anchors other pages link to, and the metadata every page must show.
// The shared table, typed-figure and link tests cover these pages too; this file adds what only these pages promise.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveredYears, rulesAsOf } from '../../src/engine/index.ts';
import { longDate } from '../../src/engine/core/dates.ts';

const DIST = process.env['DIST_DIR'] ?? 'dist';

const PAGES = [
  '401k-losses',
  'how-withdrawals-are-taxed',
  '401k-loans-vs-withdrawals',
  'required-minimum-distributions',
  '401k-myths',
  'glossary',
  'sources-and-method',
] as const;
type Page = (typeof PAGES)[number];

const cache = new Map<Page, string>();
function html(page: Page): string {
  let s = cache.get(page);
  if (s === undefined) {
    const file = join(DIST, 'guides', page, 'index.html');
    if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (DIST_DIR=${DIST})`);
    s = readFileSync(file, 'utf8');
    cache.set(page, s);
  }
  return s;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
/** Visible text of an HTML fragment: tags dropped, entities decoded, curly quotes straightened, whitespace collapsed. */
function text(fragment: string): string {
  return fragment
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<a class="cite"[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m))
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:)])/g, '$1')
    .trim();
}

/** The article's text (title, summary, body and sources), without the site chrome. */
function article(page: Page): string {
  const m = /<article\b[\s\S]*?<\/article>/.exec(html(page));
  if (!m) throw new Error(`${page}: no <article>`);
  return m[0];
}

/** Text of the section that starts at the h2 with this id and runs to the next h2. */
function section(page: Page, id: string): string {
  const a = article(page);
  const start = a.search(new RegExp(`<h2[^>]*\\bid="${id}"`));
  if (start < 0) throw new Error(`${page}: no h2 #${id}`);
  const next = a.slice(start + 1).search(/<h2\b/);
  return text(next < 0 ? a.slice(start) : a.slice(start, start + 1 + next));
}

/** The ids of every element on the page. */
function ids(page: Page): Set<string> {
  return new Set([...html(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Every https link in a fragment. */
function links(fragment: string): string[] {
  return [...fragment.matchAll(/href="(https:[^"]+)"/g)].map((m) => m[1]!);
}

describe('every part-2 guide', () => {
  it.each(PAGES)('%s shows a one-sentence summary, a last-reviewed date, the tax years and a source list', (page) => {
    const a = article(page);
    const summary = /<p class="summary"[^>]*>([\s\S]*?)<\/p>/.exec(a);
    expect(summary, 'summary paragraph').not.toBeNull();
    expect(text(summary![1]!)).toMatch(/^[^.!?]+(\.[^\s.!?][^.!?]*)*[.!?]$/);
    expect(a).toMatch(/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(text(a)).toMatch(/Tax years covered: \d{4}/);
    const sources = /<section class="sources"[\s\S]*?<\/section>/.exec(a);
    expect(sources, 'Sources section').not.toBeNull();
    expect(links(sources![0]).length).toBeGreaterThan(0);
  });

  it.each(PAGES)('%s cites only official sites in its source list', (page) => {
    const sources = /<section class="sources"[\s\S]*?<\/section>/.exec(article(page))![0];
    const official = /^https:\/\/(www\.)?(irs\.gov|law\.cornell\.edu|ecfr\.gov|congress\.gov|govinfo\.gov|federalregister\.gov)\//;
    for (const url of links(sources)) expect(url).toMatch(official);
  });

  it.each(PAGES)('%s links only to glossary anchors that exist', (page) => {
    const glossary = ids('glossary');
    const anchors = [...article(page).matchAll(/href="\/guides\/glossary\/#([^"]+)"/g)].map((m) => m[1]!);
    for (const anchor of anchors) expect(glossary.has(anchor), `#${anchor} on the glossary`).toBe(true);
  });
});

describe('the loss guide', () => {
  it('answers no first, for every covered tax year', () => {
    const body = text(article('401k-losses'));
    const firstParagraph = text(/<\/p>\s*<p>([\s\S]*?)<\/p>/.exec(article('401k-losses').split('class="page-meta"')[1]!)![1]!);
    expect(firstParagraph).toMatch(/^No\./);
    for (const year of coveredYears()) expect(firstParagraph).toContain(String(year));
    expect(body).toMatch(/no deduction for a loss inside a 401\(k\)/i);
  });

  it('says the unrecovered-basis deduction was suspended and then made permanent', () => {
    const s = section('401k-losses', 'the-old-deduction-and-why-it-is-gone');
    expect(s).toMatch(/miscellaneous itemized deduction/);
    expect(s).toMatch(/2018 through 2025/);
    expect(s).toMatch(/permanent from 2026/);
  });

  it('warns of the wash-sale trap: certain for an IRA, an open risk for a 401(k)', () => {
    const s = section('401k-losses', 'the-wash-sale-trap');
    expect(s).toMatch(/Rev\. Rul\. 2008-5/);
    expect(s).toMatch(/IRA or Roth IRA, the loss is disallowed, and it is gone for good/);
    expect(s).toMatch(/inside a 401\(k\) is an open question/);
    expect(s).toMatch(/risk/);
    // The plan case is flagged, never asserted as a rule.
    expect(s).not.toMatch(/401\(k\)[^.]*(loss is disallowed|wash sale applies)/);
  });

  it('covers a Roth 401(k) loss and what to do in a down market', () => {
    expect(section('401k-losses', 'what-a-loss-means-in-a-roth-401k')).toMatch(/pro rata/);
    const s = section('401k-losses', 'what-to-do-in-a-down-market');
    for (const step of [/Rebalancing/, /diversified/, /Stay invested/, /risk tolerance/, /in-plan Roth conversion/i]) expect(s).toMatch(step);
  });
});

describe('the myths page', () => {
  const myths: [id: string, claims: RegExp[]][] = [
    ['hardship-withdrawals-are-penalty-free', [/Wrong\./, /does not remove the 10% additional tax/, /cannot be rolled over or paid back/]],
    ['buying-a-first-home-and-paying-tuition-are-exceptions-to-the-penalty', [/only to IRAs/, /first-time homebuyer/, /higher-education/, /health insurance premiums while unemployed/, /above 7\.5%/, /total and permanent disability/]],
    ['the-rule-of-55-depends-on-your-age-on-your-last-day', [/calendar year/, /in the year you turn 55, still qualifies/, /earlier year and waiting/, /rolled into an IRA loses the exception/]],
    ['retiring-means-your-withdrawals-are-taxed-as-ordinary-income-and-not-before', [/ordinary income whenever it comes out/, /only removes the additional tax/]],
    ['the-amount-withheld-is-the-tax-you-owe', [/withhold 20%/, /prepayment/, /Worked example/]],
    ['401k-contributions-and-catch-ups-are-tax-deductible', [/An employee never deducts a 401\(k\) contribution/, /The self-employed are the exception/, /left out of your taxable wages/, /Catch-up contributions follow the type/, /must be Roth/]],
    ['roth-401k-withdrawals-come-from-your-contributions-first', [/that is the Roth IRA rule/, /pro rata/, /only to the earnings part/, /Taxable amount \$300/]],
    ['hardship-reasons-are-medical-bills-tuition-a-down-payment-a-funeral-and-home-repairs', [/eviction or foreclosure/, /FEMA-declared disaster/, /not mortgage payments/]],
    ['you-must-exhaust-all-other-resources-before-a-hardship-withdrawal', [/Out of date/, /in writing or electronically/, /certification/]],
    ['every-401k-offers-hardship-withdrawals', [/optional feature/]],
    ['losses-in-a-401k-cannot-be-deducted', [/Right, but incomplete/, /permanent from 2026/]],
  ];

  it.each(myths)('#%s states the correct rule', (id, claims) => {
    const s = section('401k-myths', id);
    for (const claim of claims) expect(s).toMatch(claim);
  });

  it.each(myths)('#%s names an official source', (id) => {
    const a = article('401k-myths');
    const start = a.search(new RegExp(`<h2[^>]*\\bid="${id}"`));
    const rest = a.slice(start + 1);
    const fragment = rest.slice(0, rest.search(/<h2\b/));
    expect(text(fragment)).toMatch(/Sources?: /);
    expect(links(fragment).some((u) => /^https:\/\/(www\.)?(irs\.gov|law\.cornell\.edu|ecfr\.gov)\//.test(u))).toBe(true);
  });

  it('covers every claim of the seed article and the calculator myths', () => {
    expect(myths).toHaveLength(11);
  });
});

describe('the glossary', () => {
  const terms = [
    'additional-tax', 'basis', 'catch-up-contribution', 'deemed-distribution', 'designated-roth-account', 'direct-rollover',
    'early-distribution', 'elective-deferral', 'eligible-rollover-distribution', 'hardship-distribution', 'in-plan-roth-rollover',
    'indirect-rollover', 'loan-offset', 'net-unrealized-appreciation', 'nonqualified-distribution', 'pro-rata',
    'qualified-distribution', 'required-beginning-date', 'required-minimum-distribution', 'rule-of-55', 'safe-harbor',
    'separation-from-service', 'substantially-equal-periodic-payments', 'vested-balance', 'wash-sale', 'withholding',
  ];

  it.each(terms)('has a heading with the stable anchor #%s', (id) => {
    expect(article('glossary')).toMatch(new RegExp(`<h[23][^>]*\\bid="${id}"`));
  });

  it('lists its terms in alphabetical order', () => {
    const headings = [...article('glossary').matchAll(/<h2[^>]*id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => id !== 'sources');
    expect(headings).toEqual([...headings].sort());
  });

  it('links within itself only to terms it defines', () => {
    const own = ids('glossary');
    for (const m of article('glossary').matchAll(/href="#([^"]+)"/g)) expect(own.has(m[1]!), `#${m[1]}`).toBe(true);
  });
});

describe('the sources and method page', () => {
  it('lists every covered tax year with its rules-as-of date, read from the data', () => {
    const table = /<table[^>]*id="rules-as-of"[\s\S]*?<\/table>/.exec(article('sources-and-method'));
    expect(table).not.toBeNull();
    const rows = [...table![0].matchAll(/<tr><th scope="row">(\d{4})<\/th><td><time datetime="([\d-]+)">([^<]+)<\/time>/g)];
    expect(rows.map((r) => Number(r[1]))).toEqual(coveredYears());
    for (const [, year, iso, shown] of rows) {
      expect(iso).toBe(rulesAsOf(Number(year)));
      expect(shown).toBe(longDate(iso!));
    }
  });

  it('says what the site does not cover and that it is not advice', () => {
    expect(section('sources-and-method', 'what-the-site-does-not-cover')).toMatch(/State and local taxes/);
    expect(section('sources-and-method', 'what-the-site-does-not-cover')).toMatch(/IRAs/);
    expect(section('sources-and-method', 'not-advice')).toMatch(/not tax, legal or investment advice/);
  });

  it('no longer lists state taxes, 403(b) and 457(b) plans or inherited accounts as wholly uncovered, and links their guides', () => {
    const s = section('sources-and-method', 'what-the-site-does-not-cover');
    expect(s).not.toMatch(/Inherited accounts and beneficiaries, and the amount/);
    expect(s).not.toMatch(/Other plan types, such as 403\(b\), 457\(b\)/);
    expect(s).toMatch(/marked not yet verified/);
    const a = article('sources-and-method');
    for (const g of ['/guides/state-income-tax/', '/guides/403b-and-457b-plans/', '/guides/inherited-401k/']) expect(a).toContain(`href="${g}"`);
  });
});

describe('the withdrawals, loans and RMD guides', () => {
  it('contrast the 20% withholding with the tax owed, with worked examples', () => {
    const s = section('how-withdrawals-are-taxed', 'withholding-is-not-the-tax');
    expect(s).toMatch(/prepayment/);
    expect(s).toMatch(/Refunded at filing/);
    expect(s).toMatch(/Still owed at filing/);
    expect(s).toMatch(/10% withheld unless you choose otherwise/);
  });

  it('show the IRS loan example computed by the engine', () => {
    // IRC §72(p)(2)(A): $50,000 − ($27,000 − $18,000) = $41,000; half of $80,000 = $40,000; the lower, less the
    // $18,000 owed: $22,000.
    expect(text(article('401k-loans-vs-withdrawals'))).toMatch(/You can borrow up to \$22,000 more\. Largest new loan \$22,000/);
  });

  it('give the RMD ages by birth year, the still-working exception, the Roth exemption and the excise tax', () => {
    const a = text(article('required-minimum-distributions'));
    expect(section('required-minimum-distributions', 'when-rmds-start-the-age-by-birth-year')).toMatch(/1951 to 1959 73 1960 or later 75/);
    expect(a).toMatch(/more than 5% of the company/);
    expect(a).toMatch(/From 2024, a Roth 401\(k\)/);
    expect(a).toMatch(/excise tax of 25%/);
    expect(a).toMatch(/drops to 10%/);
  });
});
