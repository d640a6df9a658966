// Which page a query is about, and the order of the results. Pure: no DOM, no Pagefind.
//
// THE RANKING RULE. A page whose subject the query names comes before a page that only mentions the
// query's words. A page's subject is its reader terms (src/lib/search-vocabulary.ts, the guide's
// front-matter synonyms, its title); a term names the page when the query holds every word of it, in
// any order (its articles may be left out: "buy a house" is typed "buy house"). Pages are ordered by
// how much of the query their named terms account for together: the query's content words
// (src/lib/search-query.ts `contentWords`) they cover, each counted by how few of the site's pages
// hold it (`wordWeight`: "quit" says more than "money"), most first; between pages equal on that, the
// one whose terms hold more of the query's own words, filler included ("when can i take money out"
// is the age question, not just "take money out"); then Pagefind's order (its BM25 score over the
// text, in which the synonyms field weighs most), as for all the pages the query names nothing of.
// A query that asks for a calculation ("calculator", "estimate", a sum of the reader's own: "withdraw
// 20000") also names a what-if check by the subject of the guides that lead with it: "hardship
// calculator" finds the hardship check. A stated age decides which page answers taking money out
// ("withdraw at 45" is an early withdrawal, "at 62" ordinary income, "at 75" an RMD question),
// weighing as little as a word on every page. So "penalty free" leads to the exceptions, whose terms
// say it, not to hardship withdrawals, whose text says "penalty" more often; "tax on a 401k
// withdrawal" leads to the taxation guide, not to a guide that repeats "tax" and "withdrawal"; and the
// myths page leads only when the query states a myth whole (its terms are the claims, word for word).
import { amountWord, contentWords, PLAN_WORDS, searchWords, normalizeQuery } from './search-query.ts';

/** A subject as the browser gets it: its page's URL path and its terms. */
export interface SubjectTerms {
  url: string;
  terms: readonly string[];
  /** Whether the reader's age decides which page answers it (taking money out: see `AgePage`). */
  byAge?: boolean;
  /** The subject's own pages by age, when they are not those of taking money out (leaving a job: the rule of 55 from the year before its age). */
  ages?: readonly AgePage[];
  /**
   * Whether it names the reader's situation, which decides the answer to the rest of the query: named, its page takes
   * on what every other named page covers ("nj early withdrawal penalty" is New Jersey's tax on it, "penalty on
   * inherited 401k under 59½" the death exception's).
   */
  situation?: boolean;
}

/**
 * The page that answers a withdrawal question for readers from an age on: before 59½ the early
 * withdrawals guide, then the taxation guide, from the age RMDs start the RMD guide. Ages come from
 * the data (src/lib/search-vocabulary.ts `agePages`).
 */
export interface AgePage {
  url: string;
  /** The youngest age, in years, the page answers for. */
  from: number;
}

/**
 * A rough stem, for matching reader terms to query words: "withdrawals", "withdrawing" and
 * "withdraw" share one, "penalties" and "penalty" do, "leaving" and "leave" do; "excess" and
 * "exception" do not. Numbers and short words are compared whole.
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  return word
    .replace(/ies$/, 'y')
    .replace(/(?:als|al|ing|ed|es|s|e)$/, '')
    .replace(/^(.{3,}?)(.)\2$/, '$1$2'); // "quitt" (from quitting) → "quit"
}

/** Words that put two choices side by side: "cash out or roll over" is typed "cash out vs rollover" too. */
const CHOICE_WORDS: ReadonlySet<string> = new Set(['or', 'vs', 'versus']);

/** Whether a query word and a term word are the same word, up to plural and verb endings ("vs" and "or" are one). */
export function sameWord(a: string, b: string): boolean {
  return a === b || stem(a) === stem(b) || (CHOICE_WORDS.has(a) && CHOICE_WORDS.has(b));
}

/** A term's words, spelled as a query is after normalization ("72(t)" → "72t", "59 1/2" → "59½"). */
export function termWords(term: string): string[] {
  return searchWords(normalizeQuery(term));
}

/** A what-if check's page and the guides that lead with it (the first check in their `checks:`). */
export interface ToolPage {
  url: string;
  guides: readonly string[];
}

/** Words that ask for a calculation on one's own numbers, stemmed: "calculator", "estimate", "calculate", the "much" of "how much". */
export const TOOL_WORDS: ReadonlySet<string> = new Set(['calculator', 'calculat', 'calculation', 'estimat', 'estimator', 'simulator', 'worksheet', 'much']);

