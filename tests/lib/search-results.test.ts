import { expect, test } from 'vitest';
import { excerptParts, rankHeadings, toResultView, type PagefindResultData } from '../../src/lib/search-results.ts';

test('splits an excerpt into marked and plain text, decoding entities and leaving other markup as text', () => {
  expect(excerptParts('a <mark>loan</mark> &amp; <mark>default</mark>s')).toEqual([
    { text: 'a ', mark: false },
    { text: 'loan', mark: true },
    { text: ' & ', mark: false },
    { text: 'default', mark: true },
    { text: 's', mark: false },
  ]);
  expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>x</b>')).toEqual([{ text: '<img src=x onerror=alert(1)> <b>x</b>', mark: false }]);
  expect(excerptParts('&#39;&#x27;&bogus;')).toEqual([{ text: "''&bogus;", mark: false }]);
});

// A page of 16 words: "loan" five times (words 0, 2, 4, 7, 8), "default" once (word 13), in the last section.
const content = 'Loans page. Loan intro loan. Repaying the loan. Loan rules here. Missing payments: default and more.';
const page: PagefindResultData = {
  url: '/guides/loans/',
  content,
  excerpt: '<mark>Loans</mark> page.',
  meta: { title: 'Loans', topic: 'Plan loans' },
  locations: [0, 2, 4, 7, 8, 13],
  sub_results: [
    { title: 'Loans', url: '/guides/loans/', excerpt: '', locations: [0, 2, 4], weighted_locations: [{ weight: 7, balanced_score: 900, location: 0 }] },
    { title: 'Repaying the loan', url: '/guides/loans/#repaying', excerpt: 'Repaying the <mark>loan.</mark>', locations: [7, 8], weighted_locations: [{ weight: 6, balanced_score: 500, location: 7 }] },
    { title: 'Missing payments', url: '/guides/loans/#missing', excerpt: '<mark>default</mark> and more.', locations: [13], weighted_locations: [{ weight: 1, balanced_score: 50, location: 13 }] },
  ],
};

test('ranks first the section that matches the query term rarest on the page, and leaves out the page top', () => {
  expect(rankHeadings(page, ['loan', 'default']).map((s) => s.url)).toEqual(['/guides/loans/#missing', '/guides/loans/#repaying']);
  expect(rankHeadings(page, ['loan']).map((s) => s.url)).toEqual(['/guides/loans/#repaying', '/guides/loans/#missing']);
  expect(rankHeadings(page, ['loan', 'default'], 1)).toHaveLength(1);
});

test('a result view carries title, topic, excerpt parts and the best headings', () => {
  const view = toResultView(page, 'loan default');
  expect(view).toMatchObject({ url: '/guides/loans/', title: 'Loans', topic: 'Plan loans' });
  expect(view.excerpt).toEqual([{ text: 'Loans', mark: true }, { text: ' page.', mark: false }]);
  expect(view.headings.map((h) => h.title)).toEqual(['Missing payments', 'Repaying the loan']);
});

test('leaves out the list of sources, even when it alone matches, since it only cites the page’s subjects', () => {
  const withSources: PagefindResultData = {
    ...page,
    sub_results: [
      ...page.sub_results,
      { title: 'Sources', url: '/guides/loans/#sources', excerpt: '', locations: [13], weighted_locations: [{ weight: 1, balanced_score: 900, location: 13 }] },
    ],
  };
  expect(rankHeadings(withSources, ['loan', 'default']).map((s) => s.title)).toEqual(['Missing payments', 'Repaying the loan']);
  // "retire" only in a cited title: no section answers it, so the result opens at the top of the page.
  const onlySources: PagefindResultData = { ...withSources, sub_results: withSources.sub_results.filter((s) => s.title === 'Sources') };
  expect(rankHeadings(onlySources, ['loan', 'default'])).toEqual([]);
});

// A page of 12 words: "loan" six times (words 0, 1, 2, 3, 4 and 7), "default" twice (words 9 and 10). The offsets
// section mentions a loan in default in passing; the default section's heading says "default", its text nothing more.
const twoSections: PagefindResultData = {
  url: '/guides/loans/',
  content: 'Loans loan loan loan. Loan offsets: a loan in default. Default: deemed.',
  excerpt: '',
  meta: { title: 'Borrowing from a plan' },
  locations: [0, 1, 2, 3, 4, 7, 9, 10],
  sub_results: [
    { title: 'Loan offsets', url: '/guides/loans/#offsets', excerpt: '', locations: [4, 7, 9], weighted_locations: [{ weight: 1, balanced_score: 900, location: 4 }] },
    { title: 'Default', url: '/guides/loans/#default', excerpt: '', locations: [10], weighted_locations: [{ weight: 1, balanced_score: 100, location: 10 }] },
  ],
};

