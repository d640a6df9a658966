// Small, dependency-free readers for the built HTML: enough to find elements by id or class, split tables into
// cells and collect links. The markup is Astro's own output, so a few careful regular expressions suffice; the
// helpers throw when what they look for is missing, so a changed template fails loudly instead of passing empty.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The HTML of a page by URL path, e.g. "/guides/rule-of-55/". */
export function readPage(path: string): string {
  const file = pageFile(path);
  if (!existsSync(file)) throw new Error(`No built page for ${path} (looked for ${file}). Build the site first.`);
  return readFileSync(file, 'utf8');
}

export function pageFile(path: string): string {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  return join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Every HTML page as a URL path, Pagefind's assets left out. */
export function allPages(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
    .map((f) => `/${f.split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Guide reading pages: /guides/<slug>/. */
export function guidePages(): string[] {
  return allPages().filter((p) => /^\/guides\/[^/]+\/$/.test(p));
}

/** Text content: tags removed, entities decoded, whitespace collapsed. */
export function text(html: string): string {
  return decode(html.replace(/<a class="cite"[^>]*>[\s\S]*?<\/a>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** The outer HTML of the element with this id, matched to its closing tag (nesting of the same tag counted). */
export function elementById(html: string, id: string): string {
  const open = new RegExp(`<([a-z0-9]+)\\b[^>]*\\bid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`, 'i').exec(html);
  if (!open) throw new Error(`No element with id="${id}"`);
  const tag = open[1]!;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  throw new Error(`Element with id="${id}" is not closed`);
}

/** The table whose caption starts with `caption`. */
export function tableByCaption(html: string, caption: string): string {
  for (const m of html.matchAll(/<table\b[\s\S]*?<\/table>/g)) {
    const cap = /<caption>([\s\S]*?)<\/caption>/.exec(m[0]);
    if (cap && text(cap[1]!).startsWith(caption)) return m[0];
  }
  throw new Error(`No table captioned "${caption}…"`);
}

export type Row = { id?: string; className?: string; cells: string[] };

/** Body rows of a table: each cell's inner HTML (th and td alike, in order). */
export function bodyRows(table: string): Row[] {
  const body = /<tbody\b[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1];
  if (body === undefined) throw new Error('Table without a tbody');
  return [...body.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/g)].map((m) => {
    const attrs = m[1]!;
    return {
      ...(/\bid="([^"]+)"/.exec(attrs) ? { id: /\bid="([^"]+)"/.exec(attrs)![1]! } : {}),
      ...(/\bclass="([^"]+)"/.exec(attrs) ? { className: /\bclass="([^"]+)"/.exec(attrs)![1]! } : {}),
      cells: [...m[2]!.matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((c) => c[2]!),
    };
  });
}

/** Header cells of a table's thead, as text. */
export function headerCells(table: string): string[] {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
  return [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((c) => text(c[1]!));
}

/** Every href on the page. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Every id on the page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\bid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/**
 * A money or percent amount written out in the page, parsed by hand rather than with the site's formatter:
 * "$24,500" → 24500, "7.5%" → 7.5. Returns undefined for anything else.
 */
export function parseAmount(s: string): number | undefined {
  const m = /^\$?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?%?$/.exec(s.trim());
  return m ? Number(`${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`) : undefined;
}

/** Visible text with straight quotes, and no space left where an inline element met punctuation ("5 -taxable"). */
export function prose(html: string): string {
  return text(html).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/ ([.,;:)])/g, '$1').replace(/\( /g, '(').replace(/(\d) -/g, '$1-');
}

/** The article's visible text, without the site chrome. */
export function article(path: string): string {
  const m = /<article\b[\s\S]*?<\/article>/.exec(readPage(path));
  if (!m) throw new Error(`${path}: no <article>`);
  return prose(m[0]);
}

/** Text from the heading with this id to the next heading of the same or a higher level. */
export function sectionText(path: string, id: string): string {
  const html = readPage(path);
  const open = new RegExp(`<h([2-4])\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!open) throw new Error(`${path}: no heading #${id}`);
  const level = Number(open[1]);
  const rest = html.slice(open.index + open[0].length);
  const next = new RegExp(`<h[2-${level}]\\b`).exec(rest);
  return prose(next ? rest.slice(0, next.index) : rest);
}