export interface Named {
  /** How much of the query the page's named terms account for: the weights of the content words they cover. */
  covered: number;
  /** How many of the query's words, filler included, the named terms hold: between pages equal on coverage, the one named in more of the reader's own words. */
  matched: number;
  /** The terms the query names, longest first. */
  terms: string[];
}

/** Words by which a query speaks of the reader's own case: "how much will I owe", "how much is my RMD". */
const READER_WORDS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'im', 'ive', 'id', 'we', 'us', 'our', 'you', 'your', 'youre']);

/** Articles and possessives a term may hold that readers leave out: "buy a house" is typed "buy house". */
const OPTIONAL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'your']);

/** The page among `pages` (youngest first) that answers for a reader of `age`. */
export function pageForAge(age: number, pages: readonly AgePage[]): string | undefined {
  return pages.filter((p) => p.from <= age).at(-1)?.url;
}

/**
 * How much a word says about which page is meant: ln(1 + pages / pages holding it). "tax" and
 * "money", on every page, say little; "quit" or "sepp", on one or none, say much.
 */
export function wordWeight(pagesWithWord: number, pageCount: number): number {
  return Math.log(1 + pageCount / Math.max(1, pagesWithWord));
}

/**
 * The pages a query names, by URL: for each, how much of the query's content its terms cover, each
 * covered content word counted at `weight` (1 each without one). `words` are all the query's words
 * (a term's filler words must be there too: "how much tax" needs "how" and "much").
 */
