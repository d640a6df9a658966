// /search/vocabulary.json: what search needs besides Pagefind's index, fetched with it the first
// time search is used. `words`: the distinct words readers can find, most frequent first, for typo
// correction (src/lib/search-correct.ts), with `pages`, how many pages hold each (a word's weight in
// the ranking), of `pageCount`. `subjects`: each page's reader terms, for the ranking rule
// (src/lib/search-ranking.ts), `tools`: each check page with the guides that lead with it, `titles`: each page's title, and
// `ages`: the page that answers taking money out from each age on, and `figures`: the dollar figures each guide states. Built from the guides' text and front matter, the exception names
// the exceptions table shows, the check titles and the reader vocabulary.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { coveredYears, lookupFigure, rules } from '../../data/index.ts';
import { CHECK_ISLANDS } from '../../islands/registry.ts';
import { figureIds, indexWords, mdxText } from '../../lib/search-index-words.ts';
import { agePages, definitionTerms, pageHref, resolveSubjects, sitePages, type ResolvedSubject } from '../../lib/search-vocabulary.ts';

export const GET: APIRoute = async () => {
  const guides = await getCollection('guides');
  const pages = sitePages();
  const checks = CHECK_ISLANDS.filter((c) => pages.has(`checks/${c.id}`));
  // One text per indexed page; the exceptions table's rows (from data) are on the guide that shows it.
  const exceptionsTable = rules.exceptions.flatMap((e) => [e.name, e.condition]).join(' ');
  const texts = [
    ...guides.map((g) => [g.data.title, g.data.summary, mdxText(g.body ?? ''), /<ExceptionsTable\b/.test(g.body ?? '') ? exceptionsTable : ''].join(' ')),
    ...checks.map((c) => `${c.title} ${c.intro}`),
  ];
  const subjects: ResolvedSubject[] = [
    ...guides.map((g) => ({ url: pageHref(g.id), terms: [g.data.title, ...(g.data.synonyms ?? [])] })),
    ...checks.map((c) => ({ url: pageHref(`checks/${c.id}`), terms: [c.title] })),
    ...resolveSubjects(pages),
    // The glossary's headings are the terms it defines.
    ...guides
      .filter((g) => g.id === 'glossary')
      .map((g) => ({ url: pageHref(g.id), terms: definitionTerms([...(g.body ?? '').matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!)) })),
  ];
  // Each check page and the guides that lead with it (first in their `checks:`), for queries asking for a calculation.
  const tools = checks
    .map((c) => ({ url: pageHref(`checks/${c.id}`), guides: guides.filter((g) => g.data.checks?.[0] === c.id).map((g) => pageHref(g.id)) }))
    .filter((t) => t.guides.length > 0);
  // Each page's title, the surest words to find a page by when the term that names it finds others first.
  const titles = Object.fromEntries([...guides.map((g) => [pageHref(g.id), g.data.title]), ...checks.map((c) => [pageHref(`checks/${c.id}`), c.title])]);
  // The dollar figures each guide states, in every year the data has ("roth catch up 145000" asks about last year's
  // threshold): a sum a reader types that is one of them asks about the rule, not about their own money.
  const figures = Object.fromEntries(
    guides.map((g) => [
      pageHref(g.id),
      [...new Set(figureIds(g.body ?? '').flatMap((id) => coveredYears().map((y) => lookupFigure(id, y)).flatMap((f) => (f?.unit === 'usd' ? [String(f.value)] : []))))],
    ]),
  );
  const words = indexWords(texts, subjects.flatMap((s) => s.terms));
  return new Response(JSON.stringify({ ...words, subjects, tools, titles, ages: agePages(pages), figures }), { headers: { 'Content-Type': 'application/json' } });
};
