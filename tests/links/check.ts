// `npm run test:links`: every link in the built site (DIST_DIR, else dist/) checked with linkinator,
// offline. The site is served by the project's static server (directory URLs, real 404s) and
// linkinator crawls it from the home page and the 404 page: every internal link, stylesheet, script,
// image and #anchor must resolve. External links are never fetched: each is recorded and skipped,
// and its host must be on the allow-list of official sources below. The external links are printed.
import { check, LinkState } from 'linkinator';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { DIST_DIR } from '../harness/pages.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAllowedHost } from './allow-list.ts';

const dist = DIST_DIR;
// The site URL the build was made with (SITE_URL): canonical and og:url links point there, so they
// are checked as links into this build.
const homeHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(homeHtml)?.[1];

const server = await startStaticServer({ root: dist });
const external = new Map<string, Set<string>>();
let exitCode = 0;
try {
  const origin = new URL(server.url).origin;
  const result = await check({
    path: [server.url, new URL('404.html', server.url).href],
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    timeout: 10_000,
    retry: false,
    ...(siteUrl
      ? { urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(new URL(siteUrl).origin)}/`), replacement: server.url }] }
      : {}),
    linksToSkip: async (link) => {
      let url: URL;
      try {
        url = new URL(link);
      } catch {
        return false; // Let linkinator report it as broken.
      }
      // This server, or the site URL (canonical links), which urlRewriteExpressions maps to it.
      if (url.origin === origin || (siteUrl && url.origin === new URL(siteUrl).origin)) return false;
      url.hash = '';
      const pages = external.get(url.href) ?? new Set<string>();
      external.set(url.href, pages);
      return true;
    },
  });

  const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
  const internal = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  const notAllowed = [...external.keys()].filter((u) => !/^https?:/.test(u) || !isAllowedHost(new URL(u).hostname));

  console.log(`External links (${external.size}, not fetched):`);
  for (const url of [...external.keys()].sort()) console.log(`  ${isAllowedHost(new URL(url).hostname) ? ' ' : '✗'} ${url}`);
  console.log('');
  for (const link of broken) {
    const detail = link.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
    console.log(`✗ broken: ${link.url} (status ${link.status ?? '–'}) on ${shortPath(link.parent, origin)}${detail ? ` — ${detail}` : ''}`);
  }
  for (const url of notAllowed) console.log(`✗ not on the allow-list of official sources: ${url}`);
  const failed = broken.length + notAllowed.length;
  console.log(`\n${internal.length - broken.length + external.size - notAllowed.length} passed, ${failed} failed`);
  if (failed > 0) exitCode = 1;
} finally {
  await server.close();
}
process.exitCode = exitCode;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function shortPath(url: string | undefined, origin: string): string {
  return url ? url.replace(origin, '') : '?';
}
