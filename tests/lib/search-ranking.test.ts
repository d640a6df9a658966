import { expect, test } from 'vitest';
import { namedPages, rankResults, sameWord, stem, termWords, wordWeight, type SubjectTerms } from '../../src/lib/search-ranking.ts';
import { searchWords } from '../../src/lib/search-query.ts';

const SUBJECTS: SubjectTerms[] = [
  { url: '/exceptions/', terms: ['penalty free', 'exceptions', 'medical bills'] },
  { url: '/hardship/', terms: ['hardship withdrawal', 'hardship penalty'] },
  { url: '/taxation/', terms: ['tax on withdrawal', 'take money out'] },
  { url: '/rule-of-55/', terms: ['quit job'] },
  { url: '/myths/', terms: ['myths', 'hardship withdrawals are penalty free'] },
];
const words = (q: string) => searchWords(q);
const covered = (q: string, weight?: (w: string) => number) =>
  Object.fromEntries([...namedPages(words(q), SUBJECTS, weight)].map(([url, n]) => [url, n.covered]));

test('stems plural and verb endings, and no further', () => {
  expect(['withdrawals', 'withdrawal', 'withdrawing', 'withdraw'].map(stem)).toEqual(['withdraw', 'withdraw', 'withdraw', 'withdraw']);
  expect(sameWord('penalties', 'penalty')).toBe(true);
  expect(sameWord('leaving', 'leave')).toBe(true);
  expect(sameWord('quitting', 'quit')).toBe(true);
  expect(sameWord('excess', 'exception')).toBe(false);
  expect(sameWord('early', 'earnings')).toBe(false);
  expect(sameWord('medicare', 'medical')).toBe(false);
  expect(sameWord('2026', '2025')).toBe(false);
});

test('a term names its page only when the query holds all its words, in any order', () => {
  expect(covered('penalty free')).toEqual({ '/exceptions/': 2 });
  expect(covered('free of penalty')).toEqual({ '/exceptions/': 2 });
  expect(covered('penalty')).toEqual({});
  expect(termWords('72(t) exceptions')).toEqual(['72t', 'exceptions']);
});

test('filler words of a question must be in a term’s words but do not count as covered', () => {
  expect(covered('how do i take money out')).toEqual({ '/taxation/': 3 }); // take, money, out
});

test('a myth’s page is named more than the others only by the whole claim', () => {
  // hardship: "hardship withdrawal" and "hardship penalty" cover three words; the claim covers all four.
  expect(covered('hardship withdrawals are penalty free')).toEqual({ '/exceptions/': 2, '/hardship/': 3, '/myths/': 4 });
  expect(covered('hardship withdrawal penalty')).toEqual({ '/hardship/': 3 });
});

test('a word on few pages weighs more than a word on all of them', () => {
  expect(wordWeight(1, 12)).toBeCloseTo(Math.log(13)); // ln(1 + 12/1) ≈ 2.565
  expect(wordWeight(12, 12)).toBeCloseTo(Math.log(2)); // ln(1 + 12/12) ≈ 0.693
  expect(wordWeight(0, 12)).toBeCloseTo(Math.log(13)); // a word only the vocabulary has counts as on one page
  // "take", "money" and "out" are on all 12 pages, "quit" on one and "job" on three.
  const pagesWith: Record<string, number> = { take: 12, money: 12, out: 12, quit: 1, job: 3 };
  const weight = (w: string) => wordWeight(pagesWith[w] ?? 0, 12);
  const c = covered('quit job take money out', weight);
  expect(c['/rule-of-55/']).toBeCloseTo(Math.log(13) + Math.log(5)); // 2.565 + 1.609 = 4.174
  expect(c['/taxation/']).toBeCloseTo(3 * Math.log(2)); // 3 × 0.693 = 2.079
});

test('ranks named pages first by coverage, then by Pagefind’s score, then as given', () => {
  const candidates = [
    { url: '/hardship/', score: 9 }, // says "penalty" most often: Pagefind's favourite
    { url: '/myths/', score: 4 },
    { url: '/exceptions/', score: 2 },
    { url: '/glossary/', score: 5 },
    { url: '/loans/', score: 5 },
  ];
  const named = namedPages(words('penalty free'), SUBJECTS);
  expect(rankResults(candidates, named).map((c) => c.url)).toEqual(['/exceptions/', '/hardship/', '/glossary/', '/loans/', '/myths/']);
  expect(rankResults(candidates, new Map()).map((c) => c.url)).toEqual(['/hardship/', '/glossary/', '/loans/', '/myths/', '/exceptions/']);
});

test('a query asking for a calculation names a check by the subject of the guides that lead with it', () => {
  const tools = [{ url: '/checks/hardship/', guides: ['/hardship/'] }];
  const named = (q: string) => Object.fromEntries([...namedPages(words(q), SUBJECTS, undefined, tools)].map(([url, n]) => [url, n.covered]));
  // The check covers what the guide covers, and "calculator" or "estimate" besides, which weighs
  // no more than a word on every page: 2 + ln 2 ≈ 2.693.
  const calc = named('hardship withdrawal calculator');
  expect(calc['/hardship/']).toBe(2);
  expect(calc['/checks/hardship/']).toBeCloseTo(2 + Math.LN2);
  expect(named('estimate hardship penalty')['/checks/hardship/']).toBeCloseTo(2 + Math.LN2);
  expect(named('calculator')).toEqual({}); // no guide named: no check inherits anything
  // "How much" asks for a figure too; "much" alone is filler.
  expect(named('how much hardship withdrawal')['/checks/hardship/']).toBeCloseTo(2 + Math.LN2);
  expect(named('much hardship withdrawal')).toEqual({ '/hardship/': 2 });
  expect(named('hardship withdrawal')).toEqual({ '/hardship/': 2 }); // no calculation asked: the guide alone
});
