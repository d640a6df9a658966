import { expect, test } from 'vitest';
import { amountWord, contentWords, normalizeQuery, parseSearchParams, readerAge, readerAmounts, searchPageHref, searchWords, wordMatchesTerm } from '../../src/lib/search-query.ts';

test('writes a half the way the guides write the age', () => {
  expect(normalizeQuery('59 1/2')).toBe('59½');
  expect(normalizeQuery('before 59.5')).toBe('before 59½');
  expect(normalizeQuery('59 and a half rule')).toBe('59½ rule');
  expect(normalizeQuery('59 ½')).toBe('59½');
  expect(normalizeQuery('59½')).toBe('59½');
});

test('spells out small counts of years, as the guides do', () => {
  expect(normalizeQuery('roth 5 year')).toBe('roth five year');
  expect(normalizeQuery('Roth 5-year rule')).toBe('Roth five year rule');
  expect(normalizeQuery('5yr clock')).toBe('five year clock');
  expect(normalizeQuery('10 years')).toBe('ten years');
});

test('leaves other numbers, percentages and plan names as typed, apart from spacing', () => {
  expect(normalizeQuery('  withholding   20% ')).toBe('withholding 20%');
  expect(normalizeQuery('401(k)')).toBe('401(k)');
  expect(normalizeQuery('72t')).toBe('72t');
  expect(normalizeQuery('401 k loan')).toBe('401k loan');
  expect(normalizeQuery('2025 limits')).toBe('2025 limits');
  expect(normalizeQuery('rule of 55')).toBe('rule of 55');
});

test('splits text into lower-case words without punctuation, keeping section names of citations', () => {
  expect(searchWords('The 401(k), catch-up “rules”')).toEqual(['the', '401k', 'catch', 'up', 'rules']);
  expect(searchWords('§72(t)(2)(A)(v)')).toEqual(['72t2av', '72t']);
  expect(searchWords('before 59½.')).toEqual(['before', '59½']);
});

test('matches page words to query terms like stemming would, and numbers only exactly', () => {
  expect(wordMatchesTerm('loans', 'loan')).toBe(true);
  expect(wordMatchesTerm('deduction', 'deduct')).toBe(true);
  expect(wordMatchesTerm('withheld', 'withholding')).toBe(true);
  expect(wordMatchesTerm('withdrawal', 'withholding')).toBe(false);
  expect(wordMatchesTerm('defer', 'default')).toBe(false);
  expect(wordMatchesTerm('2026', '20')).toBe(false);
  expect(wordMatchesTerm('20', '20')).toBe(true);
});

test('a search page address round-trips the query and filters, and ignores the retired year filter', () => {
  const request = { query: 'rule of 55', filters: { topic: 'Early withdrawals' } };
  const href = searchPageHref(request);
  expect(href).toBe('/search/?q=rule+of+55&topic=Early+withdrawals');
  expect(parseSearchParams(new URLSearchParams('q=rmd&year=2026'))).toEqual({ query: 'rmd', filters: {} });
  expect(parseSearchParams(new URL(href, 'https://x.example').searchParams)).toEqual(request);
  expect(searchPageHref({ query: '  ', filters: {} })).toBe('/search/');
  expect(parseSearchParams(new URLSearchParams('q=&topic=&other=1'))).toEqual({ query: '', filters: {} });
});

test('keeps the words that say what a question is about', () => {
  expect(contentWords(searchWords('how much tax do I pay on my 401k withdrawal'))).toEqual(['tax', 'pay', 'withdrawal']);
  expect(contentWords(searchWords('should I cash out my 401(k)'))).toEqual(['cash', 'out']);
  expect(contentWords(searchWords("which states don't tax it"))).toEqual(['states', 'tax']);
  expect(contentWords(searchWords('penalty-free withdrawal without penalty'))).toEqual(['penalty', 'free', 'withdrawal', 'without', 'penalty']);
});

test('keeps the plan name only when the query says nothing else', () => {
  expect(contentWords(searchWords('what is a 401k'))).toEqual(['401k']);
  expect(contentWords(searchWords('401k loan'))).toEqual(['loan']);
  expect(contentWords(searchWords('how do i'))).toEqual([]);
});

