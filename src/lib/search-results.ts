// Turns Pagefind's result data into what the search list shows: the page, its excerpt, and the
// headings of the page that best answer the query. Pure: no DOM, no Pagefind; the shapes below are
// the parts of Pagefind's `result.data()` this site reads (https://pagefind.app/docs/api/).
import { searchWords, wordMatchesTerm } from './search-query.ts';
import { sameWord } from './search-ranking.ts';

export interface PagefindSubResult {
  title: string;
  /** The page URL with the heading's #id; without one for the part above the first heading. */
  url: string;
  /** Escaped text with the matched words in <mark>. */
  excerpt: string;
  /** Positions of the matched words in the page's `content`, split on whitespace. */
  locations: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  sub_results: PagefindSubResult[];
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface HeadingHit {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ResultView {
  url: string;
  title: string;
  topic: string | undefined;
  excerpt: ExcerptPart[];
  headings: HeadingHit[];
}

/** The anchor of a page's list of sources (src/components/SourceList.astro). */
const SOURCES_HASH = '#sources';

/** How many heading links a result shows at most. */
export const MAX_HEADINGS = 3;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Splits a Pagefind excerpt into plain-text runs, marked or not, so the page can build it from text
 * nodes and <mark> elements instead of parsing HTML: any other markup in it stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * The headings of a page that best answer the query, best first, leaving out the part above the
 * first heading (the result's own link goes there). A section ranks by the query terms it matches,
 * each counted by how rare it is on the page — "loan default" on the loans page is answered by the
 * section that says "default", not by the many that say "loan". A term the section's heading says
 * counts again: the heading names what the section is about, the text only mentions what it needs
 * ("…default and deemed distributions" before "…loan offsets", which mentions a loan in default in
 * passing; "Catch-up contributions" before a table of limits with a catch-up column). Terms the
 * page's own title says are left out while others remain: they found the page, not a part of it.
 * A section that says the term as its own word counts it in full, one that only says a longer word beginning with it
 * half ("qualify" answers "qualifies" before "qualified" does); a year in a heading says when, not what.
 * Then Pagefind's own scores decide: first for the section's matches of those terms, then for all its matches (the
 * page's title words, in a weighted answer passage, mark the page's answer when no section says the others). The page's list of sources is left out: it cites the page's
 * subjects by their titles, so the query's words are there, but the answer never is; when nothing
 * else matches, the result opens at the top of the page. Between sections equal on all that, a query stating the
 * reader's age ("rmd at 73") opens at the one whose heading says "age": the age is what it asks about.
 */
/** Verbs a reader asks about tax with, which say nothing about which section answers. */
const ASKING_VERBS = new Set(['pay', 'pays', 'paying', 'paid', 'owe', 'owes', 'owed', 'owing']);

export function rankHeadings(data: PagefindResultData, queryTerms: readonly string[], limit = MAX_HEADINGS, ageStated = false): PagefindSubResult[] {
  // "rule of 55 calendar year" asks the rule-of-55 page for its calendar-year section.
  const pageTitle = searchWords(data.meta['title'] ?? '');
  const aboutSection = queryTerms.filter((t) => !pageTitle.some((w) => saysTerm(w, t)));
  // "do i pay tax on my 401k withdrawal" asks what the page's title says: "pay" or "owe" alone picks no section (it
  // would open at whichever section says "payments" most rarely), so the page's sections keep their order.
  if (aboutSection.length > 0 && aboutSection.every((t) => ASKING_VERBS.has(t))) {
    return data.sub_results.filter((sub) => sub.url.includes('#') && !sub.url.endsWith(SOURCES_HASH)).slice(0, limit);
  }
  const terms = aboutSection.length > 0 ? aboutSection : queryTerms;
  const words = data.content.split(/\s+/);
  const termsAt = (location: number): string[] => {
    const parts = searchWords(words[location] ?? '');
    return terms.filter((t) => parts.some((w) => wordMatchesTerm(w, t)));
  };
  const onPage = new Map<string, number>();
  for (const location of data.locations) for (const t of termsAt(location)) onPage.set(t, (onPage.get(t) ?? 0) + 1);

  const ranked = data.sub_results
    .filter((sub) => sub.url.includes('#') && !sub.url.endsWith(SOURCES_HASH))
    .map((sub, order) => {
      // A term the section says as its own word ("qualify" for "qualifies") counts in full; one it only begins
      // ("qualified", "birthday" for "birth") counts half: the nearer word is the one the section is about.
      const covered = new Map<string, number>();
      for (const location of sub.locations) {
        const parts = searchWords(words[location] ?? '');
        for (const t of termsAt(location)) covered.set(t, Math.max(covered.get(t) ?? 0, parts.some((w) => sameWord(w, t)) ? 1 : 0.5));
      }
      const titleWords = searchWords(sub.title);
      // A year in a heading ("… from 2026") says when, not what the section is about.
      const titled = terms.filter((t) => !/^\d{4}$/.test(t) && titleWords.some((w) => saysTerm(w, t)));
      const specificity = [...[...covered].map(([t, near]) => near / (onPage.get(t) ?? 1)), ...titled.map((t) => 1 / (onPage.get(t) ?? 1))].reduce((sum, v) => sum + v, 0);
      // Pagefind's score for the section's matches of the terms that pick a section first, then for all its matches: the
      // page's title words are on every section, and a weighted passage of them (an <Answer>) would outweigh the
      // section asked about, but when no section says the other terms it is the section the page marks as its answer.
      const located = sub.weighted_locations ?? [];
      const termScore = located.reduce((sum, l) => sum + (termsAt(l.location).length > 0 ? l.balanced_score : 0), 0);
      const score = located.reduce((sum, l) => sum + l.balanced_score, 0);
      const byAge = ageStated && titleWords.includes('age') ? 1 : 0;
      return { sub, specificity, byAge, termScore, score, order };
    })
    .filter((r) => r.specificity > 0 || r.score > 0);
  ranked.sort(
    (a, b) =>
      b.specificity - a.specificity ||
      b.byAge - a.byAge ||
      b.termScore - a.termScore ||
      b.score - a.score ||
      a.order - b.order,
  );
  return ranked.slice(0, limit).map((r) => r.sub);
}

/** Whether a word of a title says a query term; a word shorter than the term by more than an ending does not ("with" is not "withdrawal"). */
function saysTerm(word: string, term: string): boolean {
  return wordMatchesTerm(word, term) && word.length >= term.length - 3;
}

/** One result as the list shows it. `query` is the normalized query that was searched; `ageStated`, whether it stated the reader's age. */
export function toResultView(data: PagefindResultData, query: string, { ageStated = false }: { ageStated?: boolean } = {}): ResultView {
  const terms = [...new Set(searchWords(query))];
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    topic: data.meta['topic'],
    excerpt: excerptParts(data.excerpt),
    headings: rankHeadings(data, terms, MAX_HEADINGS, ageStated).map((sub) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) })),
  };
}
