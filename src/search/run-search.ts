// One search, from what the reader typed to the results to show: normalize the query, correct the
// words the index does not hold, search Pagefind for the words that say what the query is about,
// add the pages the query names that Pagefind left out, and order everything by the ranking rule
// (src/lib/search-ranking.ts).
import { correctWords, known, pagesMeant } from '../lib/search-correct.ts';
import { contentWords, FILLER_WORDS, normalizeQuery, readerAge, readerAmounts, searchWords } from '../lib/search-query.ts';
import { namedPages, rankResults, termWords, wordWeight } from '../lib/search-ranking.ts';
import { toResultView, type PagefindResultData, type ResultView } from '../lib/search-results.ts';
import { loadPagefind, loadVocabulary, type Pagefind, type PagefindResult } from './pagefind.ts';

/** Results rendered at most; the count still covers them all. */
export const MAX_RESULTS = 10;
/** Named pages looked up at most, when Pagefind did not return them among the first results. */
const MAX_LOOKUPS = 3;

export interface SearchOutcome {
  views: ResultView[];
  /** Every page found, shown or not. */
  count: number;
  /** What was searched instead of the reader's words, when a word was corrected or left out. */
  correctedTo: string | undefined;
}

type Filters = Record<string, string>;

/** Pagefind's results for each word alone, merged (each page at its best score): the fallback when all the words together find nothing. */
async function anyWord(pagefind: Pagefind, words: readonly string[], filters: Filters): Promise<PagefindResult[]> {
  const byId = new Map<string, PagefindResult>();
  for (const found of await Promise.all(words.map((w) => pagefind.search(w, { filters })))) {
    for (const r of found?.results ?? []) if ((byId.get(r.id)?.score ?? -1) < r.score) byId.set(r.id, r);
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Whether Pagefind's index holds a word. Not just whether a search for it finds something: for a word
 * it lacks, Pagefind falls back to ever shorter beginnings of it ("hardhsip" finds a lone "(h)"), so
 * the word at the best result's first match must be the word itself, or begin with it.
 */
async function inPagefind(pagefind: Pagefind, word: string): Promise<boolean> {
  const best = (await pagefind.search(word))?.results[0];
  if (!best) return false;
  const data = await best.data();
  const text = data.content.split(/\s+/);
  return best.words.some((at) => searchWords(text[at] ?? '').some((w) => w.startsWith(word)));
}

/** The page at `url` among the first results of a search for `words`, if it is there. */
async function lookupPage(pagefind: Pagefind, words: string, url: string, filters: Filters): Promise<{ id: string; data: PagefindResultData } | undefined> {
  const lookup = await pagefind.search(words, { filters });
  for (const r of (lookup?.results ?? []).slice(0, 3)) {
    const data = await r.data();
    if (data.url === url) return { id: r.id, data };
  }
  return undefined;
}

export async function runSearch(raw: string, filters: Filters): Promise<SearchOutcome | null> {
  const [pagefind, vocabulary] = await Promise.all([loadPagefind(), loadVocabulary()]);
  const normalized = normalizeQuery(raw);
  const typed = searchWords(normalized);
  const age = readerAge(normalized);
  const amounts = readerAmounts(normalized);

  // Typo tolerance: each word the index does not hold becomes its nearest index word, or goes. The
  // vocabulary's word list is built from the guides' prose; a word it lacks may still be in the index
  // (a state's name in a table built from data), so Pagefind is asked about each such word first.
  let words = typed;
  let correctedTo: string | undefined;
  if (vocabulary) {
    const doubtful = typed.filter((w) => !FILLER_WORDS.has(w) && !known(w, vocabulary.dictionary));
    const inIndex = new Set<string>();
    await Promise.all(doubtful.map(async (w) => (await inPagefind(pagefind, w)) && inIndex.add(w)));
    const correction = correctWords(typed, vocabulary.dictionary, (w) => FILLER_WORDS.has(w) || inIndex.has(w));
    if (correction.changed) {
      words = correction.words;
      correctedTo = words.join(' ');
    }
  }

  // A stated age or sum is the reader's, not a word to find on a page ("withdraw 401k at 45" must not
  // need a "45"), and the words stating an age ("after 60") are not the subject's ("after-tax").
  if (age) words = words.filter((w) => !age.phrase.includes(w));
  const own = new Set([...(age ? age.stated.map(String) : []), ...amounts]);
  const withoutOwn = own.size === 0 ? [] : contentWords(words.filter((w) => !own.has(w)));
  const content = withoutOwn.length > 0 ? withoutOwn : contentWords(words);
  const query = content.join(' ');
  if (!query && Object.keys(filters).length === 0) return { views: [], count: 0, correctedTo };
  const found = await pagefind.search(query || null, { filters });
  if (!found) return null;
  let results = found.results;
  if (results.length === 0 && content.length > 1) results = await anyWord(pagefind, content, filters);

  const shown = results.slice(0, MAX_RESULTS);
  const candidates: { url: string; score: number; data: PagefindResultData; id: string }[] = (
    await Promise.all(shown.map((r) => r.data()))
  ).map((data, i) => ({ url: data.url, score: shown[i]!.score, data, id: shown[i]!.id }));

  // Pages the query names but Pagefind ranked low or missed: found by searching the term that names them.
  const weights = new Map<string, number>();
  const weight = (w: string, v: NonNullable<typeof vocabulary>) => {
    if (!weights.has(w)) weights.set(w, wordWeight(pagesMeant(w, v.dictionary), v.pageCount));
    return weights.get(w)!;
  };
  const named = vocabulary
    ? namedPages(
        words,
        vocabulary.subjects,
        (w) => weight(w, vocabulary),
        vocabulary.tools,
        age === undefined ? undefined : { years: age.years, pages: vocabulary.ages },
        amounts,
        vocabulary.figures,
      )
    : new Map();
  const missing = [...named.entries()]
    .filter(([url]) => !candidates.some((c) => c.url === url))
    .sort((a, b) => b[1].covered - a[1].covered)
    .slice(0, MAX_LOOKUPS);
  // A named page is looked for by the term that names it, then by its title: a short term ("w-4r",
  // "how much tax") can find other pages first, a page's title finds that page.
  let extra = 0;
  for (const [url, { terms }] of missing) {
    const wordsOf = (text: string) => termWords(text).filter((w) => !FILLER_WORDS.has(w)).join(' ') || termWords(text).join(' ');
    const title = vocabulary?.titles[url];
    // A page named by a stated age alone has no term of its own: its title finds it.
    for (const lookupWords of [...terms.slice(0, 1).map(wordsOf), ...(title ? [wordsOf(title)] : [])]) {
      const found = await lookupPage(pagefind, lookupWords, url, filters);
      if (!found) continue;
      const inMain = results.find((m) => m.id === found.id);
      candidates.push({ url, score: inMain?.score ?? 0, data: found.data, id: found.id });
      if (!inMain) extra++;
      break;
    }
  }

  const ranked = rankResults(candidates, named).slice(0, MAX_RESULTS);
  return {
    views: ranked.map((c) => toResultView(c.data, query, { ageStated: age !== undefined })),
    count: results.length + extra,
    correctedTo,
  };
}
