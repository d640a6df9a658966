// Reader queries, rewritten into the spellings the guides use before they go to Pagefind, and split
// into the terms the result list ranks sub-results by. Pure: no DOM, no Pagefind.
//
// Pagefind already treats "401(k)" as "401k" and "72(t)" as "72t", and drops "%" ("20%" finds "20").
// What it cannot know is that "59 1/2" is "59½" and "5 year" is the guides' "five-year".

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

/** The query Pagefind should run for what the reader typed. */
export function normalizeQuery(raw: string): string {
  return (
    raw
      .replace(/\s+/g, ' ')
      .trim()
      // "59 1/2", "59 ½", "59.5", "59 and a half" → "59½", the way the guides write the age.
      .replace(/(\d+)(?:\s*(?:1\/2|½)|\.5(?!\d)|\s+and\s+(?:a\s+)?half\b)/gi, '$1½')
      // "5 year", "5-year", "5yr" → "five year": the guides spell small counts of years out.
      .replace(/\b(10|[1-9])\s*-?\s*(years?|yrs?)\b/gi, (_, n: string, unit: string) => `${NUMBER_WORDS[Number(n)]} ${unit.toLowerCase().startsWith('yr') ? 'year' : unit}`)
      // "401 k", "403 (b)" → "401k", "403b": plan names typed with a space.
      .replace(/\b(401|403|457)\s+\(?([kb])\)?(?![\w(])/gi, '$1$2')
  );
}

/**
 * Words that put a number in a query as the reader's age: "at 62", "over 70", "age 45", "turning 73",
 * "before 59", "I'm 58".
 */
const AGE_CUE = String.raw`(?:at|age|aged|ages|over|under|before|after|past|turn|turns|turning|turned|until|im|i'm|i’m|am|now)`;
const AGE_BEFORE = new RegExp(String.raw`\b${AGE_CUE}\s+(\d{2})(?![\d%$½]|[.,]\d|\s*(?:%|percent|k\b|years?\b(?!\s+old)))`, 'gi');
const AGE_AFTER = /\b(\d{2})\s*(?:years?\s*old|yrs?\s*old|yo)\b/gi;

/**
 * Words of an age phrase that say nothing but the age: "after" in "taxes after 60" is not the "after" of after-tax money,
 * and "age" in "age 70 withdrawal" is not the question "at what age can I withdraw".
 */
const AGE_ONLY_WORDS: ReadonlySet<string> = new Set(['age', 'aged', 'ages', 'over', 'under', 'before', 'after', 'past', 'turn', 'turns', 'turning', 'turned', 'until', 'now', 'years', 'year', 'yrs', 'yr', 'old', 'yo']);

/** Words after which "at 20" is a rate, not an age: "taxed at 20", "withheld at 10" (but "taxes at 62" is an age). */
const RATE_WORDS: ReadonlySet<string> = new Set(['taxed', 'withheld', 'withhold', 'withholding', 'rate', 'bracket', 'penalized']);

export interface ReaderAge {
  /** The age, in whole years: the later one when the query states two. */
  years: number;
  /** Every age the query states, to leave out of what is searched, as the age itself is. */
  stated: number[];
  /** The words of the phrase that only state the age, to leave out when matching the query to subjects. */
  phrase: string[];
}

/**
 * The reader's age, when a (normalized) query states one in whole years ("withdraw at 45", "401k
 * over 70", "62 years old"); undefined otherwise. A percentage, an amount or a count of years is not
 * an age ("withholding at 10%", "over 10 years"), nor is "59½", which names the rule, not the reader.
 * A query stating two ages tells a story ("separated at 52 now 55", "retired at 50, turning 60"): the
 * money comes out at the later one, and the page for that age is the one that explains what the
 * earlier one changes (leaving before the rule of 55's year is its guide's subject).
 */
export function readerAge(query: string): ReaderAge | undefined {
  const ages = [...query.matchAll(AGE_BEFORE)]
    // "taxed at 20", "withheld at 10": a rate without its percent sign, not the reader's age.
    .filter((m) => !(/^at\s/i.test(m[0]) && RATE_WORDS.has(searchWords(query.slice(0, m.index)).at(-1) ?? '')))
    .concat([...query.matchAll(AGE_AFTER)]);
  if (ages.length === 0) return undefined;
  const years = Math.max(...ages.map((m) => Number(m[1])));
  const phrase = [...new Set(ages.flatMap((m) => searchWords(m[0]).filter((w) => AGE_ONLY_WORDS.has(w))))];
  return { years, stated: [...new Set(ages.map((m) => Number(m[1])))], phrase };
}

/** A sum of money as readers type it: "$20,000", "20,000", "50000", "100k", "20 thousand"; not a year, form or plan name. */
const AMOUNT = /\$\s*\d[\d,.]*\s*k?\b|\b\d{1,3}(?:,\d{3})+\b|\b\d{5,}\b|\b(?!(?:401|403|457)k?\b)\d+(?:\.\d+)?\s?k\b|\b\d+\s+(?:thousand|million)\b/gi;

/** Words that make a sum beside them a limit the reader asks about, not a sum of their own: "loan limit 50000", "max of $23,500". */
const LIMIT_WORDS: ReadonlySet<string> = new Set(['limit', 'limits', 'max', 'maximum', 'cap', 'capped', 'ceiling', 'threshold']);

/**
 * The sums of money a (normalized) query states, as search words ("withdraw $20,000" → ["20000"]):
 * a reader who gives one wants their own figure worked out. Four-digit numbers without a comma or
 * "$" are left out: they are years, form numbers and the site's own caps ("emergency withdrawal 1000") as often as
 * the reader's sums. So is a sum beside a word
 * naming a limit ("401k loan limit 50000"): that is the rule's figure, which the guide states.
 */
export function readerAmounts(query: string): string[] {
  return [...query.matchAll(AMOUNT)].flatMap((m) => {
    const before = searchWords(query.slice(0, m.index)).filter((w) => w !== 'of' && w !== 'is');
    const after = searchWords(query.slice(m.index + m[0].length));
    if (LIMIT_WORDS.has(before.at(-1) ?? '') || LIMIT_WORDS.has(after[0] ?? '')) return [];
    return searchWords(m[0]);
  });
}

/** A sum as a search word, in whole dollars: "100k" → "100000"; other words as they are ("20000" stays). */
export function amountWord(word: string): string {
  const k = /^(\d+(?:\.\d+)?)k$/.exec(word);
  return k ? String(Math.round(Number(k[1]) * 1000)) : word;
}

/** A form's name with its hyphen: "w-4p", "w-2", "1099-r", "8915-f", "5500-ez". */
const FORM_NAME = /^(?:[a-z]{1,2}-\d{1,4}[a-z]{0,2}|\d{3,4}-[a-z]{1,2})$/;

/**
 * Lower-case words of a query or of page text, without punctuation: "401(k)," → "401k". A citation
 * of a subsection also counts as its section, the name readers use: "§72(t)(2)(A)(v)" gives
 * "72t2av" and "72t".
 */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s–—/]+/)
    // A form's name is one word, as Pagefind indexes it ("W-4P" is "w4p": "4p" finds nothing, and "w" every word
    // beginning with it); other hyphens join two words ("penalty-free", "in-service").
    .flatMap((w) => (FORM_NAME.test(w.replace(/[^\p{L}\p{N}-]/gu, '')) ? [w.replace(/-/g, '')] : w.split('-')))
    .flatMap((w) => {
      const word = w.replace(/[^\p{L}\p{N}½]/gu, '');
      const section = /^[^\p{L}\p{N}]*(\d+[a-z]?)\(([a-z0-9]+)\)\(/u.exec(w);
      return section ? [word, `${section[1]}${section[2]}`] : [word];
    })
    .filter((w) => w.length > 0);
}

