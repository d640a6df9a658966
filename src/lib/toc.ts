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
