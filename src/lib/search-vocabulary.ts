// The words readers type into search that a guide's own text does not hold, by guide id.
// The guide page puts them, with the guide's `synonyms` front matter, into a Pagefind metadata field
// (`synonyms`) that is searched but never shown: no excerpt quotes it, no screen reader reads it.
//
// Terms live here, not in front matter, when they are shorthand readers type with digits: the
// content test (tests/content/no-typed-figures.test.ts) keeps digits out of content/ so that no rule
// figure is typed in. None of these is a rule figure the site states; they are spellings of the
// names of rules ("59 1/2", "72t", "roth 5 year rule"), used only to match. Never put a rule figure
// here (a rate, limit or age the site states): the body already carries those, from data.
// Digit-free words belong in the guide's `synonyms` front matter.

/** Extra search words for a guide; keys are guide ids (file names in content/ without .mdx). */
export const SEARCH_VOCABULARY: Readonly<Record<string, readonly string[]>> = {
  '401k-taxes-at-a-glance': ['401k', '401k taxes', '401k overview'],
  'early-withdrawals': ['penalty', 'early withdrawal penalty', 'before 59½', 'under 59½', '72t exceptions', 'section 72t'],
  'hardship-withdrawals': ['hardship penalty', 'hardship tax'],
  'roth-401k-withdrawals': ['roth 5 year rule', 'roth five year rule', 'qualified roth distribution'],
  '401k-contributions-and-taxes': ['catch up', 'catch up contributions', 'contribution limit'],
  '401k-losses': ['deduct loss', 'deduct losses', 'loss deduction', 'write off'],
  'how-withdrawals-are-taxed': ['withholding', 'mandatory withholding', 'tax withheld'],
  'required-minimum-distributions': ['rmd', 'rmds', 'minimum distribution'],
  '401k-loans-vs-withdrawals': ['loan default', 'defaulted loan', 'borrow', 'loan offset'],
};

/**
 * The `synonyms` metadata of a guide: its front-matter synonyms and its vocabulary above, one
 * comma-separated line (Pagefind stores one string per metadata field).
 */
export function searchTerms(id: string, synonyms: readonly string[] = []): string {
  const own = SEARCH_VOCABULARY[id] ?? [];
  const keepPlanName = own.some((t) => t.replace(PLAN_NAME, '') !== t);
  const terms = [...synonyms.map((t) => (keepPlanName ? t : t.replace(PLAN_NAME, ' '))), ...own];
  const unique = new Map<string, string>();
  for (const term of terms.map((t) => t.replace(/\s+/g, ' ').trim())) {
    if (term && !unique.has(term.toLowerCase())) unique.set(term.toLowerCase(), term);
  }
  return [...unique.values()].join(', ');
}

/**
 * "401k" and "401(k)" are in every guide's title or text, so in synonyms they only blur the ranking
 * of a search for the plan name itself. They are kept only where the vocabulary lists them: the
 * overview that answers that search.
 */
const PLAN_NAME = /\b401\(?k\)?(?=\s|,|$)/gi;
