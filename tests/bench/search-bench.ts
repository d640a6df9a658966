// `npm run bench:search`: what search costs, measured on the built site (dist/, or DIST_DIR) in
// headless Chromium. Prints the size of Pagefind's index and bundle (dist/pagefind), what the first
// search downloads (with the search vocabulary), and the time from the last keystroke of a query to its results on screen
// (median and 90th percentile over the reader queries, each typed several times). Not part of
// `npm test`: timings depend on the machine. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../src/cli/static-server.ts';
import { launchChromium } from '../harness/chromium.ts';
import { DIST_DIR } from '../harness/pages.ts';

const QUERIES = [
  '401k', '72(t)', '59 1/2', 'rule of 55', 'penalty', 'early withdrawal', 'hardship penalty', 'first home',
  'roth 5 year', 'catch up', 'deduct loss', 'withholding 20%', 'required minimum distribution', 'loan default',
];
const ROUNDS = 5;
const ARTICLE = '/guides/rule-of-55/';

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (st.isFile()) {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
}

/**
 * Types all but the last character, waits for those results, then presses the last key and returns
 * the milliseconds from that keydown to the status line naming the whole query (results rendered).
 */
async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('dialog[data-search-dialog] input[type="search"]');
  const status = page.locator('dialog[data-search-dialog] [role="status"]');
  await input.fill('');
  await input.pressSequentially(query.slice(0, -1));
  if (query.length > 1) await status.filter({ hasText: `“${query.slice(0, -1)}”` }).waitFor();
  await page.evaluate((q) => {
    const w = window as unknown as { benchT0?: number; benchDone?: Promise<number> };
    const el = document.querySelector('dialog[data-search-dialog] [role="status"]')!;
    w.benchDone = new Promise<number>((resolve) => {
      const seen = () => el.textContent?.includes(`“${q}”`);
      const obs = new MutationObserver(() => {
        if (seen()) {
          obs.disconnect();
          // Results are in the DOM now; wait for the frame that paints them.
          requestAnimationFrame(() => resolve(performance.now() - w.benchT0!));
        }
      });
      obs.observe(el, { childList: true, characterData: true, subtree: true });
    });
    document.addEventListener('keydown', () => (w.benchT0 = performance.now()), { once: true, capture: true });
  }, query);
  await page.keyboard.press(query.slice(-1));
  return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

const pagefindDir = join(DIST_DIR, 'pagefind');
if (!existsSync(pagefindDir)) {
  console.error(`bench:search: ${pagefindDir} does not exist. Build the site first: npm run build`);
  process.exit(1);
}

const all = dirBytes(pagefindDir);
const vocabularyFile = join(DIST_DIR, 'search', 'vocabulary.json');
const vocabularyBytes = existsSync(vocabularyFile) ? statSync(vocabularyFile).size : 0;
const vocabularyGz = existsSync(vocabularyFile) ? gzipSync(readFileSync(vocabularyFile)).length : 0;
const index = dirBytes(join(pagefindDir, 'index'));
const fragments = dirBytes(join(pagefindDir, 'fragment'));

const server = await startStaticServer({ root: DIST_DIR });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fetched = new Map<string, number>();
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/') || path === '/search/vocabulary.json') fetched.set(path, (await r.body().catch(() => Buffer.alloc(0))).length);
  });
  await page.goto(new URL(ARTICLE, server.url).href);
  await page.keyboard.press('/');
  await page.locator('dialog[data-search-dialog] input[type="search"]:focus').waitFor();

  // Cold: the first query after opening, while Pagefind and its index load.
  const cold = await timeQuery(page, 'rule of 55');
  const firstSearchBytes = [...fetched.values()].reduce((a, b) => a + b, 0);

  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) for (const q of QUERIES) times.push(await timeQuery(page, q));
  times.sort((a, b) => a - b);
  const totalFetched = [...fetched.values()].reduce((a, b) => a + b, 0);

  console.log(`Pagefind bundle (dist/pagefind): ${kb(all.bytes)} in ${all.files} files (${all.bytes} bytes)`);
  console.log(`  of which the index: ${kb(index.bytes)} in ${index.files} chunks; result fragments: ${kb(fragments.bytes)} in ${fragments.files} files`);
  console.log(`Search vocabulary (dist/search/vocabulary.json: index words and reader terms): ${kb(vocabularyBytes)}, ${kb(vocabularyGz)} gzipped`);
  console.log(`Downloaded by the first search: ${kb(firstSearchBytes)}; after all ${QUERIES.length} queries: ${kb(totalFetched)} (uncompressed bodies)`);
  console.log(`First query after opening (loads Pagefind): ${cold.toFixed(0)} ms`);
  console.log(`Keystroke to results, ${times.length} searches (${QUERIES.length} queries × ${ROUNDS}):`);
  console.log(`  median ${percentile(times, 0.5).toFixed(1)} ms, p90 ${percentile(times, 0.9).toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