/**
 * Words of a question that do not say what it is about: "how much tax do I pay on my 401k" is about
 * [tax, pay]. Pagefind returns only pages holding every word searched, so a page that answers the
 * question but never says "do" or "my" would be missed; they are left out of what is searched and of
 * what ranks a page (src/lib/search-ranking.ts). Words that carry meaning in this field stay:
 * "out" (cash out), "free" (penalty-free), "before", "after", "without", "early", "over", "under",
 * "still" (still working).
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to for on in at by as with from into about than then so ' +
    'i me my mine myself we us our you your it its this that these those there here ' +
    'is are am was were be been being do does did done doing can could should would will shall may might must ' +
    'have has had having get gets got getting need needs want wants wanted ' +
    'how what when where which who whom whose why whether ' +
    'much many some any all each every also just very really yet ' +
    'please help tell explain know question ' +
    // Contractions as searchWords leaves them ("don't" → "dont").
    'dont doesnt didnt cant couldnt shouldnt wont isnt arent im ive id youre its'
  ).split(' '),
);

/** The plan name: every page is about it, so it names no page's subject unless it is all the query says. */
export const PLAN_WORDS: ReadonlySet<string> = new Set(['401k', '401ks', 'k']);

/**
 * The words of a query that say what it is about: its words without filler, and without the plan
 * name unless nothing else is left ("401k" alone is about the plan).
 */
export function contentWords(words: readonly string[]): string[] {
  const meaningful = words.filter((w) => !FILLER_WORDS.has(w));
  const subject = meaningful.filter((w) => !PLAN_WORDS.has(w));
  return subject.length > 0 ? subject : meaningful;
}

/**
 * Whether a word of the page answers a query term, roughly as Pagefind's stemming and prefix matching
 * do: "loans" answers "loan", "deduction" answers "deduct", "withheld" answers "withholding", but
 * "withdrawal" does not. Numbers must match exactly, so "2026" does not answer "20".
 */
export function wordMatchesTerm(word: string, term: string): boolean {
  if (/\d/.test(term) || /\d/.test(word)) return word === term;
  const shortest = Math.min(word.length, term.length);
  let common = 0;
  while (common < shortest && word[common] === term[common]) common++;
  // A short word must be a whole prefix of the other; longer ones may differ in their last letters.
  return common >= (shortest <= 4 ? shortest : Math.max(4, shortest - 3));
}

/** What a /search/ address asks for: the query and the Pagefind filter (`topic`). */
export interface SearchRequest {
  query: string;
  filters: Record<string, string>;
}

/** URL parameter for each Pagefind filter, so shared links stay short and readable. */
const FILTER_PARAMS = { topic: 'topic' } as const;

/** The /search/ page address for a search, to bookmark or share: /search/?q=rule+of+55&topic=… */
export function searchPageHref({ query, filters }: SearchRequest): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const [filter, param] of Object.entries(FILTER_PARAMS)) if (filters[filter]) params.set(param, filters[filter]);
  const qs = params.toString();
  return qs ? `/search/?${qs}` : '/search/';
}

/** Reads a /search/ address back: `?q=…&topic=…`. Unknown parameters (an old `year=`) are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const filters: Record<string, string> = {};
  for (const [filter, param] of Object.entries(FILTER_PARAMS)) {
    const value = params.get(param)?.trim();
    if (value) filters[filter] = value;
  }
  return { query: params.get('q') ?? '', filters };
}