export function namedPages(
  words: readonly string[],
  subjects: readonly SubjectTerms[],
  weight: (word: string) => number = () => 1,
  tools: readonly ToolPage[] = [],
  age?: { years: number; pages: readonly AgePage[] },
  amounts: readonly string[] = [],
  figures: Readonly<Record<string, readonly string[]>> = {},
): Map<string, Named> {
  // "How much …" about the reader's own case ("how much tax will I pay", "how much is my RMD") asks
  // for a figure of their own, as "calculator" does: there "much" is not filler. Asked of no one
  // ("how much is withheld", "how much is the penalty"), it asks for the rule's figure, which a guide states.
  const howMuch =
    words.some((w, i) => w === 'how' && words[i + 1] === 'much') && (amounts.length > 0 || words.some((w) => READER_WORDS.has(w)));
  const content = [...contentWords(words), ...(howMuch ? ['much'] : [])];
  type Entry = { covered: Set<string>; matched: Set<string>; terms: string[]; light: Set<string> };
  const entryOf = (url: string): Entry => {
    const entry = named.get(url) ?? { covered: new Set<string>(), matched: new Set<string>(), terms: [], light: new Set<string>() };
    named.set(url, entry);
    return entry;
  };
  const named = new Map<string, Entry>();
  // What the subjects whose page depends on the reader's age cover, to hand to the page for that age,
  // by the subjects' pages by age (those of taking money out unless a subject has its own).
  const byAge = new Map<readonly AgePage[], Entry>();
  const byAgeOf = (subject: SubjectTerms): Entry[] => {
    if (!subject.byAge || !age) return [];
    const bands = subject.ages ?? age.pages;
    const entry = byAge.get(bands) ?? { covered: new Set<string>(), matched: new Set<string>(), terms: [], light: new Set<string>() };
    byAge.set(bands, entry);
    return [entry];
  };
  // The pages of the reader's situation the query names (see `SubjectTerms.situation`).
  const situations = new Set<string>();
  for (const subject of subjects) {
    for (const term of subject.terms) {
      const tw = termWords(term).filter((t, _, all) => !OPTIONAL_WORDS.has(t) || all.every((u) => OPTIONAL_WORDS.has(u)));
      if (tw.length === 0 || !tw.every((t) => words.some((w) => sameWord(w, t)))) continue;
      const covers = content.filter((w) => tw.some((t) => sameWord(w, t)));
      if (covers.length === 0) continue;
      if (subject.situation) situations.add(subject.url);
      for (const entry of [entryOf(subject.url), ...byAgeOf(subject)]) {
        for (const w of covers) entry.covered.add(w);
        for (const w of words) if (!PLAN_WORDS.has(w) && tw.some((t) => sameWord(w, t))) entry.matched.add(w);
        entry.terms.push(term);
      }
    }
  }
  // A stated age ("withdraw at 45", "401k at 62") decides which page answers taking money out: the
  // page for that age takes on what the age-dependent subjects cover, and the age itself, which
  // weighs as little as a word on every page: "catch up at 60" is still about catch-ups.
  // With no age-dependent subject named, the age goes to the page for taking money out.
  if (age && byAge.size === 0) byAge.set(age.pages, { covered: new Set(), matched: new Set(), terms: [], light: new Set() });
  for (const [bands, of] of age ? byAge : []) {
    const agePage = pageForAge(age!.years, bands);
    if (!agePage) continue;
    const entry = entryOf(agePage);
    for (const w of of.covered) entry.covered.add(w);
    for (const w of of.matched) entry.matched.add(w);
    entry.terms.push(...of.terms);
    const ageWord = String(age!.years);
    if (!entry.covered.has(ageWord)) entry.light.add(ageWord);
    entry.covered.add(ageWord);
    entry.matched.add(ageWord);
  }
  // The reader's situation, named, answers for the rest of the query: its page takes on what the other named pages
  // cover, so it leads them ("california early withdrawal penalty" is the state guide's, not the exceptions').
  const others = [...named].filter(([url]) => !situations.has(url)).map(([, e]) => e);
  for (const url of situations) {
    const entry = named.get(url)!;
    for (const of of others) {
      for (const w of of.covered) {
        if (entry.covered.has(w)) continue;
        entry.covered.add(w);
        if (of.light.has(w)) entry.light.add(w);
      }
      for (const w of of.matched) entry.matched.add(w);
    }
  }
  // Asked for a calculation, a check takes on the subject of the guides that lead with it, and the
  // words asking for the calculation, which put it ahead of those guides.
  // A sum of money of the reader's own ("withdraw 20000") asks for it to be worked out, as "calculator"
  // does. A tool word a guide's named term holds as typed is part of that subject's name, not a
  // request: "estimated taxes" are payments, not an estimate (but "estimate taxes" asks for one).
  // A sum that is a figure of a page the query names ("10000 first home", "roth catch up 150000") is
  // that rule's figure, asked about: it names the page as its rarest word would, and asks for no calculation.
  const ruleAmounts = new Set<string>();
  for (const [url, entry] of [...named]) {
    const stated = new Set(figures[url] ?? []);
    for (const a of amounts.filter((a) => stated.has(amountWord(a)))) {
      ruleAmounts.add(a);
      entry.covered.add(a);
      entry.matched.add(a);
      entry.terms.push(a);
    }
  }
  const ownAmounts = amounts.filter((a) => !ruleAmounts.has(a));
  const toolUrls = new Set(tools.map((t) => t.url));
  const guideWords = new Set(
    [...named].filter(([url]) => !toolUrls.has(url) && !url.startsWith('/checks/')).flatMap(([, e]) => e.terms.flatMap(termWords)),
  );
  const asking = [...content.filter((w) => TOOL_WORDS.has(stem(w)) && !guideWords.has(w)), ...ownAmounts];
  if (asking.length > 0) {
    for (const tool of tools) {
      const inherited = tool.guides.flatMap((g) => (named.has(g) ? [named.get(g)!] : []));
      if (inherited.length === 0) continue;
      const entry = entryOf(tool.url);
      for (const of of inherited) {
        for (const w of of.covered) entry.covered.add(w);
        for (const w of of.matched) entry.matched.add(w);
        for (const w of of.light) entry.light.add(w);
        entry.terms.push(...of.terms);
      }
      for (const w of asking) {
        entry.covered.add(w);
        entry.matched.add(w);
        if (ownAmounts.includes(w)) entry.light.add(w);
      }
    }
  }
  const out = new Map<string, Named>();
  for (const [url, { covered, matched, terms, light }] of named) {
    // A word asking for a calculation says that one is wanted, not which: it weighs as little as a
    // word on every page, so "rmd calculator" is about RMDs before it is about some calculator.
    const asks = (w: string) => (TOOL_WORDS.has(stem(w)) && !guideWords.has(w)) || light.has(w);
    const total = [...covered].reduce((sum, w) => sum + (asks(w) ? Math.min(weight(w), Math.LN2) : weight(w)), 0);
    out.set(url, { covered: total, matched: matched.size, terms: terms.sort((a, b) => termWords(b).length - termWords(a).length) });
  }
  return out;
}

export interface Candidate {
  url: string;
  /** Pagefind's score for the query; 0 for a page found only because the query names it. */
  score: number;
}

/** Orders results by the ranking rule above: named coverage first, then the query words named, then Pagefind's score, then as given. */
export function rankResults<C extends Candidate>(candidates: readonly C[], named: ReadonlyMap<string, Named>): C[] {
  return candidates
    .map((c, order) => ({ c, order, covered: named.get(c.url)?.covered ?? 0, matched: named.get(c.url)?.matched ?? 0 }))
    .sort((a, b) => b.covered - a.covered || b.matched - a.matched || b.c.score - a.c.score || a.order - b.order)
    .map((r) => r.c);
}
