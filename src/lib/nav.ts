// Site navigation built from the guides collection: the sidebar (guides grouped by topic, in
// `order`), the reading order used for previous/next links, and breadcrumbs. Pure functions over
// plain data so they are unit-tested without Astro.
import { TOPICS, topicAnchor, type TopicId } from './topics.ts';

/** The part of a guide entry navigation needs. */
export interface NavGuide {
  id: string;
  data: { title: string; topic: TopicId; order: number };
}

export interface NavLink {
  label: string;
  href: string;
}

export interface SidebarGroup {
  topic: TopicId;
  label: string;
  links: (NavLink & { id: string; current: boolean })[];
}

export function guideHref(id: string): string {
  return `/guides/${id}/`;
}

/** A what-if check's own page. */
export function checkHref(id: string): string {
  return `/checks/${id}/`;
}

/** The site's sections, in the order the header names them on every page. */
export const SITE_SECTIONS = [
  { label: 'Guides', href: '/guides/' },
  { label: 'Checks', href: '/checks/' },
  { label: 'Search', href: '/search/' },
] as const satisfies readonly NavLink[];

/**
 * The header section a page belongs to, for `aria-current`: "page" on the section's own index,
 * "true" (the current location) on a page inside it, nothing elsewhere.
 */
export function sectionCurrent(sectionHref: string, pathname: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === sectionHref) return 'page';
  return path.startsWith(sectionHref) ? 'true' : undefined;
}

function compareGuides(a: NavGuide, b: NavGuide): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en') || a.id.localeCompare(b.id, 'en');
}

/** Guides in reading order: topic order first, then `order`, then title. */
export function readingOrder<G extends NavGuide>(guides: readonly G[]): G[] {
  const topicIndex = new Map(TOPICS.map((t, i) => [t.id, i]));
  return [...guides].sort(
    (a, b) => (topicIndex.get(a.data.topic) ?? 0) - (topicIndex.get(b.data.topic) ?? 0) || compareGuides(a, b),
  );
}

/** Sidebar groups in topic order; topics without guides are left out. */
export function buildSidebar(guides: readonly NavGuide[], currentId?: string): SidebarGroup[] {
  const ordered = readingOrder(guides);
  return TOPICS.map((topic) => ({
    topic: topic.id,
    label: topic.label,
    links: ordered
      .filter((g) => g.data.topic === topic.id)
      .map((g) => ({ id: g.id, label: g.data.title, href: guideHref(g.id), current: g.id === currentId })),
  })).filter((group) => group.links.length > 0);
}

/** The guides before and after `currentId` in reading order, across topic boundaries. */
export function prevNext(guides: readonly NavGuide[], currentId: string): { prev?: NavLink; next?: NavLink } {
  const ordered = readingOrder(guides);
  const i = ordered.findIndex((g) => g.id === currentId);
  if (i === -1) throw new Error(`prevNext: no guide with id "${currentId}"`);
  const toLink = (g: NavGuide | undefined): NavLink | undefined =>
    g ? { label: g.data.title, href: guideHref(g.id) } : undefined;
  const prev = toLink(ordered[i - 1]);
  const next = toLink(ordered[i + 1]);
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}

/** Home › Guides › Topic; the current page is shown after these, unlinked. */
export function breadcrumbs(guide: NavGuide, topicLabel: string): NavLink[] {
  return [
    { label: 'Home', href: '/' },
    { label: 'Guides', href: '/guides/' },
    { label: topicLabel, href: `/guides/#${topicAnchor(guide.data.topic)}` },
  ];
}
