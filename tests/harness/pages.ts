// Enumerates the pages of a built site: every .html file under dist/ except Pagefind's assets,
// as the URL path a browser would request.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site: dist/, or DIST_DIR when set (a build made elsewhere, e.g. `astro build --outDir /tmp/x`). */
export const DIST_DIR = process.env['DIST_DIR'] || join(import.meta.dirname, '..', '..', 'dist');

export function enumeratePages(dist: string = DIST_DIR): string[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .filter((f) => !f.startsWith('pagefind/'));
  return files
    .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

export function pageFile(path: string, dist: string = DIST_DIR): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

export function relativeToDist(file: string, dist: string = DIST_DIR): string {
  return relative(dist, file);
}
