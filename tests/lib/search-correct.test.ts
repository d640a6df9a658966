import { expect, test } from 'vitest';
import { correctWords, editDistance, known, makeDictionary, maxEdits, nearestWord, pagesMeant } from '../../src/lib/search-correct.ts';

// Most frequent first, as the build writes them.
const dict = makeDictionary(['withdrawal', 'hardship', 'roth', 'rmd', 'rule', 'loan', 'loans', 'long', 'penalty', 'distribution', 'required'], [9, 3, 4, 2, 5, 2, 2, 1, 6, 9, 3]);

test('counts insertions, deletions, substitutions and swaps of neighbouring letters as one edit each', () => {
  expect(editDistance('hardhsip', 'hardship', 2)).toBe(1); // swap "hs" → "sh"
  expect(editDistance('withdrawl', 'withdrawal', 2)).toBe(1); // one letter missing
  expect(editDistance('penality', 'penalty', 2)).toBe(1); // one letter extra
  expect(editDistance('distrubution', 'distribution', 2)).toBe(1); // "u" typed for "i"
  expect(editDistance('withdrawl', 'withdrawals', 2)).toBe(2); // "a" and "s" missing
  expect(editDistance('roth', 'roth', 2)).toBe(0);
});

test('stops at the limit and reports one more than it', () => {
  expect(editDistance('hardship', 'loan', 1)).toBe(2);
  expect(editDistance('a', 'abcdef', 2)).toBe(3); // lengths differ by five
});

test('allows no edit below three letters, one from three to seven letters, two from eight', () => {
  expect([maxEdits('ab'), maxEdits('abc'), maxEdits('abcdefg'), maxEdits('abcdefgh')]).toEqual([0, 1, 1, 2]);
});

test('a word the index holds, or that begins one of its words, needs no correction; numbers never get one', () => {
  expect(known('hardship', dict)).toBe(true);
  expect(known('hards', dict)).toBe(true); // being typed
  expect(known('hardhsip', dict)).toBe(false);
  expect(known('401k', dict)).toBe(true);
  expect(known('72t', dict)).toBe(true);
  expect(known('59½', dict)).toBe(true);
});

test('corrects to the nearest word, and between equally near words to the more frequent', () => {
  expect(nearestWord('hardhsip', dict)).toBe('hardship');
  expect(nearestWord('rdm', dict)).toBe('rmd');
  expect(nearestWord('lonn', dict)).toBe('loan'); // "loan" and "long" are both one letter away; "loan" is more frequent
  expect(nearestWord('lone', dict)).toBe('long'); // one letter from "long", two from "loan"
  expect(nearestWord('requird', dict)).toBe('required');
  expect(nearestWord('zzqxv', dict)).toBeUndefined();
});

test('corrects only the words the index lacks, leaves out those with no near word, and says whether it changed anything', () => {
  expect(correctWords(['hardhsip', 'withdrawl'], dict)).toEqual({ words: ['hardship', 'withdrawal'], changed: true });
  expect(correctWords(['roth', 'zzqxv'], dict)).toEqual({ words: ['roth'], changed: true });
  expect(correctWords(['roth', 'rule'], dict)).toEqual({ words: ['roth', 'rule'], changed: false });
  expect(correctWords(['my', 'rdm'], dict, (w) => w === 'my')).toEqual({ words: ['my', 'rmd'], changed: true });
});

test('knows how many pages hold each word', () => {
  expect(dict.pagesWith('hardship')).toBe(3);
  expect(dict.pagesWith('sepp')).toBe(0);
  expect(makeDictionary(['tax'], [3], { '59½': 5 }).pagesWith('59½')).toBe(5);
});

test('weighs a misspelling only the reader terms hold as the word it stands for', () => {
  const dict = makeDictionary(['withdrawal', 'penalty', 'withdrawl', 'tennessee'], [20, 8, 0, 0]);
  expect(pagesMeant('withdrawl', dict)).toBe(20); // one edit from "withdrawal", on 20 pages
  expect(pagesMeant('penalty', dict)).toBe(8); // its own count
  expect(pagesMeant('tennessee', dict)).toBe(0); // no page word near it: a word of no page
  // A short word only the terms hold is an abbreviation, not a typo: "tsp" is not "tip".
  expect(pagesMeant('tsp', makeDictionary(['tip', 'tsp'], [30, 0]))).toBe(0);
});
