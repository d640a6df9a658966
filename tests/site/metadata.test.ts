// Metadata on the built site (DIST_DIR, else dist/): every page's canonical URL, description and
// OpenGraph tags; the sitemap, robots.txt, web manifest and icons, and llms.txt. All addresses
// must come from the one site URL the build was made with: the origin of the home page's canonical link.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPages, DIST, guidePages, readPage } from './html.ts';

function attrOf(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** content of <meta name|property="key">, or the href of <link rel="key">. */
function head(html: string, key: string): string | undefined {
  const headHtml = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  for (const m of headHtml.matchAll(/<(meta|link)\b[^>]*>/g)) {
    const tag = m[0];
    if (m[1] === 'meta' && (attrOf(tag, 'name') === key || attrOf(tag, 'property') === key)) return attrOf(tag, 'content');
    if (m[1] === 'link' && attrOf(tag, 'rel') === key) return attrOf(tag, 'href');
  }
  return undefined;
}

const file = (path: string) => readFileSync(join(DIST, path), 'utf8');
const site = new URL(head(readPage('/'), 'canonical') ?? 'about:blank').origin;
const indexable = allPages().filter((p) => p !== '/404.html');

describe('every page', () => {
  test('has a canonical URL on the site URL, at its own path', () => {
    for (const path of indexable) expect(head(readPage(path), 'canonical'), path).toBe(`${site}${path}`);
  });

  test('has its own description and OpenGraph title, description, URL, type and site name', () => {
    const descriptions = new Set<string>();
    for (const path of indexable) {
      const html = readPage(path);
      const description = head(html, 'description');
      expect(description?.length, path).toBeGreaterThan(20);
      descriptions.add(description!);
      expect(head(html, 'og:title'), path).toBeTruthy();
      expect(head(html, 'og:description'), path).toBe(description);
      expect(head(html, 'og:url'), path).toBe(`${site}${path}`);
      expect(head(html, 'og:type'), path).toBe(/^\/guides\/[^/]+\/$/.test(path) ? 'article' : 'website');
      expect(head(html, 'og:site_name'), path).toBe('401(k) Tax Guide');
    }
    expect(descriptions.size).toBe(indexable.length);
  });

  test('links the favicon, the touch icon and the web manifest', () => {
    for (const path of allPages()) {
      const html = readPage(path);
      expect(head(html, 'icon'), path).toBe('/favicon.svg');
      expect(head(html, 'apple-touch-icon'), path).toBe('/apple-touch-icon.png');
      expect(head(html, 'manifest'), path).toBe('/site.webmanifest');
    }
  });

  test('the not-found page asks search engines not to index it and names no canonical URL', () => {
    expect(head(readPage('/404.html'), 'robots')).toBe('noindex');
    expect(head(readPage('/404.html'), 'canonical')).toBeUndefined();
  });
});

describe('sitemap and robots.txt', () => {
  const urls = [...file('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('the sitemap index points at the sitemap on the site URL', () => {
    expect(file('sitemap-index.xml')).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
  });

  test('the sitemap lists the home page, the guide list, every guide and the checks', () => {
    for (const path of ['/', '/guides/', '/checks/', ...guidePages()]) expect(urls, path).toContain(`${site}${path}`);
  });

  test('the sitemap leaves out the 404 page and search, and lists only built pages', () => {
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    expect(urls).not.toContain(`${site}/search/`);
    for (const url of urls) expect(allPages(), url).toContain(new URL(url).pathname);
  });

  test('robots.txt allows crawling and names the sitemap on the site URL', () => {
    const robots = file('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${site.replace(/[.]/g, '\\.')}/sitemap-index\\.xml$`, 'm'));
  });
});

describe('web manifest and icons', () => {
  const manifest = JSON.parse(file('site.webmanifest')) as {
    name: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string }[];
  };

  test('names the site and starts at the home page', () => {
    expect(manifest.name).toBe('401(k) Tax Guide');
    expect(manifest.start_url).toBe('/');
  });

  test('lists 192 and 512 pixel PNG icons that exist', () => {
    const sizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
  });

  test('ships the favicon and the touch icon as real images', () => {
    expect(file('favicon.svg')).toMatch(/^<svg\b/);
    const png = readFileSync(join(DIST, 'apple-touch-icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height from the IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([180, 180]);
  });
});

describe('llms.txt', () => {
  const llms = file('llms.txt');

  test('opens with the site name and a one-paragraph summary', () => {
    expect(llms).toMatch(/^# 401\(k\) Tax Guide\n\n> /);
  });

  test('lists every guide with its title, its URL on the site and its one-sentence summary', () => {
    for (const path of guidePages()) {
      const html = readPage(path);
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '').trim();
      const line = llms.split('\n').find((l) => l.includes(`](${site}${path})`));
      expect(line, path).toBeDefined();
      expect(line!.startsWith(`- [${decodeEntities(title)}](`), path).toBe(true);
      expect(line!, path).toMatch(/\): .+[.!?]$/);
    }
  });
});

function decodeEntities(s: string): string {
  return s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
