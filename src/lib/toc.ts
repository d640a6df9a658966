// The on-page table of contents: h2 entries with their h3 children, from the headings MDX reports.

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests h3 headings under the h2 before them. Other depths are left out (h1 is the title, h4+ is
 * too fine for a sidebar). An h3 before any h2 becomes a top-level entry rather than being lost.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth !== 2 && h.depth !== 3) continue;
    const item: TocItem = { slug: h.slug, text: h.text, children: [] };
    const parent = toc.at(-1);
    if (h.depth === 3 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}

/** An embedded what-if check as "On this page" lists it: its anchor and its title. */
export interface TocCheck {
  slug: string;
  text: string;
}

/**
 * The table of contents with the guide's embedded checks added where they stand in the text. Guides embed their
 * checks at the end of the text, before a closing "Related…" section if there is one, so the entries go before
 * the last top-level entry whose slug starts with "related", or at the end.
 */
export function withChecks(toc: readonly TocItem[], checks: readonly TocCheck[]): TocItem[] {
  const entries = checks.map((c) => ({ slug: c.slug, text: c.text, children: [] }));
  const related = toc.findLastIndex((item) => item.slug.startsWith('related'));
  const at = related === -1 ? toc.length : related;
  return [...toc.slice(0, at), ...entries, ...toc.slice(at)];
}
