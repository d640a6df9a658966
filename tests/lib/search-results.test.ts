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