test('counts a query term the section’s heading says once more: the heading names what the section is about', () => {
  // Loan offsets: loan 1/6 + default 1/2, heading "loan" 1/6 = 0.83; Default: default 1/2, heading "default" 1/2 = 1.
  expect(rankHeadings(twoSections, ['loan', 'default']).map((s) => s.title)).toEqual(['Default', 'Loan offsets']);
  // Loan offsets: loan 1/6, heading 1/6; Default: nothing, kept for its Pagefind score.
  expect(rankHeadings(twoSections, ['loan']).map((s) => s.title)).toEqual(['Loan offsets', 'Default']);
});

test('a heading word that only begins a query term does not say it', () => {
  // "With" in "A worked example with an exception" is not "withdrawal"; Pagefind's scores decide between the two.
  const data: PagefindResultData = {
    url: '/guides/early/',
    content: 'Early. Who pays: withdrawal. Example: withdrawal.',
    excerpt: '',
    meta: { title: 'Early' },
    locations: [3, 5],
    sub_results: [
      { title: 'Who pays it', url: '/guides/early/#who', excerpt: '', locations: [3], weighted_locations: [{ weight: 1, balanced_score: 900, location: 3 }] },
      { title: 'A worked example with an exception', url: '/guides/early/#example', excerpt: '', locations: [5], weighted_locations: [{ weight: 1, balanced_score: 100, location: 5 }] },
    ],
  };
  expect(rankHeadings(data, ['withdrawal']).map((s) => s.title)).toEqual(['Who pays it', 'A worked example with an exception']);
});

test('leaves out the query terms the page’s title says while others remain: they found the page, not a section', () => {
  // Titled "Loans", the page answers "loan default" by where it says "default": the offsets section (default 1/2)
  // against the default section (default 1/2, heading 1/2); "loan" alone still ranks by "loan".
  const titled: PagefindResultData = { ...twoSections, meta: { title: 'Loans' } };
  expect(rankHeadings(titled, ['loan', 'default']).map((s) => s.title)).toEqual(['Default', 'Loan offsets']);
  // Rule of 55, calendar year: the section that says "calendar" wins over the one that says "rule" and "calendar".
  const rule: PagefindResultData = {
    url: '/guides/rule-of-55/',
    content: 'Rule of 55. Calendar: the calendar year. Public safety: the rule, by calendar year.',
    excerpt: '',
    meta: { title: 'The rule of 55' },
    locations: [0, 3, 5, 10, 12],
    sub_results: [
      { title: 'Calendar', url: '/guides/rule-of-55/#calendar', excerpt: '', locations: [3, 5], weighted_locations: [{ weight: 1, balanced_score: 100, location: 3 }] },
      { title: 'Public safety', url: '/guides/rule-of-55/#public-safety', excerpt: '', locations: [10, 12], weighted_locations: [{ weight: 1, balanced_score: 900, location: 10 }] },
    ],
  };
  // Calendar: calendar 1/3, heading 1/3; Public safety: calendar 1/3 ("rule" left out, the title says it).
  expect(rankHeadings(rule, ['rule', 'calendar']).map((s) => s.title)).toEqual(['Calendar', 'Public safety']);
});

test('between sections equal on the query’s terms, a query stating an age opens at the one whose heading says “age”', () => {
  // Words 0–5: "RMD" in each of three sections, once each: every section scores rmd 1/3 + heading "rmd" 1/3.
  const rmd: PagefindResultData = {
    url: '/guides/rmd/',
    content: 'RMD one. RMD two. RMD three.',
    excerpt: '',
    meta: { title: 'Required minimum distributions' },
    locations: [0, 2, 4],
    sub_results: [
      { title: 'If you miss an RMD', url: '/guides/rmd/#miss', excerpt: '', locations: [0], weighted_locations: [{ weight: 1, balanced_score: 90, location: 0 }] },
      { title: 'When RMDs start: the age by birth year', url: '/guides/rmd/#start', excerpt: '', locations: [2], weighted_locations: [{ weight: 1, balanced_score: 10, location: 2 }] },
      { title: 'Each plan pays its own RMD', url: '/guides/rmd/#each', excerpt: '', locations: [4], weighted_locations: [{ weight: 1, balanced_score: 50, location: 4 }] },
    ],
  };
  // Without an age, Pagefind's scores decide (90 before 50 before 10).
  expect(rankHeadings(rmd, ['rmd']).map((s) => s.url)).toEqual(['/guides/rmd/#miss', '/guides/rmd/#each', '/guides/rmd/#start']);
  expect(rankHeadings(rmd, ['rmd'], 3, true)[0]!.url).toBe('/guides/rmd/#start');
  expect(toResultView(rmd, 'rmd', { ageStated: true }).headings[0]!.url).toBe('/guides/rmd/#start');
});