test('reads the reader’s age from a query that states one in whole years, and only then', () => {
  expect(readerAge('withdraw at 45')).toEqual({ years: 45, stated: [45], phrase: [] });
  expect(readerAge('401k over 70')).toEqual({ years: 70, stated: [70], phrase: ['over'] });
  expect(readerAge('taxes after 60')).toEqual({ years: 60, stated: [60], phrase: ['after'] });
  expect(readerAge("i'm 58 can i withdraw")?.years).toBe(58);
  expect(readerAge('62 years old')).toEqual({ years: 62, stated: [62], phrase: ['years', 'old'] });
  expect(readerAge('rmd age 73')?.years).toBe(73);
  // A rate, an amount, a count of years and the rule's own 59½ are not the reader's age.
  expect(readerAge('withholding at 10%')).toBeUndefined();
  expect(readerAge('at 45k')).toBeUndefined();
  expect(readerAge('over 10 years')).toBeUndefined();
  expect(readerAge(normalizeQuery('withdraw at 59 1/2'))).toBeUndefined();
  expect(readerAge('rule of 55')).toBeUndefined();
  expect(readerAge('withholding 20%')).toBeUndefined();
});

test('reads the sums of money a query states, but not years, forms or plan names', () => {
  expect(readerAmounts('withdraw $20,000')).toEqual(['20000']);
  expect(readerAmounts('withdraw 20000 from my 401k')).toEqual(['20000']);
  expect(readerAmounts('how much tax on 100k 401k withdrawal')).toEqual(['100k']);
  expect(readerAmounts('cash out 20 thousand')).toEqual(['20', 'thousand']);
  expect(readerAmounts('2026 limits form 5329 1099-r 403b')).toEqual([]);
});

test('does not take a rate typed without its percent sign for an age', () => {
  expect(readerAge('why was my 401k withdrawal taxed at 20')).toBeUndefined();
  expect(readerAge('withheld at 10 percent')).toBeUndefined();
  expect(readerAge('401k taxes at 62')).toEqual({ years: 62, stated: [62], phrase: [] });
  expect(readerAge('withdraw at 62')).toEqual({ years: 62, stated: [62], phrase: [] });
});

test('takes the word "age" before a stated age as part of the age, not of the question', () => {
  expect(readerAge('age 70 401k withdrawal')).toEqual({ years: 70, stated: [70], phrase: ['age'] });
});

test('does not take a sum beside a word naming a limit for the reader’s own: it is the limit asked about', () => {
  expect(readerAmounts('401k loan limit 50000')).toEqual([]);
  expect(readerAmounts('is the max $23,500')).toEqual([]);
  expect(readerAmounts('50000 limit on loans')).toEqual([]);
  // A sum elsewhere in a query about a limit is still the reader's.
  expect(readerAmounts('withdraw 20000 over the limit')).toEqual(['20000']);
});

test('reads the later of two stated ages as the reader’s, and leaves every stated age out of the words', () => {
  // Separated at 52, the money comes out at 55: the age that decides the page is 55.
  expect(readerAge('separated at 52 now 55')).toEqual({ years: 55, stated: [52, 55], phrase: ['now'] });
  expect(readerAge('retired at 50 turning 60')).toEqual({ years: 60, stated: [50, 60], phrase: ['turning'] });
  expect(readerAge('now 20% withheld')).toBeUndefined();
});

test('writes a sum typed with k in whole dollars', () => {
  expect(amountWord('100k')).toBe('100000');
  expect(amountWord('2.5k')).toBe('2500');
  expect(amountWord('20000')).toBe('20000');
});

test('keeps a form’s name one word, as the index holds it, and splits other hyphenated words', () => {
  expect(searchWords('Form W-4P, W-2 and 1099-R.')).toEqual(['form', 'w4p', 'w2', 'and', '1099r']);
  expect(searchWords('8915-F 5500-EZ')).toEqual(['8915f', '5500ez']);
  expect(searchWords('penalty-free in-service 60-day')).toEqual(['penalty', 'free', 'in', 'service', '60', 'day']);
});
