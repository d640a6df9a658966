// Loads Pagefind's search API (/pagefind/pagefind.js, written by `pagefind --site dist` after the
// Astro build) the first time search is used, and configures its ranking once; and, beside it, the
// site's search vocabulary (/search/vocabulary.json: the index's words and each page's reader terms).
import { makeDictionary, type Dictionary } from '../lib/search-correct.ts';
import type { AgePage, SubjectTerms, ToolPage } from '../lib/search-ranking.ts';
import type { PagefindResultData } from '../lib/search-results.ts';

export interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words in the page's content, split on whitespace. */
  words: number[];
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
}

/**
 * How much a match in each metadata field lifts a page (Pagefind searches metadata too). The
 * synonyms field holds the words readers use for the page (src/lib/search-vocabulary.ts), so a
 * match there is the strongest sign the page is the one they mean; the title keeps Pagefind's
 * default; summary and topic help a little.
 */
export const META_WEIGHTS = { synonyms: 10, title: 5, summary: 2, topic: 1 } as const;

/** Words around a match in an excerpt. */
const EXCERPT_LENGTH = 24;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime URL, not a module the bundler should resolve: the index is built after Astro.
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: EXCERPT_LENGTH, ranking: { metaWeights: META_WEIGHTS } });
    await pagefind.init();
    return pagefind;
  })().catch((err: unknown) => {
    loading = undefined; // let the next keystroke try again
    throw err;
  });
  return loading;
}

export interface Vocabulary {
  /** The index's words, for typo correction. */
  dictionary: Dictionary;
  /** Each page's reader terms, for the ranking rule. */
  subjects: SubjectTerms[];
  /** How many pages the index has. */
  pageCount: number;
  /** The check pages and the guides that lead with them. */
  tools: ToolPage[];
  /** Each page's title, by URL path. */
  titles: Record<string, string>;
  /** The page that answers taking money out from each age on, youngest first. */
  ages: AgePage[];
  /** The dollar figures each page states, as search words ("10000"), by URL path. */
  figures: Record<string, string[]>;
}

let vocabulary: Promise<Vocabulary | null> | undefined;

/** The search vocabulary, or null when it cannot be had (search then works without correction). */
export function loadVocabulary(): Promise<Vocabulary | null> {
  vocabulary ??= fetch('/search/vocabulary.json')
    .then(async (r) => {
      if (!r.ok) throw new Error(`vocabulary: HTTP ${r.status}`);
      const json = (await r.json()) as { words: string[]; pages: number[]; numbers?: Record<string, number>; pageCount: number; subjects: SubjectTerms[]; tools?: ToolPage[]; titles?: Record<string, string>; ages?: AgePage[]; figures?: Record<string, string[]> };
      return {
        dictionary: makeDictionary(json.words, json.pages, json.numbers),
        subjects: json.subjects,
        pageCount: json.pageCount,
        tools: json.tools ?? [],
        titles: json.titles ?? {},
        ages: json.ages ?? [],
        figures: json.figures ?? {},
      };
    })
    .catch(() => {
      vocabulary = undefined; // try again on the next search
      return null;
    });
  return vocabulary;
}