test('a query whose only words beyond the page title are "pay" or "owe" opens the page\'s sections in their order', () => {
  // "Loans" is the page title, so "pay loan" asks the page itself; "Missing payments" would win on "pay" alone.
  expect(rankHeadings(page, ['pay', 'loan']).map((s) => s.url)).toEqual(['/guides/loans/#repaying', '/guides/loans/#missing']);
  expect(rankHeadings(page, ['owe', 'loan'], 1).map((s) => s.url)).toEqual(['/guides/loans/#repaying']);
  // A word that does say something about a section still picks it.
  expect(rankHeadings(page, ['pay', 'default']).map((s) => s.url)[0]).toBe('/guides/loans/#missing');
});

test('between sections equal on the query’s terms, Pagefind’s score for those terms decides, not its score for the page title’s words', () => {
  // Titled "Hardship withdrawals": "qualify" picks the section. Words: 0 Hardship, 2 hardship (a weighted answer
  // passage), 4 qualify, 6 qualify. Each section says "qualify" once: qualify 1/2 each. The tax section's weighted
  // "hardship" (900) does not count; on "qualify" alone the reasons section scores 60 against 40.
  const data: PagefindResultData = {
    url: '/guides/hardship/',
    content: 'Hardship withdrawals. hardship answer. qualify. Tax: qualify.',
    excerpt: '',
    meta: { title: 'Hardship withdrawals' },
    locations: [0, 2, 4, 6],
    sub_results: [
      { title: 'The tax bill', url: '/guides/hardship/#tax', excerpt: '', locations: [2, 6], weighted_locations: [{ weight: 4, balanced_score: 900, location: 2 }, { weight: 1, balanced_score: 40, location: 6 }] },
      { title: 'The reasons', url: '/guides/hardship/#reasons', excerpt: '', locations: [4], weighted_locations: [{ weight: 1, balanced_score: 60, location: 4 }] },
    ],
  };
  expect(rankHeadings(data, ['hardship', 'qualify']).map((s) => s.title)).toEqual(['The reasons', 'The tax bill']);
  // With no section saying a term beyond the title's, the weighted passage's section is the page's answer.
  expect(rankHeadings(data, ['hardship', 'penalty']).map((s) => s.title)).toEqual(['The tax bill', 'The reasons']);
});

test('a section saying the query’s own word counts it in full, one saying a longer word it begins counts it half', () => {
  // "qualifies": "qualify" is the same word (stem "qualify"), "qualified" only shares its beginning. Words: 1 qualified,
  // 3 qualify. Seven reasons: 1/2 in full = 0.5; tax bill: half of 1/2 = 0.25, though Pagefind scores it higher.
  const data: PagefindResultData = {
    url: '/guides/hardship/',
    content: 'Tax: qualified. Reasons: qualify.',
    excerpt: '',
    meta: { title: 'Hardship withdrawals' },
    locations: [1, 3],
    sub_results: [
      { title: 'The tax bill', url: '/guides/hardship/#tax', excerpt: '', locations: [1], weighted_locations: [{ weight: 1, balanced_score: 900, location: 1 }] },
      { title: 'The seven reasons', url: '/guides/hardship/#reasons', excerpt: '', locations: [3], weighted_locations: [{ weight: 1, balanced_score: 100, location: 3 }] },
    ],
  };
  expect(rankHeadings(data, ['qualifies']).map((s) => s.title)).toEqual(['The seven reasons', 'The tax bill']);
});

test('a year in a heading does not say what the section is about', () => {
  // "contribution limit 2026" on a page titled "Contributions and their tax treatment" asks for 2026 (words 1 and 3,
  // once in each section): 2026 1/2 each. The catch-up heading's "2026" would add 1/2 more (1 against 1/2) if a year
  // counted; it does not, so the two tie and Pagefind's score decides: the limits table, 900 against 100.
  const data: PagefindResultData = {
    url: '/guides/contributions/',
    content: 'Limits: 2026. Roth: 2026.',
    excerpt: '',
    meta: { title: 'Contributions and their tax treatment' },
    locations: [1, 3],
    sub_results: [
      { title: 'The limits by year', url: '/guides/contributions/#limits', excerpt: '', locations: [1], weighted_locations: [{ weight: 1, balanced_score: 900, location: 1 }] },
      { title: 'Catch-ups must be Roth from 2026', url: '/guides/contributions/#roth', excerpt: '', locations: [3], weighted_locations: [{ weight: 1, balanced_score: 100, location: 3 }] },
    ],
  };
  expect(rankHeadings(data, ['contributions', '2026']).map((s) => s.title)).toEqual(['The limits by year', 'Catch-ups must be Roth from 2026']);
});
