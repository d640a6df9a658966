import { expect, test } from 'vitest';
import { indexWords, mdxText, figureIds } from '../../src/lib/search-index-words.ts';

test('reads the prose of an MDX guide without front matter, imports, components, link targets or markup', () => {
  const mdx = [
    '---', 'title: Loans', '---',
    "import Figure from '../src/components/content/Figure.astro';",
    '## Repaying the **loan**',
    'Up to <Figure id="loan-cap" year={2026} /> — see [the rule](/guides/rule-of-55/#x).',
  ].join('\n');
  const text = mdxText(mdx);
  expect(text).not.toMatch(/title|import|Figure|guides|loan-cap/);
  expect(text.split(/\s+/).filter(Boolean)).toEqual(['Repaying', 'the', 'loan', 'Up', 'to', '—', 'see', 'the', 'rule', '.']);
});

test('lists distinct words most frequent first, with the number of pages holding each', () => {
  const words = indexWords(['loan loan default', 'loan rollover'], ['sepp payments', 'default']);
  // loan: 3 times on 2 pages; default: once in text, once in a term; rollover, payments, sepp: once each.
  expect(words.words).toEqual(['loan', 'default', 'payments', 'rollover', 'sepp']);
  expect(words.pages).toEqual([2, 1, 0, 1, 0]);
  expect(words.pageCount).toBe(2);
});

test('keeps only words of three to twenty-four letters: no numbers, no short words', () => {
  expect(indexWords(['a 401k of 59½ is ok tax'], []).words).toEqual(['tax']);
});

test('counts the pages holding a word in any of its forms, as Pagefind stems them', () => {
  const words = indexWords(['we withdraw', 'a withdrawal', 'withdrawals and a loan'], ['withdrawing']);
  // withdraw, withdrawal, withdrawals, withdrawing share the stem "withdraw", on all 3 pages; loan is on 1.
  expect(Object.fromEntries(words.words.map((w, i) => [w, words.pages[i]]))).toMatchObject({ withdraw: 3, withdrawal: 3, withdrawals: 3, withdrawing: 3, loan: 1 });
});

test('counts the pages holding each word with a digit, apart from the words offered as corrections', () => {
  const words = indexWords(['before 59½ see 72(t)', 'at 59½ form 5329'], []);
  // 59½ on both pages; 72t and 5329 on one each; none of them is a correction.
  expect(words.numbers).toEqual({ '59½': 2, '72t': 1, '5329': 1 });
  expect(words.words).not.toContain('59½');
});

test('lists the figures a guide shows in its prose, once each', () => {
  const mdx = 'Up to <Figure id="ira-first-home-cap" year={2026} /> once, <Figure bare id="separation-age" year={2026} />, again <Figure id="ira-first-home-cap" year={2025} cite={false} />.';
  expect(figureIds(mdx)).toEqual(['ira-first-home-cap', 'separation-age']);
});
