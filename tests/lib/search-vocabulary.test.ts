import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SEARCH_VOCABULARY, searchTerms } from '../../src/lib/search-vocabulary.ts';

const guideIds = readdirSync(join(import.meta.dirname, '..', '..', 'content'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -'.mdx'.length));

test('every vocabulary entry belongs to a guide in content/', () => {
  expect(Object.keys(SEARCH_VOCABULARY).filter((id) => !guideIds.includes(id))).toEqual([]);
});

test('no vocabulary term carries a rate, amount or other rule figure', () => {
  // Allowed digits: the plan and code-section names (401k, 72t, 72(t)), the age 59½ written as readers
  // type it (59 1/2), and the Roth five-year rule typed with a digit.
  const allowed = /\b401\(?k\)?|\b72\(?t\)?|\b59(?:½| 1\/2)|\broth 5 year\b/gi;
  const figures = Object.values(SEARCH_VOCABULARY)
    .flat()
    .filter((term) => /\d/.test(term.replace(allowed, '')));
  expect(figures).toEqual([]);
});

test('joins front-matter synonyms and vocabulary without duplicates, case-insensitively', () => {
  expect(searchTerms('no-such-guide', ['Roth catch-up', ' roth catch-up ', 'excess deferral'])).toBe('Roth catch-up, excess deferral');
});

test('drops the bare plan name from synonyms except on the guide whose vocabulary claims it', () => {
  expect(searchTerms('401k-losses', ['401k loss deduction', 'write off 401k loss'])).toMatch(/^loss deduction, write off loss,/);
  expect(searchTerms('401k-taxes-at-a-glance', ['401k tax basics'])).toMatch(/^401k tax basics, 401k,/);
});
