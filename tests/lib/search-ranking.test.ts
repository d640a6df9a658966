import { expect, test } from 'vitest';
import { namedPages, pageForAge, rankResults, sameWord, stem, termWords, wordWeight, type SubjectTerms } from '../../src/lib/search-ranking.ts';
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
  // "How much" about the reader's own case asks for a figure too; "much" alone is filler.
  expect(named('how much is my hardship withdrawal')['/checks/hardship/']).toBeCloseTo(2 + Math.LN2);
  expect(named('much hardship withdrawal')).toEqual({ '/hardship/': 2 });
  expect(named('hardship withdrawal')).toEqual({ '/hardship/': 2 }); // no calculation asked: the guide alone
});

test('a stated age hands what the age-dependent subject covers to the page for that age, with the age at the weight of a word on every page', () => {
  const subjects: SubjectTerms[] = [
    { url: '/taxation/', terms: ['withdraw', 'take money out'], byAge: true },
    { url: '/contributions/', terms: ['catch up'] },
  ];
  const ages = [
    { url: '/early/', from: 0 },
    { url: '/taxation/', from: 60 },
    { url: '/rmd/', from: 73 },
  ];
  const at = (q: string, years: number) =>
    Object.fromEntries([...namedPages(words(q), subjects, undefined, [], { years, pages: ages })].map(([url, n]) => [url, Number(n.covered.toFixed(3))]));
  // Early: withdraw 1 + the age ln 2 ≈ 0.693; the taxation guide keeps its own 1.
  expect(at('withdraw at 45', 45)).toEqual({ '/taxation/': 1, '/early/': 1.693 });
  expect(at('withdraw at 62', 62)).toEqual({ '/taxation/': 1.693 });
  expect(at('withdraw at 75', 75)).toEqual({ '/taxation/': 1, '/rmd/': 1.693 });
  // Catch-ups at 60 stay with contributions: catch 1 + up 1 = 2 against the age's 0.693.
  expect(at('catch up at 60', 60)).toEqual({ '/contributions/': 2, '/taxation/': 0.693 });
  expect(pageForAge(59, ages)).toBe('/early/');
  expect(pageForAge(60, ages)).toBe('/taxation/');
  expect(pageForAge(72, ages)).toBe('/taxation/');
  expect(pageForAge(73, ages)).toBe('/rmd/');
});

test('a subject with pages by age of its own hands what it covers to its page for the age, the others to theirs', () => {
  const leaving = [
    { url: '/early/', from: 0 },
    { url: '/rule-of-55/', from: 54 },
  ];
  const subjects: SubjectTerms[] = [
    { url: '/taxation/', terms: ['withdraw'], byAge: true },
    { url: '/rule-of-55/', terms: ['laid off'], byAge: true, ages: leaving },
  ];
  const ages = [
    { url: '/early/', from: 0 },
    { url: '/taxation/', from: 60 },
  ];
  const at = (q: string, years: number) =>
    Object.fromEntries([...namedPages(words(q), subjects, undefined, [], { years, pages: ages })].map(([url, n]) => [url, Number(n.covered.toFixed(3))]));
  // At 50 both go to the early page: withdraw 1 + laid 1 + off 1 + the age ln 2 ≈ 3.693.
  expect(at('laid off withdraw at 50', 50)['/early/']).toBe(3.693);
  // At 56 "laid off" goes to the rule of 55 (2 + 0.693), "withdraw" to the early page (1 + 0.693).
  expect(at('laid off withdraw at 56', 56)).toMatchObject({ '/rule-of-55/': 2.693, '/early/': 1.693 });
});

test('a sum of money of the reader’s own asks for a calculation, as “calculator” does', () => {
  const tools = [{ url: '/checks/hardship/', guides: ['/hardship/'] }];
  const named = namedPages(words('hardship withdrawal 20000'), SUBJECTS, undefined, tools, undefined, ['20000']);
  expect(named.get('/hardship/')?.covered).toBe(2);
  expect(named.get('/checks/hardship/')?.covered).toBeCloseTo(2 + Math.LN2); // 2 + ln 2 ≈ 2.693
});

test('a term’s articles and possessives need not be typed', () => {
  const subjects: SubjectTerms[] = [{ url: '/early/', terms: ['buy a house', 'pay off my house'] }];
  expect(namedPages(words('use 401k to buy house'), subjects).get('/early/')?.covered).toBe(2);
  expect(namedPages(words('pay off house'), subjects).get('/early/')?.covered).toBe(3);
});

test('between pages equal on coverage, the one named in more of the query’s own words ranks first', () => {
  // Both cover "take", "money" and "out"; the early page's term also holds "when", "can" and "i".
  const subjects: SubjectTerms[] = [
    { url: '/taxation/', terms: ['take money out'] },
    { url: '/early/', terms: ['when can i take money out'] },
  ];
  const named = namedPages(words('when can i take money out of my 401k'), subjects);
  expect(named.get('/taxation/')).toMatchObject({ covered: 3, matched: 3 });
  expect(named.get('/early/')).toMatchObject({ covered: 3, matched: 6 });
  const candidates = [
    { url: '/taxation/', score: 9 },
    { url: '/early/', score: 1 },
  ];
  expect(rankResults(candidates, named).map((c) => c.url)).toEqual(['/early/', '/taxation/']);
});

