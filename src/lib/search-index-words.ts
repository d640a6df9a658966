// The words a reader can find on the site, for typo correction (src/lib/search-correct.ts): the
// words of the guides' text and of the reader vocabulary, as Pagefind indexes them. Built at build
// time into /search/vocabulary.json. Pure: no Astro, no file system.
import { searchWords } from './search-query.ts';
import { stem } from './search-ranking.ts';

/**
 * The prose of an MDX guide, roughly as a reader sees it: without the front matter, import lines,
 * component tags (their text comes from data and is added separately), link targets, markup and
 * code fences' punctuation.
 */
export function mdxText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // components and HTML tags, with their props
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*\)/g, ']') // link targets
    .replace(/[*_`#>|[\]]/g, ' ');
}

/** Words worth correcting to: letters only, three to twenty-four of them. */
const WORD = /^[a-z]{3,24}$/;

export interface IndexWords {
  /** The distinct words, most frequent first (the order that breaks ties between equally near corrections). */
  words: string[];
  /**
   * For each word, how many of the pages hold it in their text, in any of its forms ("withdraw" is
   * on every page that says "withdrawal", as Pagefind's stemming finds it): what makes a word say
   * much or little about a page.
   */
  pages: number[];
  /** How many pages hold each word with a digit ("59½", "72t", "5329"): not offered as corrections, but weighed like any word. */
  numbers: Record<string, number>;
  /** How many pages there are. */
  pageCount: number;
}

/** Words with a digit, as searchWords leaves them: "59½", "72t", "1099r", "401k". */
const NUMBERED = /^(?=.*\d)[a-z\d½]{2,24}$/;

/**
 * The distinct words of the pages' texts and of the reader terms. Terms count once each, so a word
 * only the vocabulary has is still offered for correction, after the words of the text; its page
 * count is that of its forms the text holds (0 for none).
 */
export function indexWords(pageTexts: readonly string[], terms: readonly string[]): IndexWords {
  const counts = new Map<string, number>();
  // Pages by stem: a word's forms share one count.
  const pages = new Map<string, number>();
  const numbers = new Map<string, number>();
  for (const text of pageTexts) {
    const seen = new Set<string>();
    const seenNumbers = new Set<string>();
    for (const word of searchWords(text)) {
      if (NUMBERED.test(word)) seenNumbers.add(word);
      if (!WORD.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      seen.add(stem(word));
    }
    for (const s of seen) pages.set(s, (pages.get(s) ?? 0) + 1);
    for (const n of seenNumbers) numbers.set(n, (numbers.get(n) ?? 0) + 1);
  }
  for (const term of terms) for (const word of searchWords(term)) if (WORD.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { words, pages: words.map((w) => pages.get(stem(w)) ?? 0), numbers: Object.fromEntries(numbers), pageCount: pageTexts.length };
}

/** The ids of the figures an MDX guide shows in its prose (`<Figure id="ira-first-home-cap" … />`), once each. */
export function figureIds(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(/<Figure\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!))];
}
