// What a page says about itself in <head>: its full title, canonical URL and OpenGraph tags, all
// derived from the one site URL (astro.config.mjs `site`, from SITE_URL) and the page's own props.
// Pure, so BaseLayout stays a template and these rules have unit tests.

export const SITE_NAME = '401(k) Tax Guide';

export interface PageMetaInput {
  /** The page's own title; the home page passes SITE_NAME. */
  title: string;
  description: string;
  /** URL path of the page, e.g. "/guides/rule-of-55/". */
  pathname: string;
  /** The site's public origin; undefined when no site URL is configured. */
  site: URL | undefined;
  /** A page kept out of search engines (the 404 page) has no canonical URL: it is served at any path. */
  noindex?: boolean;
}

export interface PageMeta {
  title: string;
  canonical: string | undefined;
  /** OpenGraph tags as [property, content] pairs, in the order they are written. */
  og: [property: string, content: string][];
}

/** A guide's reading page is an article; everything else (home, lists, tools) a website page. */
export function ogType(pathname: string): 'article' | 'website' {
  return /^\/guides\/[^/]+\/$/.test(pathname) ? 'article' : 'website';
}

export function fullTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}

export function pageMeta({ title, description, pathname, site, noindex = false }: PageMetaInput): PageMeta {
  const canonical = site && !noindex ? new URL(pathname, site).href : undefined;
  const og: PageMeta['og'] = [
    ['og:title', title],
    ['og:description', description],
    ['og:type', ogType(pathname)],
    ['og:site_name', SITE_NAME],
    ['og:locale', 'en_US'],
  ];
  if (canonical) og.splice(2, 0, ['og:url', canonical]);
  return { title: fullTitle(title), canonical, og };
}