test('a tool word that a guide’s term holds as typed is part of the subject’s name, not a request for a calculation', () => {
  const subjects: SubjectTerms[] = [{ url: '/retirement/', terms: ['estimated taxes'] }, ...SUBJECTS];
  const tools = [{ url: '/checks/early-withdrawal/', guides: ['/taxation/', '/retirement/'] }];
  const named = (q: string) => Object.fromEntries([...namedPages(words(q), subjects, undefined, tools)].map(([url, n]) => [url, Number(n.covered.toFixed(3))]));
  // "estimated taxes": the payments; no check named.
  expect(named('estimated taxes')).toEqual({ '/retirement/': 2 });
  // "estimate taxes on withdrawal" asks for an estimate: the check covers tax, withdrawal, estimate (ln 2) and taxes.
  expect(named('estimate tax on withdrawal')['/checks/early-withdrawal/']).toBeCloseTo(2 + Math.LN2);
});

test('“how much” asked of no one asks for the rule’s figure, which the guide states, not for a calculation', () => {
  const tools = [{ url: '/checks/hardship/', guides: ['/hardship/'] }];
  const named = (q: string) => Object.fromEntries([...namedPages(words(q), SUBJECTS, undefined, tools)].map(([url, n]) => [url, n.covered]));
  expect(named('how much is a hardship withdrawal taxed')).toEqual({ '/hardship/': 2 });
  // With "I" it is the reader's own withdrawal: the check, at 2 + ln 2 ≈ 2.693.
  expect(named('how much will i pay on a hardship withdrawal')['/checks/hardship/']).toBeCloseTo(2 + Math.LN2);
});

test('a sum that is a figure of a page the query names is that rule’s figure: it names the page and asks for no calculation', () => {
  const tools = [{ url: '/checks/hardship/', guides: ['/hardship/'] }];
  const figures = { '/hardship/': ['10000'] };
  const named = (q: string, amounts: string[]) =>
    Object.fromEntries([...namedPages(words(q), SUBJECTS, undefined, tools, undefined, amounts, figures)].map(([url, n]) => [url, n.covered]));
  // hardship 1 + withdrawal 1 + the figure 1 (weight 1 each here) = 3; no check inherits it.
  expect(named('hardship withdrawal 10000', ['10000'])).toEqual({ '/hardship/': 3 });
  expect(named('hardship withdrawal 10k', ['10k'])).toEqual({ '/hardship/': 3 });
  // A sum the page does not state is the reader's own: the check, 2 + ln 2 ≈ 2.693.
  expect(named('hardship withdrawal 12000', ['12000'])['/checks/hardship/']).toBeCloseTo(2 + Math.LN2);
});

test('a subject naming the reader’s situation takes on what the other named pages cover, so its page leads them', () => {
  const subjects: SubjectTerms[] = [
    { url: '/early/', terms: ['early withdrawal penalty', 'penalty'] },
    { url: '/state/', terms: ['nj', 'california'], situation: true },
    { url: '/taxation/', terms: ['withdraw'], byAge: true },
  ];
  const ages = [
    { url: '/early/', from: 0 },
    { url: '/taxation/', from: 60 },
  ];
  const at = (q: string, years?: number) =>
    Object.fromEntries(
      [...namedPages(words(q), subjects, undefined, [], years === undefined ? undefined : { years, pages: ages })].map(([url, n]) => [url, Number(n.covered.toFixed(3))]),
    );
  // Early: early 1 + withdrawal 1 + penalty 1 = 3; taxation: withdrawal 1 ("withdraw"); the state: nj 1 and those three = 4.
  expect(at('nj early withdrawal penalty')).toEqual({ '/early/': 3, '/taxation/': 1, '/state/': 4 });
  // At 62 the taxation guide has withdraw 1 + the age ln 2 ≈ 0.693; the state takes both, the age still at ln 2:
  // california 1 + 1 + 0.693 = 2.693.
  expect(at('california withdraw at 62', 62)).toEqual({ '/taxation/': 1.693, '/state/': 2.693 });
  // Named alone, it covers its own words only.
  expect(at('california')).toEqual({ '/state/': 1 });
});

test('“vs”, “versus” and “or” between two choices are the same word in a term', () => {
  const subjects: SubjectTerms[] = [{ url: '/rollovers/', terms: ['cash out or roll over'] }];
  expect([...namedPages(words('cash out vs roll over'), subjects).keys()]).toEqual(['/rollovers/']);
  expect([...namedPages(words('cash out versus roll over'), subjects).keys()]).toEqual(['/rollovers/']);
  expect(sameWord('vs', 'or')).toBe(true);
  // "and" joins, it does not choose.
  expect([...namedPages(words('cash out and roll over'), subjects).keys()]).toEqual([]);
});
